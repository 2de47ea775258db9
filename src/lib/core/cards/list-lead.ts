/**
 * A list card's question from the sentence that leads into the list
 * ("RAG的基本结构有哪些呢？", "向量数据库的功能包括：", "The model has three
 * parts:"). The heading only names the section: under "Step 1: RAG流程介绍"
 * two lists (the modules, the flow) got the same front "「Step 1…」有哪些要点？",
 * and "构造 Agent 类有哪些步骤" asked for the class, not the runtime workflow the
 * list gives (fresh set 2, cards 19–22). A lead-in that says nothing beyond
 * "如下：" or "as follows:" gives null, and the caller falls back to the heading.
 */
import { stripInline } from '../content/headings';
import { dangles } from '../text/dangling';
import { zipf } from '../text/frequency';

/** Longest lead-in worth a question: past that it is a paragraph, not a prompt. */
const MAX_LEAD = { zh: 60, en: 140 };

/** Openers that only move the text along ("接下来，", "首先", "Next,"). */
const OPENER_ZH =
	/^(?:接下来|下面|首先|然后|其次|最后|此外|另外|同时|具体来说|具体而言|总的来说|总之|简单来说|那么)[，,\s]*/u;
/** "让我们梳理一下", "我们来看一下", "下面简单介绍": the writer's steps, not the question. */
const GUIDE_ZH =
	/^(?:让我们|我们来|我们先|我们|来)?(?:可以)?(?:先|再|一起|简单地?)?(?:梳理|看|了解|介绍|总结|概括|回顾|列举|说明|讲解|分析)(?:一下|下)?[，,\s]*/u;
/** A short label before the lead-in proper ("回答：选择框架主要考虑以下因素："). */
const LABEL_ZH = /^[^，。：:]{1,6}[：:]\s*(?=.{8})/u;
/** A count in the lead-in ("有三种方式", "分为两类"): the question asks which ones. */
const COUNT_ZH =
	/(?<![\d一二三四五六七八九十百千万])([二两三四五六七八九十]|\d+)\s*(个|种|类|点|项|步|条|大|部分)/u;
/** Words that carry no topic: a lead-in made only of these ("具体步骤如下") says nothing. */
const EMPTY_ZH =
	/哪些|哪|什么|怎样|怎么样|呢|吗|主要|具体|详细|一般|通常|以下|如下|下列|所示|包括|包含|分为|分成|可以|可|有|几|[点个种类项步条]|内容|方面|步骤|流程|过程|要点|方法|如|是|为|的|[，,：:？?\s]/gu;
/** Heads of a noun phrase that names what a list holds ("Agent 的工作流程：" needs no verb). */
const LIST_NOUN_ZH =
	/(?:步骤|流程|过程|优点|缺点|优势|劣势|特点|特征|功能|组成|模块|部分|方面|原因|挑战|方法|类型|种类|结构|要点|作用|应用|阶段|组件|因素|问题|区别|场景|用途|原则|策略)$/u;

/**
 * The question a Chinese lead-in asks, or null when it asks nothing the
 * heading does not (see module comment).
 */
function zhQuestion(lead: string, ordered: boolean): string | null {
	let t = lead.replace(LABEL_ZH, '');
	for (let prev = ''; prev !== t;) {
		prev = t;
		t = t.replace(OPENER_ZH, '').replace(GUIDE_ZH, '');
	}
	const order = ordered ? '（按顺序）' : '';
	let q: string | null = null;
	if (/[？?]$/u.test(t)) {
		// Already a question: only its particle goes ("有哪些呢？" → "有哪些？").
		q = t.replace(/[呢吗呀]?[？?]$/u, '') + order + '？';
	} else {
		t = t.replace(/[：:]$/u, '').trim();
		// "…从以下几个方面进行评估，每个评测集都有其用途": the clauses after the one that announces go.
		const at = t.search(/以下|下列|如下/u);
		if (at >= 0) t = t.slice(0, at) + t.slice(at).replace(/[，,；;].*$/u, '');
		const asFollows = t.match(
			/^(.+?)(?:主要)?(?:如下所示|如下|有如下几[点个种类项方面步条]?|有以下几[点个种类项方面步条]?)$/u
		);
		const thisIs = t.match(/^(?:以下|下面|如下)(?:是|为)(.+)$/u);
		if (thisIs) q = thisIs[1] + (ordered ? '是怎样的（按顺序）？' : '有哪些？');
		else if (asFollows) {
			const subject = asFollows[1].replace(/[的，,\s]+$/u, '');
			q = subject + (ordered ? '是怎样的（按顺序）？' : '有哪些？');
		} else if (/以下|下列|如下/u.test(t)) {
			// "带来了以下挑战" → "带来了哪些挑战", "分为以下几个阶段" → "分为哪几个阶段".
			q =
				t.replace(/(?:以下|下列|如下)(?:的)?(几[个点种类项方面步条])?(?:的)?/u, (_, few) =>
					few ? '哪' + few : '哪些'
				) +
				order +
				'？';
		} else if (COUNT_ZH.test(t)) q = t.replace(COUNT_ZH, '哪$1$2') + order + '？';
		else if (/(?:包括|包含|包括了|涉及|分为|分成|主要有|有)$/u.test(t))
			q = t + '哪些' + order + '？';
		else if (/(?:例如|比如|如)$/u.test(t))
			q = t.replace(/[，,]?(?:例如|比如|如)$/u, '') + '，例如哪些' + order + '？';
		else if (/(?:是|为)$/u.test(t)) q = t.replace(/(?:是|为)$/u, '') + '有哪些' + order + '？';
		else if (LIST_NOUN_ZH.test(t)) q = t + (ordered ? '是怎样的（按顺序）？' : '有哪些？');
	}
	if (!q || t.replace(EMPTY_ZH, '').length < 2) return null;
	// "这些步骤…", "上述…", "其…": the question leans on what the card does not show.
	if (/^(?:这|那|此|该|上述|其|它)/u.test(q) || dangles(q, true)) return null;
	return q;
}

/** English verbs a lead-in lists with, and their base form after "does". */
const VERBS: Record<string, string> = {
	has: 'have',
	have: 'have',
	includes: 'include',
	include: 'include',
	contains: 'contain',
	contain: 'contain',
	involves: 'involve',
	involve: 'involve',
	comprises: 'comprise',
	comprise: 'comprise',
	requires: 'require',
	require: 'require',
	offers: 'offer',
	offer: 'offer',
	provides: 'provide',
	provide: 'provide',
	'consists of': 'consist of',
	'consist of': 'consist of'
};
const VERB = new RegExp(`^(.+?)\\s+(${Object.keys(VERBS).join('|')})(?:\\s+(.*))?$`, 'i');
/** Quantifiers that say "some" without saying which: "the following steps" → "steps". */
const VAGUE =
	/\b(?:the following|following|several|a few|some|a number of|a couple of|various)\s+/gi;
const LIST_NOUN_EN =
	/\b(?:steps|stages|phases|advantages|disadvantages|benefits|drawbacks|limitations|parts|components|properties|features|reasons|challenges|types|kinds|methods|ways|ingredients|elements|factors|modules|ideas|points)\b/i;

/**
 * "The model" → "the model", "Training an RNN" → "training an RNN": a common word
 * loses its capital mid-question; a name (Adam, BERT) keeps it.
 */
const lowerDeterminer = (s: string) =>
	s.replace(/^[A-Z][a-z]*\b/, (w) => (zipf(w.toLowerCase()) >= 4 ? w.toLowerCase() : w));

/** The question an English lead-in asks, or null (see `zhQuestion`). */
function enQuestion(lead: string, ordered: boolean): string | null {
	let t = lead.replace(
		/^(?:First|Next|Then|Now|Finally|Here|Specifically|Concretely|Briefly|In short),?\s+/i,
		''
	);
	const order = ordered ? ', in order' : '';
	let q: string | null = null;
	if (/\?$/.test(t)) q = t.replace(/\?$/, '') + order + '?';
	else {
		t = t
			.replace(/:$/, '')
			.replace(/,?\s+(?:as follows|listed below|given below|below)$/i, '')
			.trim();
		const isAre = t.match(/^(.+?)\s+(is|are)(?:\s+the following)?$/i);
		const following = t.match(/^(?:the\s+)?following\s+(?:is|are)\s+(.+)$/i);
		const verb = t.match(VERB);
		if (following) q = `What are ${following[1]}${order}?`;
		else if (isAre) q = `What ${isAre[2].toLowerCase()} ${lowerDeterminer(isAre[1])}${order}?`;
		else if (verb) {
			const [, subject, v, rest = ''] = verb;
			const does = /s(?: of)?$/i.test(v) ? 'does' : 'do';
			const object = rest
				.replace(VAGUE, '')
				.replace(/^the following$/i, '')
				.trim();
			const base = VERBS[v.toLowerCase()];
			q = object
				? `What ${object} ${does} ${lowerDeterminer(subject)} ${base}${order}?`
				: `What ${does} ${lowerDeterminer(subject)} ${base}${order}?`;
		} else if (LIST_NOUN_EN.test(t) && !/\b(?:is|are|was|were|we|you|can|will|do|does)\b/i.test(t))
			q = `What are the ${lowerDeterminer(t).replace(/^the\s+/i, '')}${order}?`;
	}
	if (
		!q ||
		!/\b[a-z]{3,}\b/i.test(q.replace(/^What\b|\b(?:are|is|do|does|the|steps|in order)\b/gi, ''))
	)
		return null;
	if (dangles(q, false)) return null;
	return q.charAt(0).toUpperCase() + q.slice(1);
}

/**
 * The list's question from its lead-in paragraph (its last sentence, when it
 * ends in ":" or is a question), or null when there is none or it says
 * nothing the heading would not.
 * @param paragraph the Markdown paragraph right before the list
 * @param ordered the list is numbered: the question asks for the order too
 */
export function leadQuestion(paragraph: string, zh: boolean, ordered: boolean): string | null {
	const text = stripInline(paragraph).replace(/\s+/g, ' ').trim();
	// The last sentence: "完成文档切分后，需要…。向量数据库的功能包括：" leads with its last one.
	const last = (text.split(zh ? /(?<=[。！；;])/u : /(?<=[.!;])\s+/).at(-1) ?? '').trim();
	if (!/[：:？?]$/u.test(last)) return null;
	if (last.length > MAX_LEAD[zh ? 'zh' : 'en']) return null;
	return zh ? zhQuestion(last, ordered) : enQuestion(last, ordered);
}
