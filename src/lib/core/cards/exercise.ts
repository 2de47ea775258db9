import { recognise } from '../exercise/recognise';
import { templateOf } from '../exercise/templates';
import type { Extraction } from './extract';
import type { CardDraft } from './types';

/**
 * The question an exercise card asks: the review draws fresh numbers for the
 * template, so the front says so instead of showing only its title (round 2
 * judged "Exercise: X" + a formula a front with no question).
 */
export function exercisePrompt(title: string, zh: boolean): string {
	return zh
		? `练习：用一组新的数字计算 **${title}**。`
		: `Exercise: compute **${title}** with fresh numbers.`;
}

/**
 * One exercise card per template the article's formulas support, at the
 * first formula that supports it. Reviewing it draws fresh numbers each
 * time, so a second card for the same template would only repeat it.
 */
export function exerciseCards({ zh, earlier }: Extraction): CardDraft[] {
	const seen = new Set<string>();
	const out: CardDraft[] = [];
	for (const f of earlier) {
		// One card per formula feeds recognition; a worked example is no template.
		if (f.facet.type !== 'formula' || f.facet.ask === 'name' || f.facet.ask === 'result') continue;
		const name = f.facet.name ?? '';
		for (const { template, articleNote } of recognise(f.facet.tex, name)) {
			if (seen.has(template)) continue;
			seen.add(template);
			const t = templateOf(template)!;
			out.push({
				kind: 'exercise',
				context: f.context,
				tex: f.facet.tex,
				front: `${exercisePrompt(t.title, zh)}\n\n$$\n${t.formula}\n$$`,
				back: [t.legend, articleNote].filter(Boolean).join('\n\n'),
				facet: { type: 'exercise', template },
				exercise: { template, ...(articleNote ? { articleNote } : {}) }
			});
		}
	}
	return out;
}
