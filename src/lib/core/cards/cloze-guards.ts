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
export const GENERIC_HEAD =
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

/** Words an abbreviation skips ("Bag of Words" → BoW, "Mixture of Experts" → MoE). */
const SKIPPED = /^(?:of|and|the|for|with|to|in|on|a|an|by|via|from|or)$/i;

/** The initials each run of words can spell: hyphens split a word or not, small words count or not. */
function initialsIn(phrase: string): Set<string> {
	const out = new Set<string>();
	for (const split of [/[^A-Za-z]+/, /[^A-Za-z-]+/])
		for (const skip of [false, true]) {
			const ws = phrase
				.split(split)
				.map((w) => w.replace(/^-+|-+$/g, ''))
				.filter((w) => w && !(skip && SKIPPED.test(w)));
			for (let i = 0; i < ws.length; i++)
				for (let j = i + 2; j <= Math.min(ws.length, i + 8); j++)
					out.add(
						ws
							.slice(i, j)
							.map((w) => w[0])
							.join('')
							.toUpperCase()
					);
		}
	return out;
}

/** "RNN", "LSTMs", "BoW": an abbreviation (two or more capitals in a short Latin word). */
const ABBR = /^[A-Z][A-Za-z]{1,7}$/;
const isAbbr = (w: string) => ABBR.test(w) && (w.match(/[A-Z]/g)?.length ?? 0) >= 2;

/**
 * The blank is the page's subject under another name: an abbreviation whose
 * words stand in the title or a heading shown with the card ("[RNN]" under
 * "Recurrent Neural Networks"), or a phrase whose abbreviation does ("[recurrent
 * neural network]" under "RNN Basics"). The learner reads the answer off the
 * heading (fresh set 2, cards 6 and 10).
 * @param span the hidden text, its gloss included ("大语言模型（LLM）")
 * @param headings the article title and the card's heading path, as written
 */
export function abbreviatesHeading(span: string, headings: string[]): boolean {
	const shown = headings.join('\n');
	const initials = initialsIn(shown);
	const latin = span.match(/[A-Za-z][A-Za-z-]*/g) ?? [];
	for (const w of latin) {
		const abbr = w.replace(/s$/, '');
		if (isAbbr(w) && (initials.has(abbr.toUpperCase()) || initials.has(w.toUpperCase())))
			return true;
	}
	// The span spelled out, its abbreviation in the headings.
	const shownAbbrs = new Set(
		(shown.match(/[A-Za-z]+/g) ?? []).filter(isAbbr).map((w) => w.replace(/s$/, '').toUpperCase())
	);
	if (!shownAbbrs.size || latin.length < 2) return false;
	return [...initialsIn(latin.join(' '))].some((i) => shownAbbrs.has(i));
}

/**
 * A sentence that only promises content ("…但也面临着一些挑战。", "X has several
 * advantages.", "主要有以下几点。"): the facts are in the next sentence, so its
 * blank asks for a word the learner cannot tell from anything the card says
 * (fresh set 2, card 27).
 */
export function promises(text: string, zh: boolean): boolean {
	return zh ? PROMISE_ZH.test(text) : PROMISE_EN.test(text);
}
const PROMISE_ZH =
	/(?:(?:一些|一系列|若干|许多|很多|诸多|不少|多种|多个|几个|几种|各种|以下|如下)(?:\p{Script=Han}{0,6}的)?(?:挑战|问题|困难|限制|局限性?|缺点|不足|优点|优势|特点|特性|应用|方法|变体|改进|步骤|方面|因素|原因|好处|作用|用途|场景|领域|内容|要点)|(?:以下|如下)(?:几点)?)(?:[，,]\s*(?:例如|比如|如|包括))?\s*[。！]?[”"’]*$/u;
const PROMISE_EN =
	/\b(?:some|several|a few|many|a number of|various|numerous|a couple of|certain|the following|two|three|four)\s+(?:[a-z-]+\s+)?(?:challenges|problems|issues|limitations|drawbacks|shortcomings|disadvantages|advantages|benefits|properties|features|applications|methods|variants|improvements|steps|aspects|factors|reasons|uses|ways|points)\s*[.!]?$|\bas follows\s*[.!]?$/i;

/**
 * The blank can be rebuilt from the sentence's own words: each of its words
 * (two or more) stands elsewhere in it ("添加位置编码来注入绝对或相对的[位置信息]"
 * beside 顺序信息: 位置 and 信息 are both there; fresh set 2, card 13). One shared
 * word gives nothing away ("自注意力的[最大路径长度]最短" beside 序列长度 is a good card).
 */
export function rebuilt(text: string, start: number, end: number, lang: string): boolean {
	const ws = termWords(bare(text.slice(start, end)), lang).filter(
		(w) => !isStopword(w) && (HAN_CHAR.test(w) ? w.length >= 2 : w.length >= 3)
	);
	if (ws.length < 2) return false;
	const rest = termKey(text.slice(0, start) + ' \u0000 ' + text.slice(end));
	return ws.every((w) => rest.includes(termKey(w)));
}
