import { flattenBlocks } from '../content/parse';
import { stripInline } from '../content/headings';
import { sentences, snapToWords } from '../text/segment';
import type { Extraction } from './extract';
import { contextOf, inFaq, sentenceKey } from './text';
import type { CardDraft, Facet } from './types';

/**
 * The blank as stored in a cloze front (for Anki export, search, backups).
 * On screen the card face draws it from the facet (see `clozeFace`).
 */
export const HOLE = '[…]';
/** How cards stored before facets wrote the blank. */
export const OLD_HOLE = '**[…]**';
const KEY_TERM = /\*\*([^*]{2,30})\*\*|(?<![*\w])\*([^*\s][^*]{1,40}?)\*(?![*\w])/;

function mask(sentence: string, start: number, end: number, lang: string) {
	const [s, e] = snapToWords(sentence, start, end, lang);
	const span = sentence.slice(s, e);
	const facet: Facet = { type: 'cloze', sentence, span, at: s };
	return {
		front: sentence.slice(0, s) + HOLE + sentence.slice(e),
		back: sentence.slice(0, s) + `**${span}**` + sentence.slice(e),
		facet,
		sibling: sentenceKey(sentence)
	};
}

/**
 * Cloze cards from key sentences: the sentence that defines a term (the term
 * is hidden) and sentences that set a term in bold. The hidden span is
 * widened to whole words with Intl.Segmenter, so Chinese words are never cut.
 */
export function clozeCards({ article, sections, zh, earlier }: Extraction): CardDraft[] {
	const lang = article.lang;
	const prompt = zh ? '填空：' : 'Fill in the blank: ';
	const out: CardDraft[] = [];
	for (const d of earlier) {
		if (d.facet.type !== 'definition' || !d.facet.sentence) continue;
		const { sentence, term } = d.facet;
		const at = sentence.indexOf(term);
		if (at < 0 || sentence.length > 220) continue;
		const { front, ...rest } = mask(sentence, at, at + term.length, lang);
		out.push({ kind: 'cloze', front: prompt + front, ...rest, context: d.context });
	}
	for (const section of sections) {
		if (inFaq(section)) continue;
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
				const { front, ...rest } = mask(plain, at, at + term.length, lang);
				out.push({
					kind: 'cloze',
					front: prompt + front,
					...rest,
					context: contextOf(section, block.lines.start, block.lines.end)
				});
			}
		}
	}
	return out;
}
