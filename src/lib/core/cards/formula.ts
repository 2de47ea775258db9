import { stripInline } from '../content/headings';
import type { Block, Section } from '../content/types';
import { formulaName, nameAfter } from './formula-name';
import { dangles } from '../text/dangling';
import { normalise } from '../text/normalise';
import {
	isContentful,
	isFrameOnly,
	isOpen,
	isProseOnly,
	dropBackReference,
	leadAsAnswer,
	leadWeight,
	ownText,
	proseSentences,
	resolveEqrefs,
	stripConnective,
	unwrapLines,
	type Owned
} from './formula-text';
import { isObviousMeaning, parseLegend, type LegendEntry } from './legend';
import type { Extraction } from './extract';
import { contextOf } from './text';
import type { CardDraft } from './types';

export { formulaName } from './formula-name';

type MathBlock = Extract<Block, { kind: 'math' }>;

/** One display formula with the text that belongs to it. */
interface Found {
	block: MathBlock;
	section: Section;
	own: Owned;
	/** The paragraph before and after it, when the formula uses them (for the card's lines). */
	prev?: Block;
	next?: Block;
	/** The formula right before it in a display run (no text between them). */
	runHead?: MathBlock;
	/** Only one paragraph stands between it and the formula before (a derivation step). */
	adjacent?: boolean;
	/** The formula before it in the section. */
	previous?: MathBlock;
}

const isFormula = (b: Block | undefined): b is MathBlock =>
	b?.kind === 'math' && !isProseOnly(b.tex);
const para = (b: Block | undefined) => (b?.kind === 'paragraph' ? b : undefined);

/** "其中：" / "where:" alone: the legend is the list that follows. */
const LEGEND_HEAD = /^\s*(?:其中|式中|这里|此处|where|here)\s*[，,：:]?\s*$/iu;
/** A list item that explains a symbol: "$x_i$ 是输入向量的第 $i$ 个元素", "$b$: the bias". */
const SYMBOL_ITEM = /^\s*(?:\*\*)?(?:\$[^$]+\$|\\\(.+?\\\))/;
/** "x 是输入", "d_k: the key size": a bare Latin symbol, after "其中：" only. */
const BARE_ITEM = /^\s*[A-Za-z][\w^{}]*\s*(?:是|为|表示|代表|指|[:：]|is\b|are\b|denotes\b)/u;

/**
 * A list that is a formula's legend, as one legend paragraph: the items after "其中：" /
 * "where:", or a list right after a formula whose items each open with a symbol. Flattened,
 * each item would be a paragraph of its own and only "其中：" would reach the legend (set1's
 * RMSNorm made no symbol card of its four items).
 */
function legendList(head: Block | undefined, list: Block): Block | null {
	if (list.kind !== 'list' || !list.items.length) return null;
	const texts: string[] = [];
	for (const { blocks } of list.items) {
		const [p] = blocks;
		if (blocks.length !== 1 || p.kind !== 'paragraph') return null;
		texts.push(p.text.trim());
	}
	const headed = head?.kind === 'paragraph' && LEGEND_HEAD.test(head.text);
	const explains = (t: string) => SYMBOL_ITEM.test(t) || (headed && BARE_ITEM.test(t));
	if (!(headed || isFormula(head)) || !texts.every(explains)) return null;
	const zh = texts.some((t) => /\p{Script=Han}/u.test(t.replace(/\$[^$]*\$/g, '')));
	const opener = headed ? (head as Extract<Block, { kind: 'paragraph' }>).text.trim() : '';
	const body = texts.map((t) => t.replace(/[。；;.,，]+$/u, '')).join(zh ? '；' : '; ');
	const start = headed ? head!.lines.start : list.lines.start;
	const lead = opener ? opener.replace(/[：:]?\s*$/u, zh ? '：' : ': ') : zh ? '其中，' : 'where ';
	return {
		kind: 'paragraph',
		text: `${lead}${body}${zh ? '。' : '.'}`,
		lines: { start, end: list.lines.end }
	};
}

/** Blocks of a section in reading order, lists and quotes opened, legend lists kept whole. */
function readingBlocks(blocks: Block[]): Block[] {
	const out: Block[] = [];
	for (const b of blocks) {
		if (b.kind === 'list') {
			const last = out[out.length - 1];
			const legend = legendList(last, b);
			if (legend && last?.kind === 'paragraph') out[out.length - 1] = legend;
			else if (legend) out.push(legend);
			else b.items.forEach((it) => out.push(...readingBlocks(it.blocks)));
		} else if (b.kind === 'quote') out.push(...readingBlocks(b.blocks));
		else out.push(b);
	}
	return out;
}

/** Every display formula of a section with its lead-in, after-text and legend. */
function findFormulas(section: Section): Found[] {
	const blocks = readingBlocks(section.blocks);
	const out: Found[] = [];
	const explains = (tex: string) => (s: string) => parseLegend(s, tex).length > 0;
	blocks.forEach((block, k) => {
		if (!isFormula(block)) return;
		const prev = para(blocks[k - 1]);
		const next = para(blocks[k + 1]);
		const before = prev ? proseSentences(prev.text) : [];
		const after = next ? proseSentences(next.text) : [];
		const tex = block.tex.trim();
		const leadLast = before[before.length - 1] ?? '';
		// The sentence goes on after the formula: "…can be written as $$…,$$ which holds…",
		// "This means that, if we use $$…$$ to iterate $x$".
		const midSentence = !!leadLast && isOpen(leadLast) && !/[：:]\s*$/.test(leadLast);
		const closed = /\.\s*$/.test(tex) || (!/,\s*$/.test(tex) && !midSentence);
		const before2 = blocks[k - 2];
		const own = ownText({
			before,
			after,
			closed,
			beforeFollowsFormula: !!prev && isFormula(before2),
			afterLeadsFormula: !!next && isFormula(blocks[k + 2]),
			explainsThis: explains(tex),
			...(isFormula(before2) ? { explainsPrevious: explains(before2.tex) } : {})
		});
		// In a run of formulas with no text between them the lead-in introduces the first;
		// the others would only repeat its description (and get asked for the step before).
		const last = out[out.length - 1];
		const inRun = isFormula(blocks[k - 1]) && last?.block === blocks[k - 1];
		if (inRun) {
			out.push({
				block,
				section,
				own: { ...own, lead: [] },
				...(next ? { next } : {}),
				runHead: last.block,
				previous: last.block
			});
			return;
		}
		out.push({
			block,
			section,
			own,
			...(prev ? { prev } : {}),
			...(next ? { next } : {}),
			...(last ? { previous: last.block } : {}),
			...(last && last.block === before2 ? { adjacent: true } : {})
		});
	});
	return out;
}

/** The name a formula's text gives it, and the sentences that describe it. */
function describe(
	f: Found,
	zh: boolean,
	loose: string[],
	labels: ReadonlyMap<string, string>
): { name: string | null; description: string; raw: string; leadOnly: boolean } {
	const { lead, carriesOn, afterFirst } = f.own;
	const leadSentence = lead[lead.length - 1] ?? '';
	const afterName = afterFirst ? nameAfter(afterFirst) : null;
	const found = (leadSentence ? formulaName(leadSentence) : null) ?? afterName;
	// "损失函数" / "the loss function" says only what kind of formula it is: the specific
	// name the text gives nearby ("…is called cross-entropy loss"), or no name at all.
	const name = closed(
		found && isCategoryName(found)
			? specificName(found, [
					...lead.slice(-2),
					...f.own.after.slice(0, 2),
					...(afterFirst ? [afterFirst] : [])
				])
			: found
	);
	// What a sentence says beyond the name ("**均方误差（MSE）**：" says nothing more).
	const beyond = (s: string) => (name ? stripInline(s).replace(name, '') : s);
	let leadParts = leadSentence ? [leadSentence] : [];
	// A lead-in that says little ("即：", "Hence we arrive at") takes the sentences before it,
	// up to two, until there are some 15 characters of content (unless it names the formula).
	if (!name) {
		let k = lead.length - 1;
		while (
			k > 0 &&
			leadParts.length < 3 &&
			(!isContentful(leadParts.join(' ')) ||
				leadWeight(leadParts.join(' ')) < 15 ||
				// "It is a vector of $d$ partial derivatives": say what "it" is.
				/^(?:(?:it|this|that)\b|它|这|其)/iu.test(stripConnective(leadParts[0], zh)))
		)
			leadParts.unshift(lead[--k]);
	}
	// "因此，" / "如下式：" add nothing once the sentence before is there.
	const tail =
		leadParts.length > 1 && zh && !isContentful(leadSentence) && leadWeight(leadSentence) <= 6;
	if (tail) leadParts = leadParts.slice(0, -1);
	// The sentence the formula stands in goes on after it: "…can be written as $$…,$$ which holds …".
	const first = afterFirst ?? '';
	const rest = carriesOn && (f.own.after[0] === first || loose[0] === first) ? first : '';
	const after = [...f.own.after, ...loose].filter((s) => s !== rest);
	const before: string[] = [];
	if (leadParts.length && (rest || isContentful(beyond(leadParts.join(' '))))) {
		const last = leadParts[leadParts.length - 1];
		before.push(...leadParts.slice(0, -1), tail ? last : leadAsAnswer(last, zh, rest));
	}
	const behind = [...after];
	if (afterName && afterFirst && !before.includes(afterFirst) && !f.own.after.includes(afterFirst))
		behind.push(afterFirst);
	const sep = zh ? '' : ' ';
	const compose = (xs: string[]) => {
		const kept = xs.filter((x) => !isFrameOnly(x));
		if (kept.length) kept[0] = stripConnective(kept[0], zh);
		const text = dropBackReference(kept, zh).join(sep).trim();
		return resolveEqrefs(text, zh, f.block.label, labels);
	};
	const some = (d: string) => !!d && isContentful(beyond(d));
	const ok = (d: string) => some(d) && !comparesOnly(d, zh);
	const raw = compose([...before, ...behind]);
	// "This is a general quadratic function." right after the formula: "this" is the formula.
	const itIsTheFormula = (d: string) =>
		d
			.replace(
				/^(?:This|It)(?= (?:is|means|gives|shows|says|defines|computes|yields|holds|reads|describes|expresses|captures|implies)\b)/,
				'This formula'
			)
			.replace(/^这(?=是|就是|表示|意味着|说明|给出)/u, '这个公式');
	// A lead-in that says "上式" / "this formula" before the formula means an earlier one.
	const leadPoints = leadParts.some((s) =>
		/上式|上述公式|\b(?:the above|this|that) (?:equation|formula)\b/iu.test(s)
	);
	// The whole description, else what follows the formula (it interprets it: "即…",
	// "In other words…"), else the lead-in alone; none that points at what the card lacks.
	const candidates = [leadPoints ? '' : raw, compose(behind), leadPoints ? '' : compose(before)];
	const readable = (d: string, k: number) =>
		!dangles(k === 1 ? itIsTheFormula(d) : d, zh, { formula: true });
	const description =
		candidates.find((d, k) => ok(d) && readable(d, k)) ??
		candidates.find((d, k) => ok(d) && readable(softened(d), k)) ??
		'';
	const leadOnly = !!description && !compose(behind);
	const kept = description && !restates(description, zh) ? description : '';
	// "RMSNorm 的参数设置…只有一个可学参数" is a side property; "…通过计算每个神经元的均方根来
	// 归一化每个隐藏层的激活值" says what the formula computes (set1's card 61).
	const computing = kept && computes(kept, zh) ? null : computingSentence(f, name, zh, kept);
	if (computing) {
		const d = resolveEqrefs(computing, zh, f.block.label, labels);
		return { name, description: d, raw: d, leadOnly: false };
	}
	// The last-resort card may still say what the formula resembles.
	return { name, description: kept, raw: some(raw) ? raw : '', leadOnly: leadOnly && !!kept };
}

/**
 * A one-sentence description that only likens the formula to another computation: "For
 * time step $t$, the output of the output layer is similar to the computation in the
 * multilayer perceptron." says what it resembles, not what it computes (set2's RNN card 7,
 * judged weak). Such a formula keeps its other cards.
 */
function comparesOnly(d: string, zh: boolean): boolean {
	if (proseSentences(d).length > 1 || computes(d, zh)) return false;
	return zh
		? /类似于|相似于|(?:与|和|跟|同).{1,24}?(?:类似|相似|一样|相仿|相同)|同理/u.test(d)
		: /\b(?:is|are|works?|behaves?)\s+(?:\w+\s+)?(?:similar|analogous|comparable|akin|identical)\s+to\b|\b(?:is|are)\s+(?:\w+\s+)?the same as\b|\bjust (?:like|as)\b/i.test(
				d
			);
}

/** Verbs that say what a formula computes (rather than a property of it). */
const COMPUTES_ZH =
	/计算|归一化|标准化|规范化|衡量|度量|求和|求出|映射|缩放|变换|加权|平均|除以|乘以|相乘|相加|定义为|等于/u;
const COMPUTES_EN =
	/\b(?:computes?|computed|calculates?|calculated|normali[sz](?:es|ed|ing)?|standardi[sz](?:es|ed)?|rescales?|scales?|maps?|measures?|(?:is|are) defined as|divides?|divided|multiplies|multiplied|sums?|averages?|transforms?|projects?|squashes|equals)\b/i;
const computes = (s: string, zh: boolean) => (zh ? COMPUTES_ZH : COMPUTES_EN).test(s);

/**
 * What the formula's left-hand side is called: the function it defines (`\text{RMSNorm}(x)`,
 * `GELU(x)`, `\mathrm{softmax}(\mathbf{o})`) and the name the text gives it, without a
 * trailing "函数 / function". Single letters name nothing.
 */
function lhsNames(tex: string, name: string | null): string[] {
	const lhs = tex.split(/=|\\leftarrow|\\coloneqq|:=/)[0] ?? '';
	const words = [
		...lhs.matchAll(/\\(?:text|mathrm|operatorname|textrm|mathit)\s*\{([A-Za-z][\w-]+)\}/g)
	].map((m) => m[1]);
	const bare = lhs.replace(/\\[A-Za-z]+(?:\s*\{[^{}]*\})?/g, ' ');
	words.push(...(bare.match(/[A-Za-z]{2,}(?=\s*\()/g) ?? []));
	if (name) words.push(name.replace(/\s*(?:函数|的公式|公式|function)$/iu, ''));
	return [...new Set(words.filter((w) => w.length >= 2))];
}

/**
 * A sentence of the formula's lead-in or the sentence right after it that names its
 * left-hand side and says what it computes ("T5 … 采用了 RMSNorm，通过计算每个神经元的均方根
 * 来归一化每个隐藏层的激活值。"), when the description found says no such thing. Null when
 * none: frames ("RMSNorm函数可以用以下数学公式表示：") and dangling sentences never count.
 */
function computingSentence(f: Found, name: string | null, zh: boolean, kept: string) {
	const names = lhsNames(f.block.tex, name);
	if (!names.length) return null;
	const near = [...f.own.lead].reverse();
	if (f.own.afterFirst) near.push(f.own.afterFirst);
	for (const raw of near) {
		const s = stripConnective(raw, zh);
		if (kept.includes(s) || !computes(s, zh) || isOpen(s)) continue;
		const plain = stripInline(s);
		const named = names.find((n) => plain.toLowerCase().includes(n.toLowerCase()));
		if (!named || isFrameOnly(plain.replace(named, ''))) continue;
		if (dangles(s, zh, { formula: true }) || restates(s, zh)) continue;
		return s;
	}
	return null;
}

/**
 * A name cut inside its gloss ("交叉熵损失（cross-entr") keeps the part before the
 * unclosed bracket; a name left empty is no name.
 */
function closed(name: string | null): string | null {
	if (!name) return null;
	const open = Math.max(name.lastIndexOf('（'), name.lastIndexOf('('));
	const close = Math.max(name.lastIndexOf('）'), name.lastIndexOf(')'));
	const cut = open > close ? name.slice(0, open).trim() : name;
	return cut.length >= 2 ? cut : null;
}

/**
 * A description that only frames the formula or points past the card. Judged
 * on unseen articles, these were the formula cards a learner called weak or
 * wrong: a lead-in whose ":" became "this formula" and nothing else ("where
 * … the loss function $l$ is this formula", "…可以用下式来选择…"), a cleaned
 * cross-reference ("Plugging the equation into…", "将公式代入损失公式中"),
 * "these two pieces", "in our case". Such a formula keeps its name and
 * symbol cards, or the last-resort card.
 */
export function restates(d: string, zh: boolean): boolean {
	const t = d.trim();
	// Two d2l cross-references ("Plugging :eqref:`a` into … :eqref:`b`") read as "the
	// equation … the equation" once cleaned (cards/fit.ts): the card shows neither.
	if ((t.match(/:(?:eq)?ref:|:numref:/g) ?? []).length >= 2) return true;
	if (zh)
		return /(?:^|[^上下这该此个本])公式(?!中的)/u.test(t) || /用下式来|这两|两部分|这些/u.test(t);
	return (
		/\b(?:the|an?) equations?\b(?! (?:above|below) is)/i.test(t) ||
		/\b(?:these|those)\b|\bin our case\b|\b(?:two|both) pieces\b/i.test(t)
	);
}

/**
 * A Chinese description with its inner demonstratives dropped ("将这一个 mini-batch 的
 * 样本…" names its referent right after "这一个"): it still fails when it opens with one,
 * points at an unshown formula or figure, or leans on a connective. "此处/这里" opening a
 * sentence after the formula means the formula itself. A second choice, after descriptions
 * that pass `dangles` as they are.
 */
const softened = (d: string) =>
	d
		// "Consider a function f…", "One way to motivate X is to assume…" set up the formula
		// the card shows; they lean on nothing before.
		.replace(/^(?:考虑|让我们|我们来看)|^(?:Consider|Let us|Let's|One way)\b\s*/u, '')
		.replace(/(?<=[。！？])(?:此处|这里|在这里)/gu, '式中')
		.replace(/(?<=.)(?:这一?个|那一?个|这一|这些)(?=[\p{Script=Han}A-Za-z ])/gu, '');

/** Names that only say what kind of formula it is ("损失函数", "the loss function"). */
const CATEGORY_ZH =
	/^(?:损失函数|损失|目标函数|代价函数|成本函数|误差函数|误差|激活函数|概率|概率分布|分布|公式|基本公式|计算公式|模型|优化目标|目标|期望|更新规则)$/u;
const CATEGORY_EN =
	/^(?:loss|loss function|objective|objective function|cost|cost function|error|error function|activation function|probability|distribution|model|update rule|estimate|estimator|score|scoring function)$/i;
const isCategoryName = (name: string) =>
	CATEGORY_ZH.test(name.trim()) || CATEGORY_EN.test(name.trim());

/**
 * The specific name of a formula that its text first calls by a category noun:
 * "…is called *cross-entropy loss*", "称为交叉熵损失", within the sentences
 * around it. The name must end with the category's head ("loss", "损失",
 * "函数"), so an unrelated term nearby is never taken; null when none.
 */
function specificName(category: string, near: string[]): string | null {
	const head = category.trim().split(/\s+/).pop()!.replace(/函数$/u, '');
	const headZh = /\p{Script=Han}/u.test(head) ? head.slice(-2) : '';
	for (const sentence of near) {
		const plain = stripInline(sentence).replace(/\*+/g, '');
		const named = nameAfter(sentence);
		const candidates = [
			named,
			...[
				...plain.matchAll(
					/\b(?:called|known as|referred to as|termed)\s+(?:the\s+|a\s+|an\s+)?((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)/gi
				)
			].map((m) => m[1]),
			...[
				...plain.matchAll(/(?:称为|称作|叫做|叫作|被称为)[“"「]?([^，。；,;：:”"」]{2,16})/gu)
			].map((m) => m[1])
		];
		for (const c of candidates) {
			if (!c || isCategoryName(c)) continue;
			const t = c.trim();
			if (headZh ? t.includes(headZh) : new RegExp(`\\b${head}s?\\b`, 'i').test(t)) return t;
		}
	}
	return null;
}

/**
 * Legend entries (the legend sentences, then explicit "denote by / 用…表示"
 * in the lead-in) and the legend sentences that explain no symbol after all
 * ("where broadcasting is applied…"), which describe the formula instead.
 */
function legendOf(f: Found): { entries: LegendEntry[]; used: string[]; loose: string[] } {
	const tex = f.block.tex;
	const entries: LegendEntry[] = [];
	const seen = new Set<string>();
	const used: string[] = [];
	const loose: string[] = [];
	const take = (found: LegendEntry[]) => {
		let n = 0;
		for (const e of found) {
			const key = e.symbol.replace(/\s+/g, '');
			if (seen.has(key)) continue;
			seen.add(key);
			entries.push(e);
			n++;
		}
		return n;
	};
	for (const s of f.own.legend) {
		if (take(parseLegend(s, tex))) used.push(s);
		// "Here we used $\mathbf{g}_{ii} = …$ to keep the notation simple" is about another
		// symbol, not what this formula is (set1's momentum card 3).
		else if (!isNotationAside(s)) loose.push(s);
	}
	take(parseLegend(f.own.lead.join(' '), tex, 'lead'));
	return { entries, used, loose };
}

/**
 * A legend sentence that explains none of the formula's symbols and only says how the
 * text writes things: "Here we used $g_{ii} = …$ to keep the notation simple", "这里为了
 * 简洁，我们记 $a = …$".
 */
function isNotationAside(s: string): boolean {
	return (
		/\bnotations?\b|\bnotational\b|\bfor (?:brevity|simplicity|convenience)\b|\bto keep (?:things|it) (?:simple|short|light)\b/i.test(
			s
		) ||
		/^(?:here|where)\s*,?\s+we\s+(?:use|used|write|wrote|define|defined|denote|denoted|abbreviate|abbreviated|drop|dropped)\b/i.test(
			s
		) ||
		/记号|符号|表示法|记法|简洁起见|简便起见|简单起见|为了简洁|为了简便|为了方便|方便起见/u.test(s)
	);
}

/** Symbols that share one meaning ask once: "$W_q$, $W_k$ and $w_v$" → the learnable parameters. */
function groupByMeaning(entries: LegendEntry[]): { symbols: string[]; meaning: string }[] {
	const groups: { symbols: string[]; meaning: string }[] = [];
	for (const e of entries) {
		const g = groups.find((x) => x.meaning === e.meaning);
		if (g) g.symbols.push(e.symbol);
		else groups.push({ symbols: [e.symbol], meaning: e.meaning });
	}
	return groups;
}

/**
 * A worked example ("MSE = \\frac{1}{2}(1 - 0)^2 = \\frac{1}{2}", "value = 0.6 * 10 + … = 8"):
 * it ends in a number, which it returns (and the TeX before it). Asking for
 * "the formula for MSE" with it as the answer would mislead, and asking
 * what it computes is trivial (the name stands in it), so it asks for the result.
 */
export function workedExample(tex: string): { steps: string; result: string } | null {
	const parts = tex.split(/=(?![^{]*\})/);
	if (parts.length < 2) return null;
	const last = parts[parts.length - 1].replace(/[\s.,]+$/, '').trim();
	if (!/^[-+]?\s*(?:\d+(?:\.\d+)?|\\frac\{\d+\}\{\d+\}|\\infty)$/.test(last)) return null;
	return { steps: parts.slice(0, -1).join('='), result: last };
}

export const isWorkedExample = (tex: string) => workedExample(tex) !== null;

// "GELU 的计算方式" asks "**GELU 的计算方式** 是什么？", not "…的计算方式的公式是什么？".
const endsWithFormulaWord = (name: string) =>
	/(?:公式|方程|等式|方式|形式|表达式|formula|equations?|rule|expression)$/iu.test(name);

function nameQuestion(name: string, zh: boolean): string {
	if (zh) return endsWithFormulaWord(name) ? `**${name}** 是什么？` : `**${name}** 的公式是什么？`;
	return endsWithFormulaWord(name)
		? `What is the **${name}**?`
		: `What is the formula for **${name}**?`;
}

function symbolQuestion(symbols: string[], name: string | null, zh: boolean): string {
	const many = symbols.length > 1;
	const list = symbols.map((s) => `$${s}$`).join(zh ? '、' : ', ');
	if (zh) {
		const where = name
			? endsWithFormulaWord(name)
				? `在 **${name}** 中`
				: `在 **${name}** 的公式中`
			: '在这个公式中';
		return `${where}，${list} ${many ? '都' : ''}表示什么？`;
	}
	const where = name
		? endsWithFormulaWord(name)
			? `In the **${name}**`
			: `In the formula for **${name}**`
		: 'In this formula';
	return `${where}, what ${many ? 'do' : 'does'} ${list} stand for?`;
}

/**
 * Formula cards for every display formula: name ↔ TeX when the text names
 * it, "what does it express" when the text describes it, one card per
 * meaning its legend gives. A formula the text neither names, describes nor
 * explains still gets one card (what comes before it in the derivation, or
 * the sentence it stands in), so every formula stays reviewable.
 */
export function formulaCards({ sections, zh }: Extraction): CardDraft[] {
	const out: CardDraft[] = [];
	// "$\alpha$ 为学习率" under gradient descent and again under SGD: asked once per article.
	const asked = new Set<string>();
	const labels = formulaLabels(sections);
	for (const section of sections) {
		for (const f of findFormulas(section)) out.push(...cardsOf(f, zh, asked, labels));
	}
	return telledApart(out, zh);
}

/**
 * Two formulas the text gives one name ("输出形状" with padding, and again with strides):
 * "What is the formula for X?" would have two answers, so each names its section.
 */
function telledApart(cards: CardDraft[], zh: boolean): CardDraft[] {
	const texOf = new Map<string, Set<string>>();
	for (const c of cards)
		if (c.facet.type === 'formula' && c.facet.ask === 'tex' && c.facet.name) {
			const k = normalise(c.facet.name);
			texOf.set(k, (texOf.get(k) ?? new Set()).add(c.facet.tex));
		}
	return cards.map((c) => {
		if (c.facet.type !== 'formula' || c.facet.ask !== 'tex' || !c.facet.name) return c;
		if ((texOf.get(normalise(c.facet.name))?.size ?? 0) < 2) return c;
		const where = stripInline(c.context.headingPath.at(-1) ?? '');
		if (!where || normalise(where) === normalise(c.facet.name)) return c;
		const front = zh
			? `在「${where}」中，${nameQuestion(c.facet.name, zh)}`
			: `In “${where}”, ${nameQuestion(c.facet.name, zh).replace(/^What/, 'what')}`;
		return { ...c, front };
	});
}

/** The TeX of every labelled display formula (`:eqlabel:`), by label. */
function formulaLabels(sections: Section[]): Map<string, string> {
	const labels = new Map<string, string>();
	const visit = (blocks: Block[]) => {
		for (const b of blocks) {
			if (b.kind === 'math' && b.label) labels.set(b.label, b.tex);
			else if (b.kind === 'list') b.items.forEach((it) => visit(it.blocks));
			else if (b.kind === 'quote') visit(b.blocks);
		}
	};
	sections.forEach((s) => visit(s.blocks));
	return labels;
}

function cardsOf(
	f: Found,
	zh: boolean,
	asked: Set<string>,
	labels: ReadonlyMap<string, string>
): CardDraft[] {
	const { block, section } = f;
	const tex = block.tex;
	const display = `$$\n${tex}\n$$`;
	const { entries: legend, used, loose } = legendOf(f);
	const described = describe(f, zh, loose, labels);
	const { description, raw, leadOnly } = described;
	// Numbers only ("[0.5, -0.5, -0.5, 0.5]") are a worked result, not a formula to name: asked by
	// name, it cannot be recalled without the numbers it came from.
	const name = /[A-Za-z]/.test(tex.replace(/\\[A-Za-z]+/g, '')) ? described.name : undefined;
	const legendText = resolveEqrefs(
		unwrapLines(used.join(zh ? '' : ' ')),
		zh,
		f.block.label,
		labels
	);
	const usesLead = !!f.prev && (!!name || !!description) && f.own.lead.length > 0;
	const usesNext =
		!!f.next &&
		(f.own.after.length > 0 ||
			f.own.legend.length > 0 ||
			(!!f.own.afterFirst && description.includes(f.own.afterFirst)));
	const start = usesLead ? f.prev!.lines.start : block.lines.start;
	const end = usesNext ? Math.max(f.next!.lines.end, block.lines.end) : block.lines.end;
	const base = {
		kind: 'formula' as const,
		context: contextOf(section, start, end),
		tex,
		// A formula's name, reverse and symbol cards answer each other: siblings.
		sibling: `formula:${block.lines.start}`
	};
	const join = (...parts: string[]) => parts.filter(Boolean).join('\n\n');
	const cards: CardDraft[] = [];

	const example = workedExample(tex);
	if (example) {
		cards.push({
			...base,
			front: `$$\n${example.steps.trim()} = \\;?\n$$\n\n${zh ? '算出结果。' : 'Work out the result.'}`,
			back: join(display, description),
			facet: {
				type: 'formula',
				tex,
				ask: 'result',
				result: example.result,
				...(name ? { name } : {})
			}
		});
	} else if (name) {
		cards.push({
			...base,
			front: nameQuestion(name, zh),
			back: join(display, legendText),
			facet: { type: 'formula', tex, ask: 'tex', name, ...(description ? { description } : {}) }
		});
	}
	if (name && !example) {
		cards.push({
			...base,
			front: `${display}\n\n${zh ? '这个公式是什么？' : 'What is this formula?'}`,
			back: join(`**${name}**`, description, legendText),
			facet: { type: 'formula', tex, ask: 'name', name, ...(description ? { description } : {}) }
		});
	} else if (description && !example) {
		// "令梯度为零，我们可以得到上式" says how the formula follows from the one before,
		// not what it is: asked as that step, with both formulas shown.
		const step = leadOnly ? stepCard(f, zh) : null;
		if (step) cards.push({ ...base, ...step });
		// A short lead-in alone sets the scene ("我们可以将估计值与实际值进行比较。"): judged weak
		// on unseen articles. The formula is asked by its symbols, or by the last-resort card.
		else if (!(leadOnly && description.length < (zh ? 25 : 60)))
			cards.push({
				...base,
				front: `${display}\n\n${zh ? '这个公式表示什么？' : 'What does this formula express?'}`,
				back: join(description, legendText),
				facet: { type: 'formula', tex, ask: 'meaning', description }
			});
	}
	const symbolCards: CardDraft[] = [];
	for (const { symbols, meaning } of groupByMeaning(legend)) {
		const key = `${symbols.join(',').replace(/\s+/g, '')}\u0000${meaning}`;
		if (asked.has(key)) continue;
		asked.add(key);
		// "$\mathbf{O}$ → the output variable" says only what the letter says: asked only
		// when the formula has nothing else to ask.
		const obvious = symbols.every((s) => isObviousMeaning(s, meaning));
		(obvious ? symbolCards : cards).push({
			...base,
			front: `${symbolQuestion(symbols, name ?? null, zh)}\n\n${display}`,
			back: meaning,
			facet: { type: 'symbol', symbol: symbols.join(', '), meaning, tex, ...(name ? { name } : {}) }
		});
	}
	if (!cards.length) {
		const fallback = unexplained(f, zh);
		if (fallback) cards.push({ ...base, ...fallback });
		else if (symbolCards.length) cards.push(...symbolCards);
		// Nothing else to ask: the description even though it leans on text the card
		// lacks (every display formula keeps one card).
		else if (raw && !example)
			cards.push({
				...base,
				front: `${display}\n\n${zh ? '这个公式表示什么？' : 'What does this formula express?'}`,
				back: raw,
				facet: { type: 'formula', tex, ask: 'meaning', description: raw }
			});
	}
	return cards;
}

/**
 * A formula the text neither names, describes nor explains (say a step of a
 * derivation whose lead-in only says "we obtain"). It still gets one card,
 * so no formula is lost. When its lead-in names the step ("将上述展开除以
 * $f''$得到"), the card shows the formula before it and this one and asks how
 * the text gets from one to the other; otherwise it asks which formula comes
 * right before it. The first formula of a section with nothing said about
 * it gets none.
 */
function unexplained(f: Found, zh: boolean): Pick<CardDraft, 'front' | 'back' | 'facet'> | null {
	const before = f.runHead ?? f.previous;
	if (!before) return null;
	const display = `$$\n${f.block.tex}\n$$`;
	const inline = before.tex.replace(/\s*\n\s*/g, ' ');
	const step = stepCard(f, zh);
	if (step) return step;
	const description = zh ? `紧接在 $${inline}$ 之后。` : `It comes right after $${inline}$.`;
	return {
		front: `${display}\n\n${zh ? '文中这个公式的前一个公式是什么？' : 'Which formula comes right before this one in the text?'}`,
		back: `$$\n${before.tex}\n$$`,
		facet: { type: 'formula', tex: f.block.tex, ask: 'meaning', description }
	};
}

/**
 * A derivation step: the formula before and this one, and how the text gets
 * from one to the other, when only the lead-in's paragraph stands between
 * them and it names the step. Null otherwise.
 */
function stepCard(f: Found, zh: boolean): Pick<CardDraft, 'front' | 'back' | 'facet'> | null {
	if (!f.adjacent || !f.previous || f.runHead) return null;
	// "将其代入泰勒展开式我们可以得到": the sentence before says what "其" is.
	const lead = f.own.lead;
	const step =
		stepOf(lead[lead.length - 1] ?? '', zh) ??
		(lead.length > 1 ? stepOf(lead.slice(-2).join(zh ? '' : ' '), zh) : null);
	if (!step) return null;
	return {
		front: `$$\n${f.previous.tex}\n$$\n\n$$\n${f.block.tex}\n$$\n\n${zh ? '文中如何由第一个公式得到第二个公式？' : 'How does the text get from the first formula to the second?'}`,
		back: step,
		facet: { type: 'formula', tex: f.block.tex, ask: 'meaning', description: step }
	};
}

/**
 * The step a derivation's lead-in names, as a sentence about the two formulas:
 * "将上述展开除以$f''$得到：" → "将第一个公式除以$f''$。", "Taking the derivative
 * … and setting it to zero yields" → "Taking the derivative … and setting it to
 * zero." Null when the lead-in says nothing of its own or points elsewhere.
 */
function stepOf(lead: string, zh: boolean): string | null {
	if (!lead || !isOpen(lead)) return null;
	let s = stripConnective(lead.trim().replace(/\s*[：:]\s*$/, ''), zh);
	const frame = zh
		? /[，,]?\s*(?:(?:我们)?(?:便|就|则)?(?:可以|可|能)?(?:得到|得出|可得|(?<![使获])得|(?<![具拥含所没])有|写成|写作|化简为|变为)(?:公式|下式|如下公式)?|那么|则)$/u
		: /\s*,?\s*(?:(?:we|one)\s+)?(?:(?:can|could|may|then|thus)\s+)*(?:obtain|get|have|arrive\s+at|yields?|gives?|leads?\s+to|results?\s+in)$/i;
	// "通过积化和差：", "Using the chain rule:": the means alone names the step.
	const means = zh ? /^(?:通过|利用|借助|运用|应用)/u : /^(?:using|applying|by)\b/i;
	if (!frame.test(s) && !means.test(s)) return null;
	s = s
		.replace(frame, '')
		.trim()
		// "…irrelevant. Hence we obtain": the connective that was left goes too.
		.replace(
			zh ? /[，,]?\s*(?:因此|所以|于是|从而)$/u : /[.,;]?\s*\b(?:hence|thus|so|therefore|then)$/i,
			''
		)
		.trim();
	// Judged before "the above expansion" becomes "the first formula" (filler words).
	const says = isContentful(s);
	// "上述展开" / "the above" is the first formula the card shows.
	s = zh
		? s.replace(/上述(?:展开式?|公式|等式|方程|式子)?|上式/gu, '第一个公式')
		: s.replace(
				/\bthe above(?:\s+(?:equation|formula|expression|expansion|result|identity|condition))?\b/gi,
				'the first formula'
			);
	// "将其代入…": a pronoun in the step's first sentence needs the sentence before.
	const first = s.split(/[。.]\s*/u)[0];
	const pronoun = zh
		? /(?<![尤极与])其(?![他它实次余中])|它|这(?!个公式)|那(?!么)/u
		: /^(?:it|this|that|these|those|they)\b(?! formula)/i;
	if (!says || dangles(s, zh) || pronoun.test(first)) return null;
	return zh ? `${s}。` : `${s}.`;
}
