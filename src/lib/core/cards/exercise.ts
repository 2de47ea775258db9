import type { Article } from '../content/types';
import { recognise } from '../exercise/recognise';
import { templateOf } from '../exercise/templates';
import { isZh } from './text';
import type { CardDraft } from './types';

/**
 * One exercise card per template the article's formulas support, at the
 * first formula that supports it. Reviewing it draws fresh numbers each
 * time, so a second card for the same template would only repeat it.
 */
export function exerciseCards(article: Article, formulas: CardDraft[]): CardDraft[] {
	const zh = isZh(article.lang);
	const seen = new Set<string>();
	const out: CardDraft[] = [];
	for (const f of formulas) {
		if (!f.tex) continue;
		const name = f.front.match(/\*\*([^*]+)\*\*/)?.[1] ?? '';
		for (const { template, articleNote } of recognise(f.tex, name)) {
			if (seen.has(template)) continue;
			seen.add(template);
			const t = templateOf(template)!;
			out.push({
				kind: 'exercise',
				context: f.context,
				tex: f.tex,
				front: `${zh ? '练习' : 'Exercise'}: **${t.title}**\n\n$$\n${t.formula}\n$$`,
				back: [t.legend, articleNote].filter(Boolean).join('\n\n'),
				exercise: { template, ...(articleNote ? { articleNote } : {}) }
			});
		}
	}
	return out;
}
