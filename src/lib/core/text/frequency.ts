/**
 * How common a word is in general text, from the generated tables
 * (scripts/build-frequency.mjs: jieba's dictionary for Chinese, Google's web
 * top 10,000 for English). Only the import pipeline reads this (cards/cloze),
 * so the tables stay out of the pages that do not import articles.
 */
import { EN_BY_RANK } from './frequency-en';
import { ZH_FREQUENCY } from './frequency-zh';

/** jieba's parts of speech in four classes (see the build script). */
export type WordClass = 'content' | 'verb' | 'modifier' | 'function';

/**
 * The Zipf value given to words the tables do not list: both tables stop
 * near 3.5–4 (a Chinese word seen 1,000 times in jieba's 87 M, the 10,000th
 * English web word), so an unlisted word is rarer than any listed one.
 */
export const RARE = 3;

const CLASSES: Record<string, WordClass> = {
	C: 'content',
	V: 'verb',
	D: 'modifier',
	F: 'function'
};

let zh: Map<string, { zipf: number; cls: WordClass }> | undefined;
let en: Map<string, number> | undefined;

function zhTable() {
	if (!zh) {
		zh = new Map();
		for (const [key, words] of Object.entries(ZH_FREQUENCY)) {
			const entry = { cls: CLASSES[key[0]], zipf: Number(key.slice(1)) };
			for (const w of words.split(' ')) zh.set(w, entry);
		}
	}
	return zh;
}

function enTable() {
	if (!en) {
		en = new Map();
		EN_BY_RANK.split(' ').forEach((w, i) => en!.set(w, i + 1));
	}
	return en;
}

const HAN = /\p{Script=Han}/u;

/**
 * Zipf frequency of one word (log10 of its occurrences per billion words):
 * about 7 for 的 and "the", 4.5 for 模型 and "matrix" (by rank), `RARE` for
 * words neither table lists. Han words read jieba's table, others the English
 * one (Latin words inside Chinese text are English words).
 */
export function zipf(word: string): number {
	if (HAN.test(word)) return zhTable().get(word)?.zipf ?? RARE;
	const rank = enTable().get(word.toLowerCase());
	// Zipf's law (frequency ∝ 1 / rank), anchored so rank 1 is 7.6 and 10,000 is 3.6.
	return rank ? 7.6 - Math.log10(rank) : RARE;
}

/** jieba's class of a Chinese word, when the table lists it. */
export function wordClass(word: string): WordClass | undefined {
	return zhTable().get(word)?.cls;
}

/** English words this common (rank ≤ 300) are function words or too general to be a term. */
const EN_STOP_ZIPF = 7.6 - Math.log10(300);

/**
 * A word that is never a key term by itself, per the frequency tables: a
 * Chinese function word (pronoun, conjunction, preposition, particle, adverb,
 * numeral or measure word, localiser) or a verb as common as 是 / 作为
 * (Zipf ≥ 5.5); an English word among the 300 most frequent ("the", "can",
 * "be", "this", "use"); a number or a single letter.
 */
export function isStopword(word: string): boolean {
	const w = word.trim();
	if (!w || /^[\d.,%]+$/.test(w) || /^[A-Za-z]$/.test(w)) return true;
	if (HAN.test(w)) {
		const e = zhTable().get(w);
		return (
			!!e && (e.cls === 'function' || e.cls === 'modifier' || (e.cls === 'verb' && e.zipf >= 5.5))
		);
	}
	return zipf(w) >= EN_STOP_ZIPF;
}
