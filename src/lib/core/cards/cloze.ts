import { flattenBlocks } from '../content/parse';
import { stripInline } from '../content/headings';
import type { Article, Section } from '../content/types';
import { sentences, snapToWords } from '../text/segment';
import { isFaqSection } from './faq';
import type { Definition } from './concept';
import { contextOf, isZh } from './text';
import type { CardDraft } from './types';

export const HOLE = '**[…]**';
const KEY_TERM = /\*\*([^*]{2,30})\*\*|(?<![*\w])\*([^*\s][^*]{1,40}?)\*(?![*\w])/;

function mask(sentence: string, start: number, end: number, lang: string) {
	const [s, e] = snapToWords(sentence, start, end, lang);
	const term = sentence.slice(s, e);
	return {
		front: sentence.slice(0, s) + HOLE + sentence.slice(e),
		back: sentence.slice(0, s) + `**${term}**` + sentence.slice(e)
	};
}

/**
 * Cloze cards from key sentences: the sentence that defines a term (the term
 * is hidden) and sentences that set a term in bold. The hidden span is
 * widened to whole words with Intl.Segmenter, so Chinese words are never cut.
 */
export function clozeCards(
	article: Article,
	sections: Section[],
	definitions: (Definition & {
		section: Section;
		block: { lines: { start: number; end: number } };
	})[]
): CardDraft[] {
	const lang = article.lang;
	const zh = isZh(lang);
	const prompt = zh ? '填空：' : 'Fill in the blank: ';
	const out: CardDraft[] = [];
	for (const d of definitions) {
		const at = d.sentence.indexOf(d.term);
		if (at < 0 || d.sentence.length > 220) continue;
		const { front, back } = mask(d.sentence, at, at + d.term.length, lang);
		out.push({
			kind: 'cloze',
			front: prompt + front,
			back,
			context: contextOf(d.section, d.block.lines.start, d.block.lines.end)
		});
	}
	for (const section of sections) {
		if (isFaqSection(section)) continue;
		for (const block of flattenBlocks(section.blocks)) {
			if (block.kind !== 'paragraph') continue;
			for (const raw of sentences(block.text)) {
				// Key terms are set in bold, or (d2l's way of defining a term) in italics.
				const key = raw.match(KEY_TERM);
				// A bold word at the very start is a lead-in label, not a key term.
				if (!key || key.index === 0 || raw.length > 220) continue;
				const term = key[1] ?? key[2];
				const plain = stripInline(raw).replace(/(?<![*\w])\*([^*]+)\*(?![*\w])/g, '$1');
				const at = plain.indexOf(term);
				if (at < 0 || plain.length - term.length < 8 || /[$\\]/.test(term)) continue;
				const { front, back } = mask(plain, at, at + term.length, lang);
				out.push({
					kind: 'cloze',
					front: prompt + front,
					back,
					context: contextOf(section, block.lines.start, block.lines.end)
				});
			}
		}
	}
	return out;
}
