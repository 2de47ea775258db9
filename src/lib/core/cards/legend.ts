/**
 * Reading a formula's legend ("其中，$y_i$为真实值，$\hat{y_i}$为模型预测值。",
 * "where $x$ is the input") into symbol → meaning pairs. A meaning ends at its
 * clause; "$X$, $Y$ and $Z$ are …" gives each the shared meaning unless
 * "respectively / 分别" pairs them up; domains (`\in \mathbb{R}^d`) are not
 * part of the symbol.
 */
import { LEGEND_OPENING, unwrapLines } from './formula-text';

export interface LegendEntry {
	/** The symbol as inline TeX without delimiters, e.g. `y_i`. */
	symbol: string;
	meaning: string;
}

/** A paragraph (or sentence) that explains the symbols of the formula before it. */
export const LEGEND_START = LEGEND_OPENING;

const MATH = /\$\$[^$]+\$\$|\$[^$]+\$|\\\([\s\S]+?\\\)/g;
const ROLE = /\s*:(?:eqref|numref|cite|label|eqlabel|ref|citet|citep):`[^`]*`/g;
/** A masked inline formula, and a masked list of them ("$X$, $Y$ and $Z$"). */
const T = '\uE000(\\d+)\uE000';
const L = '\uE001(\\d+)\uE001';
const LIST_RE = new RegExp(L);
/** The same, without the capture (for splitting). */
const L_AHEAD = '\uE001\\d+\uE001';

const SEPARATOR = String.raw`\s*(?:[,，、]\s*(?:and\s+|or\s+|和|与|及|以及)?|\s+and\s+|\s+or\s+|和|与|及|以及|或)\s*`;
const SYMBOL_RUN = new RegExp(`${T}(?:${SEPARATOR}${T})*`, 'g');

/** Verbs between a symbol and its meaning, longest first. */
const VERB = String.raw`(?:是指|指的是|指示了|指示|分别是|分别为|分别表示|分别代表|分别指|即为|就是|都是|均为|表示|代表|是|为|指|即|(?:are|is)\s+called|(?:are|is)\s+known\s+as|(?:are|is)\s+referred\s+to\s+as|denotes?|represents?|stands?\s+for|refers?\s+to|corresponds?\s+to|are|is)`;
const LEAD_IN = String.raw`^(?:and\s+|but\s+|while\s+|和|且|并且|以及|而|同时)?(?:the\s+)?`;
const ADVERBS = String.raw`\s*(?:(?:则|就|也|都|分别|均|respectively,?|together)\s*)*`;

const CLAUSE_VERB = new RegExp(`${LEAD_IN}${L}${ADVERBS}(${VERB})\\s*(.+)$`, 'iu');
/** "$x$ the feature vector and $b$ the bias": a list-like legend without a verb. */
const CLAUSE_BARE = new RegExp(`${LEAD_IN}${L}\\s+((?:the|a|an)\\s+.+)$`, 'i');
const CLAUSE_COLON = new RegExp(`${LEAD_IN}${L}\\s*[：:—–]\\s*(.+)$`, 'u');
/** "可学习的参数是$W_q$、$W_k$和$w_v$", "the learnable parameters are $W$ and $b$". */
const CLAUSE_INVERSE_ZH = new RegExp(
	`^(?:其中)?(?!这|那|它|其|因|所以|但|而|如果|若)([^${'\uE000\uE001'}]{2,30}?)(?:分别)?(?:是|为)\\s*${L}\\s*$`,
	'u'
);
const CLAUSE_INVERSE_EN = new RegExp(
	`^(?:and\\s+)?((?:the|a|an)\\s+[^\uE000\uE001]{2,60}?)\\s+(?:is|are)\\s+${L}\\s*$`,
	'i'
);
/** "Denote by $x^{(k)}$ the value …", "let $e$ be the distance …", "用$x$表示…", "令$e$表示…". */
const DENOTE = [
	new RegExp(`\\bdenote\\s+by\\s+${L}\\s+(.+)$`, 'i'),
	new RegExp(`\\blet\\s+${L}\\s+(?:be|denote)\\s+(.+)$`, 'i'),
	new RegExp(`(?:用|以)${L}\\s*(?:来)?表示\\s*(.+)$`, 'u'),
	new RegExp(`(?:令|记)${L}\\s*(?:表示|为)\\s*(.+)$`, 'u')
];
const RESPECTIVELY = new RegExp(
	`${L}${ADVERBS}(?:${VERB})\\s*([^.;；。]+?)\\s*,?\\s*respectively`,
	'i'
);
/** "a small positive value $\eta$, called the *learning rate*". */
const CALLED = new RegExp(`${L}\\s*[,，]\\s*(?:called|known\\s+as)\\s+([^,;.，；。]+)`, 'gi');

/** Bare Latin symbols in Chinese prose: "m 就是 mini-batch 的大小", "pos 为 token 在句子中的位置". */
const BARE_ZH = new RegExp(
	String.raw`(^|[，,；;]\s*|的\s*)([A-Za-z0-9][A-Za-z0-9_^{}+]*(?:\s*(?:和|与|、)\s*[A-Za-z0-9][A-Za-z0-9_^{}+]*)*)\s*(?=(?:则|就|也|都|分别)?\s*(?:是|为|表示|代表|指示?了?|即为|即|就是))`,
	'gu'
);

function unwrap(math: string): string {
	return math
		.replace(/^\$\$?|\$\$?$/g, '')
		.replace(/^\\\(|\\\)$/g, '')
		.trim();
}

/** The symbol without its domain, definition or bound: `\mathbf{x} \in \mathbb{R}^d` → `\mathbf{x}`. */
export function bareSymbol(tex: string): string {
	return tex
		.split(
			/\s*(?:\\in(?![a-zA-Z])|∈|\\sim(?![a-zA-Z])|\\stackrel|\\coloneqq|:=|=|\\[lg]eq?(?![a-zA-Z])|\\neq?(?![a-zA-Z])|[<>])/
		)[0]
		.trim();
}

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Whether the formula uses the symbol: literally, or by its base when the
 * legend writes the general index (`\text{head}_i` for `\text{head}_1 … \text{head}_h`).
 */
export function usesSymbol(tex: string, symbol: string): boolean {
	const t = squash(tex);
	const s = squash(symbol);
	if (!s) return false;
	// Plain letters: not inside a command or a text group ("\sigma" does not use "a",
	// "\text{softmax}" not "x"), but TeX may run them together ("qK^T" uses K).
	const bare = tex
		.replace(/\\(?:text|textrm|mathrm|operatorname|textbf|mbox)\s*\{[^{}]*\}/g, ' ')
		.replace(/\\[A-Za-z]+/g, ' ');
	if (/^[A-Za-z]$/.test(s)) return bare.includes(s);
	if (/^[A-Za-z]+$/.test(s)) return new RegExp(`(?<![A-Za-z])${s}(?![A-Za-z])`).test(bare);
	if (t.includes(s)) return true;
	const base = s.replace(/(?:_\{[^{}]*\}|_[A-Za-z0-9]|\^\{[^{}]*\}|\^[A-Za-z0-9])+$/, '');
	return base !== s && base.length > 0 && usesSymbol(tex, base);
}

/** A clause that says what the thing before is for: "用于数值稳定性", "used to avoid …". */
const PURPOSE =
	/^\s*(?:用于|用来|用以|以便|以免|以防|目的是|used\s+(?:to|for)\b|so\s+that\b|to\s+(?:avoid|prevent|ensure|keep)\b)/iu;

/** Splits at commas and semicolons outside parentheses and brackets. */
function splitClauses(text: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let cur = '';
	// Offset of `ch` in `text` (code units), to look at what follows it.
	let seen = 0;
	for (const ch of text) {
		if ('(（[【'.includes(ch)) depth++;
		if (')）]】'.includes(ch)) depth = Math.max(0, depth - 1);
		if (depth === 0 && ',，；;'.includes(ch)) {
			// "$\epsilon$ 是一个小常数，用于数值稳定性": a purpose clause after a comma goes on
			// with the meaning before it (set1's RMSNorm legend lost "用于数值稳定性" there).
			const rest = text.slice(seen + 1);
			if (',，'.includes(ch) && PURPOSE.test(rest) && /\p{L}/u.test(cur)) {
				cur += ch;
				seen++;
				continue;
			}
			out.push(cur);
			cur = '';
			seen++;
			continue;
		}
		cur += ch;
		seen += ch.length;
	}
	out.push(cur);
	// ", and $b$ is called a bias" and "以及$b$为…" start clauses of their own too.
	return out
		.flatMap((c) => c.split(/\s+and\s+(?=let\b|denote\b)/i))
		.flatMap((c) =>
			c.split(new RegExp(`\\s+(?:and|while)\\s+(?=${L_AHEAD})|(?:以及|并且|而)(?=${L_AHEAD})`, 'u'))
		)
		.map((c) =>
			c
				.trim()
				.replace(/[。！？!?]+$/u, '')
				.replace(/(?<![A-Za-z]\.[A-Za-z])\.$/, '')
		)
		.filter(Boolean);
}

function cleanMeaning(m: string): string {
	return m
		.replace(/\*\*([^*]+)\*\*/g, '$1')
		.replace(/(?<![\w*])\*([^*]+)\*(?![\w*])/g, '$1')
		.replace(/^(?:called|known\s+as)\s+/i, '')
		.replace(/^了\s*/u, '')
		.replace(/\s*(?:respectively)\s*$/i, '')
		.replace(/[。.，,；;：:]+$/u, '')
		.trim();
}

/** "查询向量、键向量和值向量" → three meanings, for "分别"/"respectively". */
function splitMeanings(meaning: string): string[] {
	const maths: string[] = [];
	const masked = meaning.replace(MATH, (m) => `\uE002${maths.push(m) - 1}\uE002`);
	return masked
		.split(/、|和|与|及|,\s*(?:and\s+)?|\s+and\s+/u)
		.map((s) => s.replace(/\uE002(\d+)\uE002/g, (_, n) => maths[Number(n)]).trim())
		.filter(Boolean);
}

/**
 * Symbol → meaning pairs of a legend. With the formula's TeX, only symbols
 * the formula uses count, so a sentence about another formula's symbols
 * never lends its meanings to this one. `lead` mode (for the sentence that
 * introduces a formula) reads only the explicit "denote by / let / 用…表示"
 * and "…, called …" forms.
 */
export function parseLegend(
	text: string,
	tex?: string,
	mode: 'legend' | 'lead' = 'legend'
): LegendEntry[] {
	const maths: string[] = [];
	const zh = /\p{Script=Han}/u.test(text.replace(MATH, ''));
	let masked = unwrapLines(text)
		.replace(ROLE, '')
		.replace(MATH, (m) => `\uE000${maths.push(unwrap(m)) - 1}\uE000`);
	if (zh && tex)
		masked = masked.replace(BARE_ZH, (all, pre: string, run: string) => {
			const symbols = run.split(/\s*(?:和|与|、)\s*/u);
			if (!symbols.every((s) => /[A-Za-z]/.test(s) && usesSymbol(tex, s))) return all;
			return pre + symbols.map((s) => `\uE000${maths.push(s) - 1}\uE000`).join('、');
		});
	const lists: number[][] = [];
	masked = masked.replace(SYMBOL_RUN, (run) => {
		const ids = [...run.matchAll(new RegExp(T, 'g'))].map((m) => Number(m[1]));
		return `\uE001${lists.push(ids) - 1}\uE001`;
	});
	const restore = (s: string) =>
		s
			.replace(new RegExp(L, 'g'), (_, n) =>
				lists[Number(n)].map((i) => `$${maths[i]}$`).join(', ')
			)
			.replace(new RegExp(T, 'g'), (_, n) => `$${maths[Number(n)]}$`);

	const out: LegendEntry[] = [];
	const seen = new Set<string>();
	const inParens = new Set<string>();
	let added: LegendEntry[] = [];
	const add = (listId: number, rawMeaning: string, respectively: boolean) => {
		const meaning = cleanMeaning(restore(rawMeaning));
		if (!meaning || !/[\p{L}]/u.test(meaning.replace(MATH, ''))) return;
		const symbols = lists[listId]
			.map((i) => bareSymbol(maths[i]))
			.filter((s) => s && !/^[\d.\s]+$/.test(s) && (!tex || usesSymbol(tex, s)));
		if (!symbols.length) return;
		const meanings = respectively && symbols.length > 1 ? splitMeanings(meaning) : [];
		symbols.forEach((symbol, k) => {
			if (seen.has(squash(symbol))) return;
			seen.add(squash(symbol));
			out.push({ symbol, meaning: meanings.length === symbols.length ? meanings[k] : meaning });
			added.push(out[out.length - 1]);
		});
	};

	if (mode === 'lead') {
		// "（$\partial$表示偏导数）": a legend in parentheses inside the lead-in.
		const inner = [...masked.matchAll(/[（(]([^（）()]+)[）)]/gu)].map((m) => m[1]);
		masked = [masked, ...inner].join('。');
		inner.forEach((c) => inParens.add(c.trim()));
	}
	for (const sentence of masked.split(/(?<=[。！？!?])\s*|(?<=[.])\s+(?=\S)/u)) {
		const s = sentence
			.replace(LEGEND_START, '')
			.replace(/^的\s*/u, '')
			.replace(new RegExp(`^[\\p{Script=Han}]{1,6}的\\s*(?=${L})`, 'u'), '');
		for (const m of s.matchAll(CALLED)) add(Number(m[1]), m[2], false);
		// "$x$, $w$ and $b$ are the inputs, weights and bias, respectively": one pairing, not three clauses.
		const resp = s.match(RESPECTIVELY);
		if (resp) add(Number(resp[1]), resp[2], true);
		const rest = resp ? s.replace(resp[0], '') : s;
		// The entries of this sentence's "$X$ is …" clauses, for a shared qualifier.
		const listed: LegendEntry[] = [];
		for (const clause of splitClauses(rest)) {
			added = [];
			const denote = DENOTE.map((re) => clause.match(re)).find(Boolean);
			if (denote) {
				add(Number(denote[1]), denote[2], false);
				continue;
			}
			// A lead-in's other clauses ("when our prediction is $\hat{y}$") are not a legend,
			// but a parenthesis in it may be.
			if (mode === 'lead' && !inParens.has(clause)) continue;
			const v = clause.match(CLAUSE_VERB);
			if (v) {
				const respectively = /分别|respectively/i.test(clause);
				add(Number(v[1]), v[3], respectively);
				if (!respectively) listed.push(...added);
				continue;
			}
			const inverse = clause.match(zh ? CLAUSE_INVERSE_ZH : CLAUSE_INVERSE_EN);
			if (inverse) {
				add(Number(inverse[2]), inverse[1], /分别|respectively/i.test(clause));
				continue;
			}
			const bare = clause.match(CLAUSE_BARE) ?? clause.match(CLAUSE_COLON);
			if (bare) add(Number(bare[1]), bare[2], false);
		}
		// Only a list of one sentence, "A, B, and C" (legend list items are joined by ";").
		if (!zh && !/;/.test(rest) && new RegExp(`\\band\\s+${L_AHEAD}[^;\uE001]*$`).test(rest))
			shareQualifier(listed);
	}
	return out.filter((e) => !LIST_RE.test(e.meaning));
}

/** A qualifier that closes a noun phrase: "… of the output layer", "… for the hidden layer". */
const QUALIFIER =
	/^(?:the|a|an)\s+[^,;$]*?\S\s+((?:of|for|in)\s+(?:the|this|each|every|our)\s+[^,;$]+)$/i;
/** A bare noun phrase that a shared qualifier may complete ("the weight parameter"). */
const BARE_NP = /^(?:the|a|an)\s+(?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+$/i;

/**
 * "$\mathbf{O}$ is the output variable, $\mathbf{W}_{hq}$ is the weight parameter, and
 * $\mathbf{b}_q$ is the bias parameter of the output layer": the qualifier closing the list
 * belongs to every item. Read clause by clause, only $\mathbf{b}_q$ had it and
 * $\mathbf{W}_{hq}$ became a bare "the weight parameter" (set2's RNN card 8, judged vague).
 * Items that have a qualifier of their own keep theirs.
 */
function shareQualifier(listed: LegendEntry[]): void {
	if (listed.length < 2) return;
	const q = listed[listed.length - 1].meaning.match(QUALIFIER);
	if (!q) return;
	const others = listed.slice(0, -1);
	const bare = (m: string) => BARE_NP.test(m) && !/\s(?:of|for|in|to|with|from|at|on)\s/i.test(m);
	if (!others.every((e) => bare(e.meaning))) return;
	for (const e of others) e.meaning = `${e.meaning} ${q[1]}`;
}

/** The word a letter conventionally stands for in ML texts, English and Chinese. */
const LETTER_WORDS: Record<string, RegExp> = {
	o: /^(?:outputs?|输出)$/iu,
	x: /^(?:inputs?|输入)$/iu,
	y: /^(?:outputs?|labels?|targets?|输出|标签|目标)$/iu,
	l: /^(?:loss(?:es)?|损失)$/iu,
	w: /^(?:weights?|权重)$/iu,
	b: /^(?:bias(?:es)?|偏置|偏差|偏移)$/iu,
	h: /^(?:hidden|隐藏|隐层)$/iu,
	f: /^(?:functions?|函数)$/iu,
	p: /^(?:probabilit(?:y|ies)|概率)$/iu,
	t: /^(?:time|steps?|时间|时间步|步)$/iu
};
/**
 * Heads that add nothing to the letter's word ("the output *variable*", "输入*值*"). "Vector",
 * "matrix" and "scalar" say the symbol's shape, so "权重矩阵" is still asked.
 */
const GENERIC_HEAD =
	/^(?:the|a|an|variables?|parameters?|values?|terms?|quantit(?:y|ies)|变量|参数|值|项|的|是)$/iu;

/**
 * A meaning that is only the obvious word for the symbol's letter: `\mathbf{O}` → "the
 * output variable", `x` → "输入", `W_{hq}` → "the weight parameter". Such a card teaches
 * nothing (set2's RNN card 11, judged trivial); a shape, role or qualifier ("the weight
 * parameter of the output layer", "输入特征") makes it worth asking.
 */
export function isObviousMeaning(symbol: string, meaning: string): boolean {
	const base = symbol
		.replace(/\\(?:mathbf|boldsymbol|bm|mathrm|mathit|textbf)\s*\{([^{}]*)\}/g, '$1')
		.replace(/(?:_\{[^{}]*\}|_[A-Za-z0-9]|\^\{[^{}]*\}|\^[A-Za-z0-9])+$/, '')
		.trim();
	if (!/^[A-Za-z]$/.test(base)) return false;
	const word = LETTER_WORDS[base.toLowerCase()];
	if (!word) return false;
	const han = /\p{Script=Han}/u.test(meaning);
	const parts = han
		? (meaning.match(/[A-Za-z]+|\p{Script=Han}+/gu) ?? []).flatMap((p) =>
				/\p{Script=Han}/u.test(p)
					? (p.match(
							/输出|输入|标签|目标|损失|权重|偏置|偏差|偏移|隐藏|隐层|函数|概率|时间步|时间|变量|参数|向量|矩阵|标量|的|是|值|项|步|./gu
						) ?? [])
					: [p]
			)
		: (meaning.match(/[A-Za-z]+|\$[^$]*\$/g) ?? []);
	const rest = parts.filter((p) => !GENERIC_HEAD.test(p));
	return rest.length > 0 && rest.every((p) => word.test(p));
}
