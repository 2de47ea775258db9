import { stripInline } from '../content/headings';
import type { Block } from '../content/types';
import type { Extraction } from './extract';
import { leadQuestion } from './list-lead';
import { contextOf, inFaq, itemHead } from './text';
import type { CardDraft } from './types';

const LIST_WORD =
	/优点|缺点|优势|劣势|挑战|步骤|流程|advantages?|disadvantages?|pros\b|cons\b|limitations?|steps?\b|procedure/i;
const STEP_WORD = /步骤|流程|过程|阶段|依次|steps?\b|stages?\b|procedure|in order/i;
const LABEL = /^\*\*([^*]{1,20}?)[：:]?\*\*\s*[：:]?\s*$/u;

/** A list item's gist: its bold lead-in if it has one, else its first line. */
function gist(item: { blocks: Block[] }): string {
	const head = itemHead(item);
	return head.split(/[：:]/)[0].trim() || head;
}

/**
 * List cards for 优点/缺点, advantages/disadvantages, challenges and steps:
 * a bold label line followed by a list, or a section so titled whose body
 * is a list. Ordered step lists carry their steps for ordering questions.
 */
export function listCards({ article, sections, src, zh, earlier }: Extraction): CardDraft[] {
	const out: CardDraft[] = [];
	// Fronts already asked in this article: a second list must not ask the same question.
	const fronts = new Set(earlier.map((d) => d.front));
	for (const section of sections) {
		if (inFaq(section)) continue;
		section.blocks.forEach((block, k) => {
			if (block.kind !== 'list' || block.items.length < 2) return;
			const prev = section.blocks[k - 1];
			const label = prev?.kind === 'paragraph' ? prev.text.match(LABEL)?.[1] : undefined;
			const topic = label && LIST_WORD.test(label) ? label : null;
			const sectionTopic = !topic && LIST_WORD.test(section.title) && !label ? section.title : null;
			if (!topic && !sectionTopic) return;
			// The sentence that leads into the list says what it holds; the heading only where it is.
			// A numbered list asks for its order only when its lead-in speaks of steps (a numbered
			// list of challenges has no order to recall).
			const lead =
				!topic && prev?.kind === 'paragraph'
					? leadQuestion(prev.text, zh, block.ordered && STEP_WORD.test(prev.text))
					: null;
			const isSteps = block.ordered && STEP_WORD.test(topic ?? sectionTopic ?? '');
			const where = section.title || article.title;
			const items = block.items.map(gist).map(stripInline);
			let front: string;
			if (lead) front = lead;
			else if (topic)
				front = zh
					? `「${where}」的${topic}有哪些？`
					: `What are the ${topic.toLowerCase()} of “${where}”?`;
			else if (isSteps)
				front = zh
					? `「${where}」有哪些步骤（按顺序）？`
					: `What are the steps of “${where}”, in order?`;
			else front = zh ? `「${where}」有哪些要点？` : `What are the points of “${where}”?`;
			if (fronts.has(front)) front = setApart(front, items[0], zh);
			if (fronts.has(front)) return;
			fronts.add(front);
			out.push({
				kind: 'list',
				front,
				back: src.slice(block.lines.start, block.lines.end),
				facet: { type: 'list', topic: topic ?? sectionTopic!, items, ordered: block.ordered },
				context: contextOf(section, (topic ? prev! : block).lines.start, block.lines.end),
				...(block.ordered ? { steps: items } : {})
			});
		});
	}
	return out;
}

/**
 * A front another list of the article already has, told apart by the list's
 * first item (two lists under one heading with no lead-in of their own).
 */
function setApart(front: string, first: string, zh: boolean): string {
	return zh
		? front.replace(/？$/u, `（以「${first}」开头的那一组）？`)
		: front.replace(/\?$/, ` (the list that starts with “${first}”)?`);
}
