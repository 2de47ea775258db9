/** Word segmentation with the platform's Intl.Segmenter (browsers and Node). */

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
	let s = segmenters.get(lang);
	if (!s) {
		s = new Intl.Segmenter(lang, { granularity: 'word' });
		segmenters.set(lang, s);
	}
	return s;
}

export interface Word {
	text: string;
	index: number;
	isWord: boolean;
}

export function words(text: string, lang: string): Word[] {
	return Array.from(segmenter(lang).segment(text), (s) => ({
		text: s.segment,
		index: s.index,
		isWord: s.isWordLike ?? false
	}));
}

/**
 * Widens [start, end) so it never cuts a word in two: a cloze that hides
 * half of "模型" would teach nothing.
 */
export function snapToWords(
	text: string,
	start: number,
	end: number,
	lang: string
): [number, number] {
	let s = start;
	let e = end;
	for (const w of words(text, lang)) {
		const wEnd = w.index + w.text.length;
		if (w.index < start && wEnd > start) s = w.index;
		if (w.index < end && wEnd > end) e = wEnd;
	}
	return [s, e];
}

/**
 * Splits prose into sentences after 。！？!? or after a full stop followed by
 * white space (so "3.14" and "e.g.x" stay whole). "；" joins clauses of one
 * sentence: a definition cut there lost its second half (seen on unseen articles). Math is not split because a
 * display formula is a block of its own, and inline TeX rarely holds ". ".
 */
export function sentences(text: string): string[] {
	return text
		.split(/(?<=[。！？!?])|(?<=\.)\s+/u)
		.map((t) => t.trim())
		.filter(Boolean);
}
