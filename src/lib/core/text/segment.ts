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

const OPEN: Record<string, string> = { '(': ')', '[': ']', '（': '）', '【': '】', '「': '」' };
/** How far a bracket may reach for its closer: further, it is a list marker ("1)") or a typo. */
const BRACKET_REACH = 200;

/**
 * The spans of `text` that no sentence or clause split may enter: inline TeX
 * (`$…$`) and brackets that close within BRACKET_REACH characters ("区间(0, 1)",
 * "（即 …。）"). A bracket that never closes protects nothing, so one stray "("
 * cannot glue a paragraph into one sentence.
 */
export function protectedSpans(text: string): [number, number][] {
	const out: [number, number][] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '$' && text[i - 1] !== '\\') {
			const display = text[i + 1] === '$';
			const close = text.indexOf(display ? '$$' : '$', i + (display ? 2 : 1));
			// Inline TeX is short and stays in its paragraph; a "$" with no partner near is prose.
			if (close > i && close - i < 400 && !text.slice(i, close).includes('\n\n')) {
				const end = close + (display ? 2 : 1);
				out.push([i, end]);
				i = end - 1;
			}
			continue;
		}
		const want = OPEN[c];
		if (!want) continue;
		let depth = 0;
		for (let j = i; j < Math.min(text.length, i + BRACKET_REACH); j++) {
			if (text[j] === c) depth++;
			else if (text[j] === want && --depth === 0) {
				out.push([i, j + 1]);
				i = j;
				break;
			}
		}
	}
	return out;
}

/** Whether offset `at` lies strictly inside one of `spans`. */
export const inside = (spans: [number, number][], at: number) =>
	spans.some(([s, e]) => at > s && at < e);

/**
 * Whether every bracket of `text` closes and every `$` pairs: an answer cut
 * inside "(0, 1)" ("…压缩到区间(0。") is truncated, and a card from it is wrong.
 */
export function balanced(text: string): boolean {
	const t = text.replace(/\\\$/g, '');
	if (((t.match(/\$/g) ?? []).length & 1) === 1) return false;
	// "1）…；2）…" and "(a) …" enumerate; their closers open nothing.
	const prose = t
		.replace(/\$[^$]*\$/g, '')
		.replace(/(^|[：:；;。！？]\s*)[(（]?[\dA-Za-z一二三四五六七八九十]{1,2}[)）]/gu, '$1');
	const stack: string[] = [];
	for (const c of prose) {
		if (OPEN[c]) stack.push(OPEN[c]);
		else if (Object.values(OPEN).includes(c) && stack.pop() !== c) return false;
	}
	return stack.length === 0;
}

/**
 * Splits prose into sentences after 。！？!? or after a full stop followed by
 * white space (so "3.14" and "e.g.x" stay whole). "；" joins clauses of one
 * sentence: a definition cut there lost its second half (seen on unseen articles).
 * Never inside brackets or inline TeX (`protectedSpans`): "（即 A。B）" is one aside, and a
 * picture "![线性回归是一个单层神经网络。](…)" stays whole (plainText then drops it).
 */
export function sentences(text: string): string[] {
	const spans = protectedSpans(text);
	const out: string[] = [];
	let from = 0;
	// "![alt](src)": the "!" of a Markdown picture ends no sentence.
	for (const m of text.matchAll(/(?<=[。！？?]|!(?!\[))|(?<=\.)\s+/gu)) {
		const at = m.index;
		if (at === 0 || inside(spans, at)) continue;
		out.push(text.slice(from, at));
		from = at + m[0].length;
	}
	out.push(text.slice(from));
	return out.map((t) => t.trim()).filter(Boolean);
}
