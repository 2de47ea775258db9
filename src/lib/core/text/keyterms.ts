/**
 * Key terms of an article: content words and short noun phrases that are
 * rare in general text (frequency tables) and central in the article
 * (repeated, set in bold or italics, defined, or named in a heading).
 */
import { isStopword, wordClass, zipf } from './frequency';
import type { PlainSentence } from './plain';
import { words } from './segment';

const HAN = /\p{Script=Han}/u;

/** The words of a span (Intl.Segmenter), punctuation and spaces left out. */
export const termWords = (text: string, lang: string) =>
	words(text, lang)
		.filter((w) => w.isWord)
		.map((w) => w.text);

/**
 * A one-character grammar word per jieba: a function word at Zipf ≥ 6 (的, 了,
 * 被, 中, 也, 多) or a verb at ≥ 6.5 (是, 有); 大 and 能 (verbs at 6) stay in
 * words (大模型, 智能). Numerals are fine (批归一化).
 */
function grammarChar(c: string): boolean {
	if (c.length !== 1 || !HAN.test(c) || /[一二三四五六七八九十]/.test(c)) return false;
	const cls = wordClass(c);
	const grammar = cls === 'function' || cls === 'modifier';
	return (grammar && zipf(c) >= 6) || (cls === 'verb' && zipf(c) >= 6.5);
}

/**
 * A word that cannot open (`first`) or close a term: a stopword, a common
 * Chinese verb (terms open and end with verbs, 计算机视觉, 学习率, 梯度下降 at
 * Zipf 4.5–5, but not with 进行 or 作为 at 5.5, nor end in 使用 at 5).
 * A one-character word next to other one-character words is a piece of a
 * word the segmenter does not know (过|拟|合), not a grammar word, unless it
 * is as common as 的 or 是 (Zipf ≥ 6.5).
 */
function weakEdge(ws: string[], i: number, first: boolean): boolean {
	const w = ws[i];
	if (!HAN.test(w)) return enWeak(w);
	if (w.length === 1) {
		// 或|截距, 和|偏置: a conjunction opens no term, however rare it is (或 at Zipf 5.5).
		if (first && /^[或和与及并且而但]$/u.test(w)) return true;
		const inner = ws[first ? i + 1 : i - 1];
		return grammarChar(w) && (!inner || inner.length > 1 || zipf(w) >= 6.5);
	}
	if (isStopword(w)) return true;
	const cls = wordClass(w);
	if (cls === 'verb') return zipf(w) >= (first ? 5.5 : 5);
	// A word jieba does not know that starts or ends in a grammar word: 中的, 新的, 也就是, 更多.
	return !cls && grammarChar(first ? w[0] : w.at(-1)!);
}

/**
 * English edge words: among the 300 most frequent web words those of up to
 * five letters are nearly all function words (the, can, be, this, which),
 * longer ones are often nouns a term starts with (design matrix, training
 * data); the 100 most frequent are function words or too general (information).
 */
function enWeak(w: string): boolean {
	if (/^\d/.test(w) || (/ly$/i.test(w) && w.length > 4)) return true;
	const z = zipf(w);
	return z >= 7.6 - 2 || (isStopword(w) && w.length <= 5);
}

/** An inner word that makes the span a clause or a list: 学习的速度, 训练或推断, 优化算法包括梯度下降. */
function splits(ws: string[], i: number): boolean {
	const w = ws[i];
	if (!HAN.test(w)) return isStopword(w) && !/^(?:of|and|for|to|in|on|with)$/i.test(w);
	const joins =
		w.length === 1 && (grammarChar(w) || (wordClass(w) === 'function' && zipf(w) >= 5.5));
	// Inside a term a modifier is fine (小批量随机梯度下降: 随机 is an adverb to jieba).
	// 的, 了, 是, 和 (Zipf ≥ 6.5) always join two parts; rarer ones only between whole words.
	// Two grammar words in a row (都|与 in 任务通常都与预测) are a clause, never a term.
	const pair = [ws[i - 1], ws[i + 1]].some((x) => x.length === 1 && grammarChar(x));
	if (w.length === 1)
		return (
			(joins && zipf(w) >= 6.5) ||
			(joins && ws[i - 1].length > 1 && ws[i + 1].length > 1) ||
			(joins && pair)
		);
	const cls = wordClass(w);
	// A common adverb (通常, 经常 at Zipf 4.5) qualifies a verb; a rare one (随机, 3.5) may name a kind.
	return (
		cls === 'function' || (cls === 'verb' && zipf(w) >= 5) || (cls === 'modifier' && zipf(w) >= 4.5)
	);
}

/**
 * How rare a would-be term is (0–2, higher is rarer), or null when it is no
 * term: a stopword, a common verb, a span longer than a few words, a span
 * with punctuation, math or code, or one a grammar word splits into a clause.
 * `marked`: the author set it apart (bold, italics, a definition), so a
 * common content word ("预测", "features") may still be the term.
 */
export function termRarity(text: string, lang: string, marked = false): number | null {
	const t = text.trim();
	if (t !== text || !/[\p{L}]/u.test(t)) return null;
	if (/[$\\_，。、；：！？,;:!?"“”()（）[\]{}<>|=+*/]/u.test(t) || /\.\S/.test(t)) return null;
	const ws = termWords(t, lang);
	if (!ws.length) return null;
	const zh = HAN.test(t);
	if (zh ? t.length < 2 || t.length > 12 || ws.length > 6 : ws.length > 4 || t.length > 50)
		return null;
	if (weakEdge(ws, 0, true) || weakEdge(ws, ws.length - 1, false)) {
		const common = ws.length === 1 && !isStopword(ws[0]) && wordClass(ws[0]) !== 'verb';
		if (!(marked && common)) return null;
	}
	for (let i = 1; i < ws.length - 1; i++) if (splits(ws, i)) return null;
	if (!zh && ws.some((w) => /^\d+$/.test(w))) return null;
	const whole = ws.length > 1 && zh && wordClass(t) ? zipf(t) : undefined;
	const content = ws.filter((w) => !isStopword(w));
	if (!content.length) return null;
	const z = whole ?? Math.min(...content.map(zipf));
	// A phrase is more specific than its rarest word ("线性模型" vs "模型").
	const phrase = ws.length > 1 && whole === undefined ? 0.5 : 0;
	// Unmarked single words must be rare in general text (Zipf < 4.5: 梯度, softmax, not 模型, model).
	if (!marked && ws.length === 1 && z >= 4.5) return null;
	return Math.min(2, Math.max(0, 5 - z) + phrase);
}

export interface KeyTerm {
	text: string;
	/** Occurrences in the article's prose. */
	count: number;
	rarity: number;
	marked: boolean;
	heading: boolean;
	defined: boolean;
}

/** Case-folded key for English terms; Chinese as is. */
export const termKey = (t: string) => t.normalize('NFKC').toLowerCase();

function countIn(hay: string, needle: string): number {
	let n = 0;
	for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
	return n;
}

/** The prose of a sentence with its math and code blanked (they hold no terms). */
function prose(s: PlainSentence): string {
	let t = s.text;
	for (const r of s.locked) t = t.slice(0, r.start) + ' '.repeat(r.end - r.start) + t.slice(r.end);
	return t;
}

/**
 * The article's key terms. Candidates: what the author marked or defined,
 * short headings, and word n-grams (up to 4 words) seen at least 3 times;
 * an n-gram that mostly occurs inside a longer one is left to the longer one
 * (评分 inside 注意力评分函数). Each must pass `termRarity`.
 */
export function keyTerms(
	sentences: PlainSentence[],
	opts: { lang: string; headings: string[]; defined: string[] }
): Map<string, KeyTerm> {
	const { lang } = opts;
	const texts = sentences.map(prose);
	const hay = termKey(texts.join('\n'));
	const out = new Map<string, KeyTerm>();
	const add = (text: string, how: 'marked' | 'heading' | 'defined' | 'repeated') => {
		const key = termKey(text);
		const known = out.get(key);
		const marked = how !== 'repeated';
		const rarity = termRarity(text, lang, marked);
		if (rarity === null) return;
		const term = known ?? {
			text,
			count: countIn(hay, key),
			rarity,
			marked: false,
			heading: false,
			defined: false
		};
		if (how === 'marked') term.marked = true;
		if (how === 'heading') term.heading = true;
		if (how === 'defined') term.defined = true;
		term.rarity = Math.max(term.rarity, rarity);
		out.set(key, term);
	};
	for (const s of sentences) for (const r of s.marked) add(s.text.slice(r.start, r.end), 'marked');
	for (const d of opts.defined) add(d, 'defined');
	for (const h of opts.headings) add(h, 'heading');
	// Repeated n-grams of adjacent words (no punctuation between, a space or hyphen in English).
	const grams = new Map<string, { text: string; n: number }>();
	for (const t of texts) {
		const ws = words(t, lang);
		for (let i = 0; i < ws.length; i++) {
			if (!ws[i].isWord) continue;
			let end = i;
			for (let n = 1; n <= 4 && end < ws.length; n++) {
				const text = t.slice(ws[i].index, ws[end].index + ws[end].text.length);
				const key = termKey(text);
				const g = grams.get(key) ?? { text, n: 0 };
				g.n++;
				grams.set(key, g);
				// Next word: directly adjacent (Chinese) or after one space or hyphen.
				const gap = ws[end + 1];
				if (gap?.isWord) end = end + 1;
				else if (gap && /^[ -]$/.test(gap.text) && ws[end + 2]?.isWord) end = end + 2;
				else break;
			}
		}
	}
	const repeated = [...grams.entries()].filter(([, g]) => g.n >= 3);
	for (const [key, g] of repeated) {
		const inLonger = repeated.some(([k, o]) => k !== key && k.includes(key) && o.n >= 0.7 * g.n);
		if (!inLonger) add(g.text, 'repeated');
	}
	return out;
}
