import { stripInline } from '../content/headings';
import type { Block, Section } from '../content/types';
import { dangles, dropConnective } from '../text/dangling';
import { isStopword } from '../text/frequency';
import { balanced, inside, protectedSpans, sentences, words } from '../text/segment';
import { headingTerm } from './concept';
import { ranksOnly } from './definiens';
import { plainText } from './definition';
import { normalise } from '../text/normalise';
import type { Extraction } from './extract';
import { isLearnable } from './scope';
import { contextOf, inFaq, itemHead } from './text';
import type { CardDraft } from './types';

/** A point is read in a few seconds: at most this many characters, whole sentences. */
const POINT_MAX = 280;
/** A first sentence shorter than this says too little alone ("大模型的应用很广。"). */
const POINT_MIN = 24;
/** Words that point elsewhere in the article ("上述代码", "the figure below", "以…为例"). */
const POINTS_ELSEWHERE =
	/上述|上面|下面|如下|以下|前面|后面|上一节|下一节|上节|本节|本章|本文|为例|下图|上图|如图|\b(?:above|below|following|previous|preceding|this (?:section|chapter)|next section|figure)\b/iu;

/** A list is recalled item by item: more items than this is not one card. */
const ITEMS_MAX = 7;

/**
 * Key-point cards for sections no other card covers: what the section says
 * about its topic, in its own first sentences ("关于「模型部署与性能优化」，
 * 文中的要点是什么？" → "模型部署是实现大模型价值的关键。…"), or the heads of its
 * list. They run last, so a section with a definition, a formula, a list or
 * an FAQ keeps those cards and gets no point. A section whose text leans on
 * what came before ("这…", "Therefore…"), is mostly math, or is a picture
 * makes none: the card would need context it does not carry. What is not a
 * point (judged on unseen articles): an example, an observation or doubt,
 * filler ("取得了显著进展"), a genus that only ranks, or a restatement of the
 * headings; in a problem → solution section the point is the action taken.
 */
export function pointCards({ article, sections, zh, earlier }: Extraction): CardDraft[] {
	const out: CardDraft[] = [];
	const covered = (s: Section) =>
		[...earlier, ...out].some(
			(d) =>
				(d.context.line <= s.lines.end && d.context.endLine >= s.lines.start) ||
				s.path.every((t, i) => d.context.headingPath[i] === t)
		);
	for (const section of sections) {
		if (!isLearnable(section) || inFaq(section) || covered(section)) continue;
		const card = pointOf(section, sections, stripInline(article.title), zh);
		if (card) out.push(card);
	}
	return out;
}

/** Headings of a problem → solution section ("优化一：去掉 NSP 预训练任务", "Improving …"). */
const SOLUTION_HEADING =
	/优化|改进|提出|去掉|去除|引入|共享|解决|改良|替代|分解|\b(?:improv\w*|optimi[sz]\w*|fix\w*|tricks?|solutions?|remed\w*|propos\w*)\b/iu;
/** A sentence that sets up the problem: the point comes after it. */
const MOTIVE =
	/^(?:由于|因为|为了|针对|鉴于|如果我们|虽然|尽管)|^(?:since|because|to (?:address|avoid|fix|overcome)|although|while)\b/iu;
/** A sentence that states a problem ("One of the key problems in gradient descent is …"). */
const PROBLEM =
	/问题(?:是|在于)|缺点(?:是|在于)|不足(?:是|在于)|\b(?:one of the (?:key |main |major )?(?:problems|issues|drawbacks)|the (?:key |main )?(?:problem|issue|drawback) (?:is|with))\b/iu;
/** The action or conclusion of a problem → solution section (judged the point to keep). */
const ACTION =
	/因此|所以|于是|提出|去掉|去除|删除|采用|共享|引入|改为|取代|替代|替换|只使用|仅使用|改进为|解决|办法是|\b(?:fix|remedy|solution|solves?)\b|\b(?:therefore|thus|hence|we propose|proposed?|instead|we use|replac\w*|adopt\w*|remov\w*|shar(?:e|es|ed|ing))\b/iu;
/** Observations and doubts motivate; they are not what the section concludes (judged weak). */
const OBSERVATION =
	/发现|质疑|有学者|有人认为|注意到|观察到|\b(?:we|they|researchers|authors|it was)\s+(?:found|find|observed?|noticed?|questioned|doubted)\b|\bit (?:turns out|was found|has been (?:observed|found))\b/iu;
/**
 * Sentences that carry no claim of their own (judged weak or wrong on unseen articles): a
 * step of a walkthrough ("让我们打印出…", "现在我们可以实例化并运行 Agent", "Let's print …"),
 * where the code lives ("我们在 src/tools.py 文件中定义…"), or an analogy ("…像一个图书馆员").
 */
const NO_CLAIM =
	/(?:^|[，,]\s*)(?:让我们|我们来|下面我们|接下来我们?|现在我们?(?:可以|来|就)|首先我们|然后我们|最后我们)|(?:^|,\s*)(?:let's|let us|now (?:we|let's)|next,? we|we (?:can )?now|first,? we|finally,? we)\b|[\w-]+\.(?:py|ipynb|js|ts|json|ya?ml|sh|toml|txt)\b|(?:就像|好比|如同|犹如|像一个|像是一个|更像一个)|\b(?:is like a|acts like a|think of it as)\b/iu;
/** Filler that says nothing a learner could recall (LLM-written seeds). */
const FILLER =
	/取得了?(?:显著|巨大|重大|长足|突破性|令人瞩目|瞩目)的?(?:进展|突破|成果|成就|进步)|发挥(?:着)?(?:重要|关键|巨大|重大)的?作用|前景(?:将|会)?(?:更加|十分|非常|越来越)?广阔|具有(?:广泛|重要|深远|巨大)的?(?:应用前景|前景|意义|影响)|\bplays? an? (?:important|key|crucial|vital|major|significant) role\b|\b(?:has|have) made (?:significant|remarkable|great|tremendous) progress\b|\bbright future\b/iu;
/**
 * The sentence without its filler clause ("…，这一思想在自然语言处理领域具有深远的影响。" → "…。"),
 * or null when the filler is its own claim, not a comment on it, or little else is left ("大模型将在自动驾驶领域
 * 发挥重要作用，如…", "近年来，人工智能领域取得了显著进展，…").
 */
function dropFiller(sentence: string, zh: boolean): string | null {
	const m = sentence.match(FILLER);
	if (!m) return sentence;
	const spans = protectedSpans(sentence);
	let at = -1;
	for (let i = m.index! - 1; i >= 0 && at < 0; i--)
		if (/[，,；;]/.test(sentence[i]) && !inside(spans, i)) at = i;
	// A clause that comments on what was said ("，这一思想…", ", which plays…") goes, and so
	// does a last clause that only adds praise ("…被广泛应用于 NLP 任务中，取得了令人瞩目的成果");
	// after an aside ("…，如生物医疗、智能制造等，具有广泛的应用前景") the filler is the claim.
	const comment = sentence.slice(at + 1).trim();
	const kept = at < 0 ? '' : sentence.slice(0, at).trim();
	// An aside or a frame before the filler ("随着…的发展，NLP 领域取得了显著的进步") leaves no claim.
	const aside =
		/(?:^|[，,])\s*(?:如|例如|比如|包括|譬如|随着|在|当|由于|因为|通过|对于|为了|近年来|such as|like|e\.g\.|including|as|with|since|because|when|while|in recent years)[^，,]*$/iu.test(
			kept
		);
	const last = !/[，,；;]/.test(comment.replace(/[。.!！]\s*$/, ''));
	if (!/^(?:这一?|该|此|其|它|这些|this|that|which|these|it)/iu.test(comment) && !(last && !aside))
		return null;
	const size = zh ? (kept.match(/\p{Script=Han}/gu)?.length ?? 0) : kept.split(/\s+/).length;
	if (size < (zh ? 15 : 8) || FILLER.test(kept)) return null;
	return kept + (zh ? '。' : '.');
}

/**
 * Examples and suppositions are true only with their setting ("假设…", "for example"); "假设"
 * mid-clause is the noun "assumption" ("线性意味着单调假设").
 */
const EXAMPLE =
	/例如|比如|譬如|(?:^|[，,：:；;]\s*)(?:我们)?(?:假设|假如)|如果|举例|\b(?:for example|for instance|e\.g\.|suppose|imagine|if we)\b/i;
const EXAMPLE_START =
	/^(?:例如|比如|譬如|假设|假如|如果|举例|举个例子|以.{1,12}为例)|^(?:for example|for instance|e\.g\.|suppose|imagine|if we|consider)\b/iu;
const EXAMPLE_OPENER = /^(?:例如|比如|譬如)\s*[，,]\s*|^(?:for example|for instance)\s*,\s*/iu;
/** Words that carry no content of their own, for the heading-restatement test. */
const FUNCTION_ZH = /[的了是在与和及也都就而为把被对从以于一样同类似基使用采用这那其它个种些]/gu;

/**
 * The sentence's content is all in the headings shown with the card ("LLaMA模型也是基于
 * Decoder-Only架构的预训练语言模型" under "LLaMA > 模型架构——Decoder Only", judged
 * trivial): at most two Han characters (or no Latin word) are left once a leading comparison
 * ("与X一样"), every run of two or more characters that a heading holds, and function words
 * are taken out. "RoBERTa 在预训练中去掉了 NSP，只使用 MLM 任务" keeps "只…MLM": a point.
 */
export function restatesHeading(sentence: string, headings: string, zh: boolean): boolean {
	const hay = headings.toLowerCase();
	if (!zh) {
		const content = sentence
			.toLowerCase()
			.match(/[a-z][a-z0-9'-]+/g)
			?.filter((w) => w.length > 2 && !isStopword(w) && !hay.includes(w.replace(/s$/, '')));
		return (content?.length ?? 0) === 0;
	}
	// "与GPT系列模型一样，…": what it is compared with is not the point either.
	const low = sentence
		.toLowerCase()
		.replace(/\$[^$]*\$/g, ' ')
		.replace(/^(?:与|和|同|跟)[^，,。]{1,20}(?:一样|相同|类似)[，,]?/u, '');
	// Han runs match inside the headings; a Latin word only whole ("MLM" is not in "PLM").
	const hayWords = new Set(hay.match(/[a-z][a-z0-9]*/g) ?? []);
	const latin = (low.match(/[a-z][a-z0-9]*/g) ?? []).filter(
		(w) => w.length > 1 && !hayWords.has(w)
	).length;
	const hanOnly = low.replace(/[^\p{Script=Han}]/gu, ' ');
	const covered = new Array(hanOnly.length).fill(false);
	for (let i = 0; i < hanOnly.length; i++) {
		let j = i + 2;
		while (j <= hanOnly.length && !/\s/.test(hanOnly[j - 1]) && hay.includes(hanOnly.slice(i, j)))
			j++;
		if (j - 1 - i >= 2) covered.fill(true, i, j - 1);
	}
	const rest = [...hanOnly].filter((_, i) => !covered[i]).join('');
	const han = rest.replace(FUNCTION_ZH, '').match(/\p{Script=Han}/gu)?.length ?? 0;
	return han + 2 * latin <= 2;
}

/**
 * A heading without the numbering of its series: "（1）优化一：去掉 NSP 预训练任务" asks
 * about 去掉 NSP 预训练任务; the number says where it stands, not what it is about.
 */
export function unnumbered(title: string): string {
	const bare = title
		.replace(/^[（(]\s*[\d一二三四五六七八九十]+\s*[）)]\s*/u, '')
		.replace(
			/^(?:优化|改进|步骤|方法|阶段|Step|Stage)\s*[\d一二三四五六七八九十]+\s*[：:、.]\s*/iu,
			''
		);
	return bare || title;
}

function pointOf(section: Section, all: Section[], article: string, zh: boolean): CardDraft | null {
	const topic = unnumbered(stripInline(section.title));
	if (!topic) return null;
	const parent = all.find((s) => s.children.includes(section));
	const where = parent && parent.level > 0 ? unnumbered(stripInline(parent.title)) : '';
	const front = zh
		? where
			? `在「${where}」中，关于「${topic}」，文中的要点是什么？`
			: `关于「${topic}」，文中的要点是什么？`
		: where
			? `What is the key point about **${topic}** (in “${where}”)?`
			: `What is the key point about **${topic}**?`;
	const words = topicWords(topic, zh);
	const headings = [article, ...section.path].map(stripInline).join(' ');
	const paragraphs = section.blocks.filter((b) => b.kind === 'paragraph').slice(0, 4);
	type Found = { point: string; block: Block; at: number; k: number; names: boolean };
	const found: Found[] = [];
	const term = normalise(headingTerm(topic.replace(/^[（(][^）)]*[）)]\s*/u, '')));
	const add = ({ point, k }: { point: string; k: number }, block: Block, at: number) => {
		if (!restatesHeading(point, headings, zh))
			found.push({
				point,
				block,
				at,
				k,
				names: term.length > 1 && normalise(point).includes(term)
			});
	};
	paragraphs.forEach((block, at) => {
		for (const point of pointsAbout(block.text, words, topic, zh, at === 0)) add(point, block, at);
	});
	// "- 预训练任务: T5模型的预训练任务是 MLM…": a list item can state the point too.
	for (const block of section.blocks)
		if (block.kind === 'list')
			for (const item of block.items) {
				const head = item.blocks[0];
				if (head?.kind !== 'paragraph') continue;
				const text = head.text.replace(
					/^\*\*[^*]{1,30}\*\*\s*[：:]\s*|^[^，,。；;：:\s$]{1,12}\s*[：:]\s*/u,
					''
				);
				for (const point of pointsAbout(text, words, topic, zh, false).slice(0, 1))
					add(point, head, paragraphs.length);
			}
	// The first two paragraphs say what the section is about; later ones are detail. In a
	// problem → solution section the point is what was done, not why (judged on unseen
	// articles), and it may come after the experiment that motivated it.
	const early = found.filter((f) => f.at < 2);
	const first = early[0];
	const motive = !first || (MOTIVE.test(first.point) && !ACTION.test(first.point));
	const problem = first && PROBLEM.test(first.point) && !ACTION.test(first.point);
	const solving = (motive && SOLUTION_HEADING.test(topic)) || problem;
	const pick =
		(solving && found.find((f) => ACTION.test(f.point))) ||
		(first && !first.names && found.find((f) => f.names)) ||
		first;
	if (pick) {
		let point = dropConnective(pick.point);
		// "One of the key problems … A simple fix for the problem is …": the fix names the
		// problem the sentence before states, so the card carries both when they fit.
		const joined = first && `${first.point}${zh ? '' : ' '}${point}`;
		if (
			problem &&
			pick !== first &&
			pick.block === first.block &&
			pick.k === first.k + 1 &&
			joined!.length <= POINT_MAX
		)
			point = joined!;
		return {
			kind: 'concept',
			front,
			back: point,
			facet: { type: 'point', topic, point },
			context: contextOf(section, pick.block.lines.start, pick.block.lines.end)
		};
	}
	const list = section.blocks.find((b) => b.kind === 'list');
	if (!paragraphs.length && list?.kind === 'list') return listPoint(list, section, topic, front);
	return null;
}

/** The topic's content words: what a sentence must mention to be about it. */
function topicWords(topic: string, zh: boolean): string[] {
	const plain = topic.replace(/[（(][^）)]*[）)]/g, ' ');
	return words(plain, zh ? 'zh' : 'en')
		.filter((w) => w.isWord && !isStopword(w.text))
		.map((w) => w.text.toLowerCase())
		.filter((w) => (zh && /\p{Script=Han}/u.test(w) ? w.length >= 2 : w.length >= 4));
}

/**
 * The paragraph's sentences that could be the section's point, in order: each mentions the
 * topic (a sentence that does not is a setup, "To illustrate … consider"), with the next one
 * when it is too short alone; whole sentences, at most POINT_MAX characters. Not a point:
 * an example or supposition, nor what follows one in its paragraph (a detail of the example,
 * "收入与还款概率…", judged weak); an observation or doubt ("有学者质疑…"); filler ("取得了
 * 显著进展"); a genus that only ranks ("是一个关键的组成部分"). A section's opening "例如，…"
 * illustrates its heading's claim, so it counts without "例如".
 */
function pointsAbout(
	text: string,
	topic: string[],
	title: string,
	zh: boolean,
	opening: boolean
): { point: string; k: number }[] {
	if (/<|!\[|^\s*\|/.test(text) || !topic.length) return [];
	// plainText turns d2l roles into words ("the equation"), so a pointer at them is seen.
	const plain = plainText(text);
	const all = sentences(plain);
	// A short title is one term ("信息量", "Learning Rate"): the sentence names it whole
	// (a sentence on 信息 alone is background). A long one shares half its words.
	const whole = title
		.replace(/[（(][^）)]*[）)]/g, '')
		.trim()
		.toLowerCase();
	const short = zh ? [...whole].length <= 4 : whole.split(/\s+/).length <= 3;
	const about = (s: string) => {
		const low = s.toLowerCase();
		if (short) return low.includes(whole.replace(/s$/, ''));
		const hits = topic.filter((w) => low.includes(w.replace(/s$/, ''))).length;
		return hits * 2 >= topic.length;
	};
	// An aside in brackets ("（如果对应的权重为正）") does not make the sentence an example.
	const example = (s: string) => EXAMPLE.test(s.replace(/（[^（）]*）|\([^()]*\)/g, ''));
	const out: { point: string; k: number }[] = [];
	for (let at = 0; at < all.length; at++) {
		let s = all[at];
		if (opening && at === 0 && EXAMPLE_OPENER.test(s)) {
			const claim = s.replace(EXAMPLE_OPENER, '');
			if (!example(claim)) s = zh ? claim : claim.charAt(0).toUpperCase() + claim.slice(1);
		}
		// An example that opens its sentence starts a discussion of its own entities; one
		// given mid-sentence ("…，例如，在一对输入上…") leaves the sentences after it alone.
		if (example(s)) {
			if (EXAMPLE_START.test(s)) break;
			continue;
		}
		if (!about(s) || /[：:?？]$/.test(s)) continue;
		if (OBSERVATION.test(s) || ranksOnly(s, zh) || NO_CLAIM.test(s)) continue;
		s = dropFiller(s, zh) ?? '';
		if (!s) continue;
		// "因此，X…" keeps its content without the connective; "Thus it…", "上式…" dangle (round 2).
		let point = dropConnective(s);
		if (dangles(point, zh) || POINTS_ELSEWHERE.test(point)) continue;
		const next = all[at + 1];
		if (point.length < POINT_MIN && next && !/[：:?？]$/.test(next) && !example(next)) {
			const joined = point + (zh ? '' : ' ') + next;
			if (joined.length <= POINT_MAX && !dangles(joined, zh)) point = joined;
		}
		const math = (point.match(/\$[^$]*\$/g) ?? []).join('').length;
		if (point.length > POINT_MAX || math > point.length * 0.35 || !balanced(point)) continue;
		out.push({ point, k: at });
	}
	return out;
}

function listPoint(
	block: Extract<Block, { kind: 'list' }>,
	section: Section,
	topic: string,
	front: string
): CardDraft | null {
	const items = block.items.map((it) => itemHead(it).split(/[：:]/)[0].trim());
	if (items.some((i) => !i) || items.length < 2 || items.length > ITEMS_MAX) return null;
	if (items.some((i) => i.length > 60 || /[<$]/.test(i))) return null;
	const back = block.items
		.map((it, k) => `${block.ordered ? `${k + 1}.` : '-'} ${items[k]}`)
		.join('\n');
	return {
		kind: 'list',
		front,
		back,
		facet: { type: 'list', topic, items, ordered: block.ordered },
		...(block.ordered ? { steps: items } : {}),
		context: contextOf(section, block.lines.start, block.lines.end)
	};
}
