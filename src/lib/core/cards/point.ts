import { stripInline } from '../content/headings';
import type { Block, Section } from '../content/types';
import { dangles, dropConnective } from '../text/dangling';
import { isStopword } from '../text/frequency';
import { sentences, words } from '../text/segment';
import { plainText } from './definition';
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
 * makes none: the card would need context it does not carry.
 */
export function pointCards({ sections, zh, earlier }: Extraction): CardDraft[] {
	const out: CardDraft[] = [];
	const covered = (s: Section) =>
		[...earlier, ...out].some(
			(d) =>
				(d.context.line <= s.lines.end && d.context.endLine >= s.lines.start) ||
				s.path.every((t, i) => d.context.headingPath[i] === t)
		);
	for (const section of sections) {
		if (!isLearnable(section) || inFaq(section) || covered(section)) continue;
		const card = pointOf(section, sections, zh);
		if (card) out.push(card);
	}
	return out;
}

function pointOf(section: Section, all: Section[], zh: boolean): CardDraft | null {
	const topic = stripInline(section.title);
	if (!topic) return null;
	const parent = all.find((s) => s.children.includes(section));
	const where = parent && parent.level > 0 ? stripInline(parent.title) : '';
	const front = zh
		? where
			? `在「${where}」中，关于「${topic}」，文中的要点是什么？`
			: `关于「${topic}」，文中的要点是什么？`
		: where
			? `What is the key point about **${topic}** (in “${where}”)?`
			: `What is the key point about **${topic}**?`;
	const words = topicWords(topic, zh);
	const paragraphs = section.blocks.filter((b) => b.kind === 'paragraph').slice(0, 2);
	for (const block of paragraphs) {
		const point = pointAbout(block.text, words, topic, zh);
		if (point)
			return {
				kind: 'concept',
				front,
				back: point,
				facet: { type: 'point', topic, point },
				context: contextOf(section, block.lines.start, block.lines.end)
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
 * The first sentence of the paragraph that mentions the topic (a sentence
 * that does not is a setup, "To illustrate … consider"), with the next one
 * when it is too short alone; whole sentences, at most POINT_MAX characters.
 */
function pointAbout(text: string, topic: string[], title: string, zh: boolean): string | null {
	if (/<|!\[|^\s*\|/.test(text) || !topic.length) return null;
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
	// Examples and suppositions are true only with their setting ("假设…", "for example").
	const example = (s: string) =>
		/例如|比如|假设|假如|如果|举例|\b(?:for example|for instance|e\.g\.|suppose|imagine|if we)\b/i.test(
			s
		);
	const at = all.findIndex((s) => about(s) && !example(s));
	if (at < 0 || /[：:?？]$/.test(all[at])) return null;
	// "因此，X…" keeps its content without the connective; "Thus it…", "上式…" dangle (round 2).
	let point = dropConnective(all[at]);
	if (dangles(point, zh) || POINTS_ELSEWHERE.test(point)) return null;
	const next = all[at + 1];
	if (point.length < POINT_MIN && next && !/[：:?？]$/.test(next)) {
		const joined = point + (zh ? '' : ' ') + next;
		if (joined.length <= POINT_MAX && !dangles(joined, zh)) point = joined;
	}
	const math = (point.match(/\$[^$]*\$/g) ?? []).join('').length;
	if (point.length > POINT_MAX || math > point.length * 0.35) return null;
	return point;
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
