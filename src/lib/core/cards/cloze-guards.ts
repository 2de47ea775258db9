/**
 * Spans a cloze must not hide, judged on unseen articles: one item of an
 * enumeration (any peer would fit), a generic noun, half of a compound, or
 * a term the card itself gives away (its heading path, its title, the rest
 * of the sentence, a gloss or an English phrase beside the blank).
 */
import { termKey, termWords } from '../text/keyterms';
import { isStopword, wordClass, zipf } from '../text/frequency';
import { words } from '../text/segment';

/**
 * The blank is one item of an enumeration, so any of its peers would fit:
 * its clause lists with "、" (常见的有[…]、WordPiece), or a glossed peer stands
 * beside it joined by 和/或 ("特别是[…]和生成对抗网络（GAN）").
 */
export function enumerated(text: string, start: number, end: number): boolean {
	const from = Math.max(
		...['，', '。', '；', '：', ','].map((p) => text.lastIndexOf(p, start - 1))
	);
	const stops = ['，', '。', '；', '：', ',']
		.map((p) => text.indexOf(p, end))
		.filter((i) => i >= 0);
	const clause = text.slice(from + 1, stops.length ? Math.min(...stops) : text.length);
	if (clause.includes('、')) return true;
	// English lists: "[…], WordPiece, and BPE", "A, […], and C", "A, B, and […]".
	const t = text.slice(0, start) + 'Ж' + text.slice(end);
	if (
		/Ж\s*,[^,.;]{1,40},?\s+(?:and|or)\s|,\s*(?:the\s+)?Ж\s*,|,\s*(?:and|or)\s+(?:the\s+)?Ж/.test(t)
	)
		return true;
	const JOIN = '(?:和|与|或|及|以及|、)';
	return (
		new RegExp(`[）)]\\s*${JOIN}\\s*$`, 'u').test(text.slice(0, start)) ||
		new RegExp(`^\\s*${JOIN}[^，。；,]{1,20}[（(]`, 'u').test(text.slice(end))
	);
}

/** Han characters. */
const HAN_CHAR = /\p{Script=Han}/u;

/**
 * A generic noun hides nothing worth recalling: a common English word (Zipf
 * ≥ 4.3: fitness, attention, predictions at 3.6 pass) or a common Chinese
 * content word (预测), and in Chinese a lone two-character word nobody set apart
 * or glossed (文本, 矩阵: jieba's table stops near Zipf 4, so rarity cannot tell).
 */
export function generic(term: string, lang: string, marked: boolean, glossed: boolean): boolean {
	const ws = termWords(term, lang);
	if (ws.length !== 1) return false;
	const w = ws[0];
	if (!HAN_CHAR.test(w)) return zipf(w) >= 4.3;
	if (wordClass(w) && zipf(w) >= 4) return true;
	return !glossed && !marked && w.length <= 2;
}

/**
 * The span is half a compound: the Han word touching it forms with it a word
 * the dictionary knows or a phrase the article says again (文本|表示 in
 * "强大文本表示能力", 语言模型 inside 因果语言模型).
 * @param termEnd where the term ends (before a gloss hidden with it)
 * @param end where the blank ends
 */
export function compound(text: string, start: number, termEnd: number, end: number, prose: string) {
	const term = bare(text.slice(start, termEnd));
	const before = words(text.slice(0, start), 'zh')
		.filter((w) => w.isWord)
		.at(-1);
	const after = words(text.slice(end), 'zh').find((w) => w.isWord);
	const sides: string[] = [];
	// Before the term a verb or function word governs it (通过|突触, 在|训练集); after it a verb may
	// still be half of a compound the article repeats (文本|表示).
	// A lone character is a grammar word only if it stands alone in use (在, 是, 为); 自 of
	// 自注意力 and 均 of 均方误差 are prefixes.
	const grammar = (w: string) =>
		w.length === 1 ? STANDALONE.test(w) : !!wordClass(w) && wordClass(w) !== 'content';
	if (before && before.index + before.text.length === start && HAN_CHAR.test(text[start - 1] ?? ''))
		if (HAN_CHAR.test(term[0]) && !grammar(before.text)) sides.push(before.text + term);
	if (after && after.index === 0 && HAN_CHAR.test(text[end] ?? '') && HAN_CHAR.test(text[end - 1]))
		sides.push(term + after.text);
	return sides.some((joined) => {
		if (wordClass(joined)) return true;
		// The joined phrase stands elsewhere in the article: the two belong together.
		const key = termKey(joined);
		const first = prose.indexOf(key);
		return first >= 0 && prose.indexOf(key, first + 1) >= 0;
	});
}

/** A term without the gloss an author bolded with it: 微调 of "微调（Fine-tuning）". */
const bare = (term: string) => term.replace(/\s?[（(][^（）()]*[）)]$/u, '');

/** Head words that name a category, not a term: seeing one beside the blank gives nothing away. */
const GENERIC_HEAD =
	/^(?:模型|方法|网络|函数|算法|技术|问题|任务|系统|过程|机制|结构|框架|模块|model|method|network|function|algorithm|technique|problem|task|system|process|mechanism|approach|structure|framework)$/iu;

/** One-character grammar words that stand before a term without joining it. */
const STANDALONE = /^[在是的了和与或及对从把被将让给向用以由为即如比跟同等]$/u;

/** The last content word of a term: "matrix" of "design matrix", 向量 of 词向量. */
function headWord(term: string, lang: string): string {
	const ws = termWords(term, lang).filter((w) => !isStopword(w));
	const last = ws.at(-1) ?? term;
	// One Han character (量 of 估计|量, 集 of 数据|集) is a suffix: the head is it with the word before.
	return HAN_CHAR.test(last) && last.length < 2 ? (ws.at(-2) ?? '') + last : last;
}

/** English word stem for "predictions" ~ "Predictions", "functions" ~ "function". */
const stem = (w: string) => w.toLowerCase().replace(/(?:es|s)$/, '');

/**
 * The answer shows on the card anyway: the term, its head word, its gloss
 * (translation or abbreviation) stands in the headings shown with the card or
 * the article title, or elsewhere in the sentence (批归一化（Batch Norm）和[…]
 * gives 层归一化 away by 归一化; "Layer Norm … 和 […]" gives Batch Norm away).
 */
export function givenAway(
	text: string,
	start: number,
	termEnd: number,
	end: number,
	lang: string,
	shown: string
): boolean {
	const term = bare(text.slice(start, termEnd));
	const gloss = text.slice(termEnd, end).replace(/^\s?[（(]|[）)]$/gu, '');
	const rest = termKey(text.slice(0, start) + ' \u0000 ' + text.slice(end));
	const head = headWord(term, lang);
	// A category head (模型 of 隐马尔可夫模型, "method") says nothing of which one is meant.
	const clues = GENERIC_HEAD.test(head) ? [term] : [term, head];
	if (gloss) {
		const parts = gloss.split(/[，,、;；]\s*/u).map((p) => p.trim());
		for (const p of parts.filter((p) => p.length >= 2)) {
			const h = headWord(p, 'en');
			clues.push(p, ...(GENERIC_HEAD.test(h) ? [] : [h]));
		}
	}
	// "softmax运算" is given away by "softmax回归" in the sentence: its Latin words are clues.
	if (HAN_CHAR.test(term)) clues.push(...(term.match(/[A-Za-z][A-Za-z-]{2,}/g) ?? []));
	// A Chinese blank right after an English phrase ("…from Human Feedback，[…]") may be its
	// translation: the learner reads the answer beside the blank.
	const before = text.slice(Math.max(0, start - 25), start);
	const after = text.slice(end, end + 25);
	const english = /[A-Za-z]{2,}[\s-]+[A-Za-z]{2,}/;
	if (
		HAN_CHAR.test(term) &&
		!/[A-Za-z]/.test(term) &&
		(english.test(before) || english.test(after))
	)
		return true;
	const shownWords = new Set((shown.match(/[a-z][a-z-]*/g) ?? []).map(stem));
	for (const c of clues.filter((c) => c && !isStopword(c))) {
		const k = termKey(c);
		if (HAN_CHAR.test(k)) {
			if (k.length >= 2 && (shown.includes(k) || rest.includes(k))) return true;
			continue;
		}
		const cw = k.match(/[a-z][a-z-]*/g) ?? [];
		if (!cw.length) continue;
		// A one-word clue: any shown or nearby word with its stem; a phrase: the phrase itself.
		if (cw.length === 1) {
			const near = new Set((rest.match(/[a-z][a-z-]*/g) ?? []).map(stem));
			if (cw[0].length >= 2 && (shownWords.has(stem(cw[0])) || near.has(stem(cw[0])))) return true;
		} else if (shown.includes(k) || rest.includes(k)) return true;
	}
	return false;
}
