import { stripInline } from '../content/headings';
import type { Block } from '../content/types';
import type { Extraction } from './extract';
import { contextOf, inFaq, itemHead } from './text';
import type { CardDraft } from './types';

const LIST_WORD =
	/优点|缺点|优势|劣势|挑战|步骤|流程|advantages?|disadvantages?|pros\b|cons\b|limitations?|steps?\b|procedure/i;
const STEP_WORD = /步骤|流程|过程|steps?\b|procedure/i;
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
export function listCards({ article, sections, src, zh }: Extraction): CardDraft[] {
	const out: CardDraft[] = [];
	for (const section of sections) {
		if (inFaq(section)) continue;
		section.blocks.forEach((block, k) => {
			if (block.kind !== 'list' || block.items.length < 2) return;
			const prev = section.blocks[k - 1];
			const label = prev?.kind === 'paragraph' ? prev.text.match(LABEL)?.[1] : undefined;
			const topic = label && LIST_WORD.test(label) ? label : null;
			const sectionTopic = !topic && LIST_WORD.test(section.title) && !label ? section.title : null;
			if (!topic && !sectionTopic) return;
			const isSteps = block.ordered && STEP_WORD.test(topic ?? sectionTopic ?? '');
			const where = section.title || article.title;
			let front: string;
			if (topic)
				front = zh
					? `「${where}」的${topic}有哪些？`
					: `What are the ${topic.toLowerCase()} of “${where}”?`;
			else if (isSteps)
				front = zh
					? `「${where}」有哪些步骤（按顺序）？`
					: `What are the steps of “${where}”, in order?`;
			else front = zh ? `「${where}」有哪些要点？` : `What are the points of “${where}”?`;
			const items = block.items.map(gist).map(stripInline);
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
