/**
 * The objective half of issue 14's rubric: defects a program can find in a
 * deck without judging what the cards mean. `npm run quality` prints them per
 * article beside their budgets; the corpus tests hold some of them at zero.
 * Pure: cards and their article in, figures out (no Node APIs).
 */
import { cleanHeading, stripInline } from '../content/headings';
import { allSections } from '../content/parse';
import type { Article, Section } from '../content/types';
import { normalise } from '../text/normalise';
import { sentences } from '../text/segment';
import { facetOf } from './facet';
import { isLearnable } from './scope';
import { CARD_KINDS, type Card, type CardContext, type CardKind, type Facet } from './types';

// ---------------------------------------------------------------------------
// Markup debris

export type DebrisKind =
	| 'd2l-role'
	| 'd2l-tab'
	| 'slide-marker'
	| 'escaped-math'
	| 'liquid'
	| 'html'
	| 'chat-token'
	| 'unbalanced-bold'
	| 'old-blank';

const FENCE = /```[\s\S]*?(?:```|$)/g;
const CODE_SPAN = /`[^`\n]+`/g;
const DOLLAR_MATH = /\$\$[\s\S]+?\$\$|\$[^$\n]+?\$/g;
const PAREN_MATH = /\\\([\s\S]+?\\\)|\\\[[\s\S]+?\\\]/g;

/** Chat-template tokens, ASCII or full-width bars: `<|im_end|>`, `<｜Assistant｜>`. */
const CHAT_TOKEN = /<[|｜][^<>|｜\n]{1,40}[|｜]>/;
/** d2l's tab directives: `#@tab pytorch` (in code), `:begin_tab:`pytorch``. */
const D2L_TAB = /#@tab\b|:(?:begin|end)_tab:/;
const D2L_ROLE = /:(?:numref|cite|citet|citep|eqref|eqlabel|label|ref|numfig|width):/;
/**
 * d2l's slide markers: `[**…**]` (not a link), `(**…**)` and `(~~…~~)`.
 * A bold parenthetical is rare elsewhere; the d2l chapters here hold 2 to 4 each.
 */
const SLIDE_MARKER = /\[\*\*[^\]]*?\*\*\](?!\()|\(\*\*[^()]*?\*\*\)|\(~~[^()]*?~~\)/;
/** `\\(` as written in Markdown for MathJax: the renderer reads `\(`, so it shows the backslashes. */
const ESCAPED_MATH = /(?<!\\)\\\\[()[\]]/;
const LIQUID = /\{%/;
const TAGS =
	'a|div|img|br|span|p|sup|sub|iframe|center|font|table|tr|td|th|details|summary|figure|figcaption|video|hr|b|i|u|em|strong|ul|ol|li|h[1-6]';
const HTML = new RegExp(`<!--|<\\/?(?:${TAGS})(?:\\s[^<>]*)?\\/?>|<(?:a|img|div)\\s`, 'i');
/** How cloze fronts wrote the blank before the card face drew it (shown as literal asterisks). */
const OLD_BLANK = '**[…]**';

/** Text a learner would read, with code and math blanked out (they may hold `<`, `**`, `{%`). */
function prose(text: string, paren = true): string {
	let t = text.replace(FENCE, ' ').replace(CODE_SPAN, ' ').replace(DOLLAR_MATH, ' ');
	if (paren) t = t.replace(PAREN_MATH, ' ');
	return t;
}

/**
 * The kinds of markup debris in one piece of card text (Markdown): source
 * markup of d2l, Jekyll, HTML or chat templates that should never reach a
 * card. Code and math are exempt where they may legitimately hold `<`, `**`.
 */
export function debrisIn(text: string): DebrisKind[] {
	const found = new Set<DebrisKind>();
	if (CHAT_TOKEN.test(text)) found.add('chat-token');
	if (D2L_TAB.test(text)) found.add('d2l-tab');
	if (ESCAPED_MATH.test(prose(text, false))) found.add('escaped-math');
	const p = prose(text);
	if (D2L_ROLE.test(p)) found.add('d2l-role');
	if (SLIDE_MARKER.test(p)) found.add('slide-marker');
	if (LIQUID.test(p)) found.add('liquid');
	if (HTML.test(p)) found.add('html');
	// `***` alone on a line is a rule; `\*` is a literal star.
	const stars = p.replace(/^\s*\*{3,}\s*$/gm, '').replace(/\\\*/g, '');
	if ((stars.match(/\*\*/g)?.length ?? 0) % 2) found.add('unbalanced-bold');
	return [...found];
}

/** The debris on a card's front or back (and a cloze front with the old `**[…]**` blank). */
export function cardDebris(card: Card): DebrisKind[] {
	const found = new Set([...debrisIn(card.front), ...debrisIn(card.back)]);
	if (card.kind === 'cloze' && card.front.includes(OLD_BLANK)) found.add('old-blank');
	return [...found];
}

// ---------------------------------------------------------------------------
// Answers: heading-only, lead-in-only, long, shared

const MERMAID_BLOCK = /```mermaid[\s\S]*?(?:```|$)/g;
/** A legend paragraph, as formula cards append one ("其中，$y$ 是…", "where $x$ is…"). */
const LEGEND = /^\s*(?:其中|式中|这里|此处|where\b|here\b|in which\b)/i;

/**
 * The part of a back that answers: without the Mermaid diagram a flow card
 * shows for context, or the legend ("其中…", "where…") a formula card
 * appends after its answer.
 */
export function answerCore(back: string): string {
	const paras = back
		.replace(MERMAID_BLOCK, '')
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean);
	let end = paras.length;
	while (end > 1 && LEGEND.test(paras[end - 1])) end--;
	return paras.slice(0, end).join('\n\n');
}

/** Plain, folded text for comparisons: no emphasis, no edge punctuation. */
function plainKey(text: string): string {
	return normalise(stripInline(text))
		.replace(/[*_`#]/g, '')
		.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
		.replace(/\s+/g, ' ');
}

/** The article's headings (title and section titles, numbering dropped), folded. */
export function headingKeys(article: Article): Set<string> {
	const keys = new Set<string>();
	if (article.title) keys.add(plainKey(article.title));
	for (const s of allSections(article.outline)) {
		if (s.level === 0) continue;
		keys.add(plainKey(s.title));
		keys.add(plainKey(cleanHeading(s.heading)));
	}
	keys.delete('');
	return keys;
}

/** "From “The gradient”", "出自「梯度」": an answer that only points at a heading. */
const HEADING_REF = /^(?:From\s+[“"'‘].+[”"'’]|出自\s*[「“『].+[」”』])\s*[.。]?$/u;

/**
 * Facets whose answer is short by design (a symbol's meaning, a flow's next
 * step, a formula's name or TeX, a cloze's sentence): equal to a heading is
 * no defect there. A formula named after its heading is `namedAfterHeading`.
 */
const SHORT_BY_DESIGN = (f: Facet) =>
	f.type === 'symbol' ||
	f.type === 'flow' ||
	f.type === 'cloze' ||
	f.type === 'exercise' ||
	(f.type === 'formula' && f.ask !== 'meaning');

/**
 * An answer that is only a heading reference: "From “…”"/"出自「…」", or
 * the very words of one of the article's headings.
 * @param headings from `headingKeys(article)`
 */
export function isHeadingOnly(card: Card, headings: Set<string>): boolean {
	const core = answerCore(card.back);
	if (HEADING_REF.test(core)) return true;
	if (SHORT_BY_DESIGN(facetOf(card))) return false;
	return headings.has(plainKey(core));
}

/** Longest lead-in counted as "short": d2l's longest lead-in sentences run to ~220 characters. */
const LEAD_IN_MAX = 300;

/** An answer that is one lead-in sentence ending in ":"/"：" ("The squared error is given by:"). */
export function isLeadInOnly(card: Card): boolean {
	const core = answerCore(card.back);
	if (!/[：:]\s*$/.test(core) || core.length > LEAD_IN_MAX) return false;
	return sentences(core.replace(/\s*\n\s*/g, ' ')).length === 1;
}

/** What a learner reads on the back: its length without the Mermaid source a diagram is drawn from. */
export function answerLength(card: Card): number {
	return [...card.back.replace(MERMAID_BLOCK, '').trim()].length;
}

const formulaLike = (f: Facet) => f.type === 'formula' || f.type === 'symbol';

/**
 * Two cards that may share an answer by design: the cards of one formula
 * (name ↔ TeX reverses, symbols given one shared meaning), and the step
 * cards of one flow (two steps can lead to the same next step).
 */
export function isDeliberatePair(a: Card, b: Card): boolean {
	const fa = facetOf(a);
	const fb = facetOf(b);
	if (formulaLike(fa) && formulaLike(fb))
		return (fa as { tex: string }).tex === (fb as { tex: string }).tex;
	if (fa.type === 'flow' && fb.type === 'flow') return !!a.sibling && a.sibling === b.sibling;
	return false;
}

/**
 * Cards whose answer (folded, diagram and legend tails ignored) is the
 * answer of another card that is not its deliberate pair: near-duplicates
 * a learner reviews twice (a concept and a cloze of one sentence, one
 * definition under two terms).
 */
export function sharedAnswers(cards: Card[]): Card[] {
	const groups = new Map<string, Card[]>();
	for (const c of cards) {
		const key = plainKey(answerCore(c.back));
		if (!key) continue;
		const g = groups.get(key);
		if (g) g.push(c);
		else groups.set(key, [c]);
	}
	const out: Card[] = [];
	for (const g of groups.values()) {
		if (g.length < 2) continue;
		for (const c of g) if (g.some((o) => o !== c && !isDeliberatePair(c, o))) out.push(c);
	}
	return out;
}

// ---------------------------------------------------------------------------
// Clozes

export type ClozeFault = 'glossed' | 'function-word' | 'clause' | 'in-math' | 'in-code';

/** Words that carry no fact of their own: hiding one teaches nothing. */
const FUNCTION_WORDS = new Set(
	(
		'a an the this that these those it its they them their we us our you your i he she ' +
		'is are was were be been being am do does did have has had can could may might will would ' +
		'shall should must of in on at to for with by from into onto over under about as than ' +
		'and or but nor not no so if then thus hence however therefore also too very just only ' +
		'such which who whom whose what when where why how here there all some any each every ' +
		'more most less one etc ' +
		'我们 你们 他们 它们 我 你 他 她 它 这 那 这个 那个 这些 那些 这种 这样 那样 其 其中 ' +
		'的 了 是 在 和 与 及 或 而 但 但是 然而 因此 所以 因为 如果 虽然 尽管 由于 对于 关于 根据 ' +
		'例如 比如 首先 其次 然后 最后 同时 此外 另外 并且 而且 或者 以及 总之 即 就是 ' +
		'具体而言 具体来说 换句话说 也就是说 实际上 事实上 一般来说 通常 其实 这里 那么 于是 显然 ' +
		'可以 需要 进行 通过 一个 一种 一些 非常 很 更 最 如下 以下 上述 注意 当然 不过 ' +
		'简单来说 总的来说 综上所述 另一方面'
	).split(' ')
);

/** Words that only introduce a gloss: "(or target)", "(also called the Gaussian)", "（即…）". */
const GLOSS_WORDS =
	/^(?:\s|[,，、:：]|or|i\.e\.|that is|namely|equivalently|also|called|known as|the|an?|of|即|亦即|也就是|又称|也称|简称|或称|也叫|又叫|或|为|英文|英语)*$/iu;
/** "X, i.e. …", "X，即…" right after the span (即使/即可… are other words). */
const GLOSS_AFTER =
	/^\s*(?:[，,]\s*(?:i\.e\.|that is\b|namely\b|also (?:called|known as)\b|or\b)|[，,]?\s*(?:即(?![使便将可时刻])|亦即|也就是|又称|也称|简称|或称|也叫|又叫))/iu;
const OPEN = /[(（]/;
const CLOSE = /[)）]/;

/** The text of the bracket pair that starts at `open`, or null when it never closes. */
function bracketAt(text: string, open: number): string | null {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		if (OPEN.test(text[i])) depth++;
		else if (CLOSE.test(text[i]) && --depth === 0) return text.slice(open + 1, i);
	}
	return null;
}

/** The bracket pair around [start, end): its inner text and where it opens. */
function enclosingBracket(text: string, start: number, end: number) {
	let depth = 0;
	for (let i = start - 1; i >= 0; i--) {
		if (CLOSE.test(text[i])) depth++;
		else if (OPEN.test(text[i]) && depth-- === 0) {
			const inner = bracketAt(text, i);
			return inner !== null && i + 1 + inner.length >= end ? { inner, open: i } : null;
		}
	}
	return null;
}

const isHan = (t: string) => /\p{Script=Han}/u.test(t);
const isLatin = (t: string) => /[A-Za-z]/.test(t) && !isHan(t);

/** "SGD" for "stochastic gradient descent", "NLP" for "Natural Language Processing". */
function spellsAcronym(acronym: string, text: string): boolean {
	if (!/^[A-Z]{2,8}s?$/.test(acronym)) return false;
	const initials = (text.match(/[A-Za-z]+/g) ?? [])
		.filter((w) => !/^(?:of|and|the|for|to|in|on|a|an)$/i.test(w))
		.map((w) => w[0].toUpperCase())
		.join('');
	return initials.includes(acronym.replace(/s$/, ''));
}

/**
 * A bracket right after the span that glosses it: a translation ("大模型
 * （Large-scale Model）"), a synonym ("label (or target)") or its acronym.
 * A remark in brackets ("(source: …)") is no gloss: glosses run short and
 * hold no colon.
 */
function glossAfter(span: string, after: string): boolean {
	const open = after.search(/\S/);
	if (open < 0 || !OPEN.test(after[open])) return false;
	const inner = bracketAt(after, open);
	if (!inner || inner.length > 40 || /[:：]/.test(inner)) return false;
	return (
		/^\s*(?:or|i\.e\.|also|即|又称|也称|简称|或称|英文|英语)/iu.test(inner) ||
		(isHan(span) && isLatin(inner)) ||
		(isLatin(span) && isHan(inner)) ||
		spellsAcronym(inner.split(/[,，]/).pop()!.trim(), span) ||
		spellsAcronym(span, inner)
	);
}

/**
 * The span sits in a bracket that glosses the term before it: "梯度下降
 * （[gradient descent]）", "normal distribution (also called the [Gaussian])",
 * "（Natural Language Processing，[NLP]）". A span in any other bracket (an
 * example, a d2l slide marker) is not glossed.
 */
function glossInside(sentence: string, start: number, end: number): boolean {
	const b = enclosingBracket(sentence, start, end);
	if (!b) return false;
	const spanAt = start - (b.open + 1);
	const rest = b.inner.slice(0, spanAt) + b.inner.slice(spanAt + (end - start));
	const span = sentence.slice(start, end);
	return GLOSS_WORDS.test(rest) || spellsAcronym(span, rest);
}

function overlapsAny(re: RegExp, text: string, start: number, end: number): boolean {
	for (const m of text.matchAll(new RegExp(re.source, 'g')))
		if (m.index! < end && m.index! + m[0].length > start) return true;
	return false;
}

/** A span cut at a comma, a TeX mark or a bracket (", b^"), not at a word. */
const FRAGMENT_EDGE = /^[\s,，.。;；:：、!！?？^_\\)）]|[\s,，;；:：、^_\\(（]$/u;

/** Latin words and CJK ideographs of a span, for "is this a whole clause". */
const LATIN_WORD = /[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*/g;
const HAN = /\p{Script=Han}/gu;
/** Longest span that is still a term: "minibatch stochastic gradient descent" is 4 words. */
export const CLAUSE_WORDS = 4;
export const CLAUSE_HAN = 12;

/**
 * What is wrong with a cloze's hidden span: a gloss beside the blank gives
 * it away; a function word or a fragment teaches nothing; a whole clause
 * cannot be recalled word for word; a span in math or code is not prose.
 * @param source the article's Markdown, to see code marks that the sentence lost
 */
export function clozeFaults(card: Card, source?: string): ClozeFault[] {
	const f = facetOf(card);
	if (f.type !== 'cloze') return [];
	const { sentence, span } = f;
	const at = f.at >= 0 && sentence.startsWith(span, f.at) ? f.at : sentence.indexOf(span);
	const end = at + span.length;
	const out: ClozeFault[] = [];
	if (at >= 0) {
		const after = sentence.slice(end);
		if (GLOSS_AFTER.test(after) || glossAfter(span, after) || glossInside(sentence, at, end))
			out.push('glossed');
	}
	const words = span.trim().toLowerCase();
	// A term hidden with its own gloss ("LSTM（Long Short-Term Memory）") is not a clause.
	const core = words.replace(/[(（][^()（）]*[)）]/g, ' ').trim();
	const latin = core.match(LATIN_WORD) ?? [];
	// "the principle of maximum likelihood" is a 4-word term: an article does not make a clause.
	const counted = /^(?:the|an?)$/.test(latin[0] ?? '') ? latin.slice(1) : latin;
	const han = core.match(HAN)?.length ?? 0;
	const fragment = !/[\p{L}\p{N}]/u.test(words) || FRAGMENT_EDGE.test(span);
	const onlyFunctionWords =
		FUNCTION_WORDS.has(words) ||
		(!han && latin.length > 0 && latin.every((w) => FUNCTION_WORDS.has(w)));
	if (fragment || onlyFunctionWords) out.push('function-word');
	if (counted.length > CLAUSE_WORDS || han > CLAUSE_HAN || /[，；。！？;!?]|, /.test(core))
		out.push('clause');
	if (
		/[$\\]/.test(span) ||
		(at >= 0 &&
			(overlapsAny(DOLLAR_MATH, sentence, at, end) || overlapsAny(PAREN_MATH, sentence, at, end)))
	)
		out.push('in-math');
	if (source && inCodeOnly(span, source, card.context)) out.push('in-code');
	return out;
}

/** Every occurrence of the span in the card's source lines is inside backticks or a code block. */
function inCodeOnly(span: string, source: string, ctx: CardContext): boolean {
	const text = source
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.slice(ctx.line - 1, ctx.endLine)
		.join('\n');
	let seen = false;
	for (let i = text.indexOf(span); i >= 0; i = text.indexOf(span, i + 1)) {
		seen = true;
		const end = i + span.length;
		if (!overlapsAny(CODE_SPAN, text, i, end) && !overlapsAny(FENCE, text, i, end)) return false;
	}
	return seen;
}

// ---------------------------------------------------------------------------
// Formulas named after their section heading

/**
 * A formula card whose name is its section's title while the text around
 * the formula never says it: the name was borrowed from the heading, and
 * is often wrong (a section on "Loss" shows three formulas, not one loss).
 */
export function namedAfterHeading(card: Card, source: string): boolean {
	const f = facetOf(card);
	const name = f.type === 'formula' || f.type === 'symbol' ? f.name : undefined;
	const title = card.context.headingPath.at(-1);
	if (!name || !title || plainKey(name) !== plainKey(title)) return false;
	// The paragraph before (lead-ins run to ~5 lines in d2l) and the legend after.
	const around = source
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.slice(Math.max(0, card.context.line - 7), card.context.endLine + 3)
		.filter((l) => !/^\s{0,3}#/.test(l))
		.join(' ');
	return !plainKey(around).includes(plainKey(name));
}

// ---------------------------------------------------------------------------
// Sections

/** Sections (below the title) with paragraphs or lists of their own, back matter aside (see `isLearnable`). */
export function proseSections(article: Article): Section[] {
	return allSections(article.outline).filter(isLearnable);
}

/**
 * Prose sections no card draws on: none of the cards (or the places merged
 * into them) lies in the section's lines or below its heading. Computed
 * here rather than read from the `empty-section` warnings, so that a change
 * to the warning cannot hide a section from the report.
 */
export function sectionsWithoutCards(article: Article, cards: Card[]): Section[] {
	const contexts = cards.flatMap((c) => [
		c.context,
		...(c.alsoIn ?? []).filter((a) => a.articleId === article.id).map((a) => a.context)
	]);
	const under = (path: string[], s: Section) => s.path.every((t, i) => path[i] === t);
	return proseSections(article).filter(
		(s) =>
			!contexts.some(
				(c) => (c.line <= s.lines.end && c.endLine >= s.lines.start) || under(c.headingPath, s)
			)
	);
}

// ---------------------------------------------------------------------------
// The report

/** Longest answer readable "in a few seconds" (the rubric's ~600) and the hard cap. */
export const LONG_ANSWER = 600;
export const TOO_LONG_ANSWER = 1500;

export interface QualityFigures {
	cards: number;
	kinds: Record<CardKind, number>;
	/** Cards with markup debris, and how many cards show each kind. */
	debris: number;
	debrisKinds: Partial<Record<DebrisKind, number>>;
	headingOnly: number;
	leadIn: number;
	over600: number;
	over1500: number;
	/** Cards sharing their answer with a card that is not their deliberate pair. */
	shared: number;
	/** Clozes with at least one fault, and how many show each fault. */
	badClozes: number;
	clozeFaults: Partial<Record<ClozeFault, number>>;
	namedAfterHeading: number;
	proseSections: number;
	emptySections: number;
	/** Defective cards per defect and card kind ("lead-in: formula 12, cloze 9"). */
	byKind: Partial<Record<DefectCode, Partial<Record<CardKind, number>>>>;
}

export type DefectCode =
	| 'debris'
	| 'heading-only'
	| 'lead-in'
	| 'long'
	| 'too-long'
	| 'shared-answer'
	| 'cloze'
	| 'named-after-heading'
	| 'empty-section';

/** One defect, located for `npm run quality -- --show`. */
export interface Defect {
	code: DefectCode;
	line: number;
	/** What is wrong (debris kinds, cloze faults, the length…). */
	detail: string;
	/** The card's front (or the section's title), for reading. */
	text: string;
}

function count<K extends string>(into: Partial<Record<K, number>>, keys: K[]) {
	for (const k of keys) into[k] = (into[k] ?? 0) + 1;
}

/** Every figure of one article's deck, and the defects behind them. */
export function assess(
	article: Article,
	cards: Card[]
): { figures: QualityFigures; defects: Defect[] } {
	const headings = headingKeys(article);
	const defects: Defect[] = [];
	const fig = emptyFigures();
	const add = (code: DefectCode, c: Card, detail = '') => {
		defects.push({ code, line: c.context.line, detail, text: c.front });
		count((fig.byKind[code] ??= {}), [c.kind]);
	};
	fig.cards = cards.length;
	for (const c of cards) {
		fig.kinds[c.kind]++;
		const debris = cardDebris(c);
		if (debris.length) {
			fig.debris++;
			count(fig.debrisKinds, debris);
			add('debris', c, debris.join(', '));
		}
		if (isHeadingOnly(c, headings)) {
			fig.headingOnly++;
			add('heading-only', c, answerCore(c.back));
		}
		if (isLeadInOnly(c)) {
			fig.leadIn++;
			add('lead-in', c, answerCore(c.back));
		}
		const length = answerLength(c);
		if (length > LONG_ANSWER) {
			fig.over600++;
			add(length > TOO_LONG_ANSWER ? 'too-long' : 'long', c, `${length} characters`);
		}
		if (length > TOO_LONG_ANSWER) fig.over1500++;
		const faults = clozeFaults(c, article.source);
		if (faults.length) {
			fig.badClozes++;
			count(fig.clozeFaults, faults);
			add('cloze', c, faults.join(', ') + `: “${(facetOf(c) as { span: string }).span}”`);
		}
		if (namedAfterHeading(c, article.source)) {
			fig.namedAfterHeading++;
			add('named-after-heading', c, c.context.headingPath.at(-1) ?? '');
		}
	}
	for (const c of sharedAnswers(cards)) {
		fig.shared++;
		add('shared-answer', c, answerCore(c.back).slice(0, 80));
	}
	fig.proseSections = proseSections(article).length;
	for (const s of sectionsWithoutCards(article, cards)) {
		fig.emptySections++;
		defects.push({ code: 'empty-section', line: s.lines.start, detail: '', text: s.title });
	}
	defects.sort((a, b) => a.line - b.line);
	return { figures: fig, defects };
}

export function emptyFigures(): QualityFigures {
	return {
		cards: 0,
		kinds: Object.fromEntries(CARD_KINDS.map((k) => [k, 0])) as Record<CardKind, number>,
		debris: 0,
		debrisKinds: {},
		headingOnly: 0,
		leadIn: 0,
		over600: 0,
		over1500: 0,
		shared: 0,
		badClozes: 0,
		clozeFaults: {},
		namedAfterHeading: 0,
		proseSections: 0,
		emptySections: 0,
		byKind: {}
	};
}

/** Figures of several articles added up (percentages are taken from the sums). */
export function sumFigures(all: QualityFigures[]): QualityFigures {
	const total = emptyFigures();
	for (const f of all) {
		for (const k of CARD_KINDS) total.kinds[k] += f.kinds[k];
		for (const [k, v] of Object.entries(f.debrisKinds)) count(total.debrisKinds, Array(v).fill(k));
		for (const [k, v] of Object.entries(f.clozeFaults)) count(total.clozeFaults, Array(v).fill(k));
		for (const [code, kinds] of Object.entries(f.byKind) as [
			DefectCode,
			Record<CardKind, number>
		][])
			for (const [k, v] of Object.entries(kinds))
				count((total.byKind[code] ??= {}), Array(v).fill(k as CardKind));
		for (const key of [
			'cards',
			'debris',
			'headingOnly',
			'leadIn',
			'over600',
			'over1500',
			'shared',
			'badClozes',
			'namedAfterHeading',
			'proseSections',
			'emptySections'
		] as const)
			total[key] += f[key];
	}
	return total;
}

/** One figure beside its budget (none: reported only). */
export interface Measure {
	key: string;
	label: string;
	value: number;
	unit: 'cards' | '%' | 'sections';
	/** The most allowed; absent for figures that are only reported. */
	limit?: number;
	ok: boolean;
}

const pct = (n: number, of: number) => (of ? (100 * n) / of : 0);

/** The acceptance budgets (issue 14), figure by figure. */
export function measures(f: QualityFigures): Measure[] {
	const m = (key: string, label: string, value: number, unit: Measure['unit'], limit?: number) => ({
		key,
		label,
		value,
		unit,
		...(limit === undefined ? {} : { limit }),
		ok: limit === undefined || value <= limit + 1e-9
	});
	return [
		m('debris', 'markup debris', f.debris, 'cards', 0),
		m('headingOnly', 'heading-only answers', f.headingOnly, 'cards', 0),
		m('leadIn', 'lead-in-only answers', f.leadIn, 'cards', 0),
		m('over600', `answers over ${LONG_ANSWER} characters`, f.over600, 'cards'),
		m(
			'over1500',
			`answers over ${TOO_LONG_ANSWER.toLocaleString('en')} characters`,
			f.over1500,
			'cards',
			0
		),
		m('shared', 'cards sharing an answer (not reverses)', pct(f.shared, f.cards), '%', 2),
		m('badClozes', 'clozes glossed, function word, clause, math/code', f.badClozes, 'cards', 0),
		m('namedAfterHeading', 'formula cards named after their heading', f.namedAfterHeading, 'cards'),
		m(
			'emptySections',
			'prose sections without cards',
			pct(f.emptySections, f.proseSections),
			'%',
			25
		)
	];
}
