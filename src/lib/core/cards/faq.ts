import { stripInline } from '../content/headings';
import type { Block, Section } from '../content/types';
import type { Extraction } from './extract';
import { contextOf, isFaqSection, SourceLines } from './text';
import type { CardDraft } from './types';

export { isFaqSection } from './text';

/** "问题1：如何…？" → "如何…？"; "Q: Why…" → "Why…". */
function question(text: string): string {
	return stripInline(text)
		.replace(/^(?:问题\s*\d*|Q\d*|问)\s*[：:.]\s*/i, '')
		.trim();
}

/** Drops a leading "**回答**：" / "A:" / "答：" from an answer. */
function answer(text: string): string {
	return text
		.replace(/^\s*(?:\*\*)?(?:回答|答案|答|A|Answer)(?:\*\*)?\s*[：:](?:\*\*)?\s*/i, '')
		.trim();
}

/** A bold or "Q:" line that asks something inside an FAQ section. */
const QUESTION_LINE = /^(?:\*\*)?(?:Q\d*|问题\s*\d*|问)\s*[：:.]|^\*\*[^*]+[？?]\*\*\s*$/i;

/**
 * FAQ cards: inside a section titled 常见问题 / FAQ …, each sub-heading or
 * bold question line is a question; its answer is everything up to the next
 * question, lists and formulas included, quoted as written.
 */
export function faqCards({ sections, src }: Extraction): CardDraft[] {
	const out: CardDraft[] = [];
	for (const faq of sections.filter(isFaqSection)) {
		for (const q of faq.children) {
			const back = answer(src.slice(q.lines.start + 1, q.endLine));
			if (!back) continue;
			const front = question(q.title);
			out.push({
				kind: 'faq',
				front,
				back,
				facet: { type: 'faq', question: front },
				context: contextOf(q, q.lines.start, q.endLine)
			});
		}
		out.push(...questionLines(faq, faq.blocks, src));
	}
	return out;
}

function questionLines(section: Section, blocks: Block[], src: SourceLines): CardDraft[] {
	const out: CardDraft[] = [];
	const starts = blocks
		.map((b, k) => (b.kind === 'paragraph' && QUESTION_LINE.test(b.text) ? k : -1))
		.filter((k) => k >= 0);
	starts.forEach((k, n) => {
		const q = blocks[k] as Extract<Block, { kind: 'paragraph' }>;
		const [first, ...rest] = q.text.split('\n');
		const lastBlock = blocks[(starts[n + 1] ?? blocks.length) - 1];
		const end = Math.max(lastBlock.lines.end, q.lines.end);
		const inPara = rest.join('\n');
		const after = end > q.lines.end ? src.slice(q.lines.end + 1, end) : '';
		const back = answer([inPara, after].filter(Boolean).join('\n\n'));
		if (!back) return;
		const front = question(first);
		out.push({
			kind: 'faq',
			front,
			back,
			facet: { type: 'faq', question: front },
			context: contextOf(section, q.lines.start, end)
		});
	});
	return out;
}
