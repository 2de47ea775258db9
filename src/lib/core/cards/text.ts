import type { Block, Section } from '../content/types';
import { cleanCardText, prepareText, stripNoise } from '../content/clean';
import { stripInline } from '../content/headings';
import { hash } from '../text/hash';
import { normalise } from '../text/normalise';

/**
 * The article's lines (1-based access through `slice`), as parsed: the same
 * line-preserving preparation as the reading view (`prepareText`), so line
 * numbers point into the original file.
 */
export class SourceLines {
	private lines: string[];
	constructor(source: string) {
		this.lines = prepareText(stripNoise(source.replace(/\r\n?/g, '\n')).text).split('\n');
	}

	/**
	 * Lines start…end as Markdown, common indentation removed and blank edges
	 * trimmed: card backs quote the article as written (lists, math and all),
	 * without the markup a learner should never see (`cleanCardText`).
	 */
	slice(start: number, end: number): string {
		const part = this.lines.slice(start - 1, end);
		const indents = part.filter((l) => l.trim()).map((l) => l.match(/^\s*/)![0].length);
		const cut = indents.length ? Math.min(...indents) : 0;
		return cleanCardText(part.map((l) => l.slice(cut).trimEnd()).join('\n'));
	}
}

/** A block's own words, for the first-paragraph and lead-in rules. */
export function blockText(b: Block): string {
	switch (b.kind) {
		case 'paragraph':
		case 'heading':
			return b.text;
		case 'list':
			return b.items.map((it) => it.blocks.map(blockText).join('\n')).join('\n');
		case 'quote':
			return b.blocks.map(blockText).join('\n');
		default:
			return '';
	}
}

/** The first line of a list item, as plain-ish text. */
export function itemHead(item: { blocks: Block[] }): string {
	const first = item.blocks[0];
	return first ? stripInline(blockText(first).split('\n')[0]) : '';
}

export function contextOf(section: Section, start: number, end: number) {
	return { headingPath: section.path, line: start, endLine: end };
}

/** Text that ends a lead-in: "…如下：", "…as follows:". */
export const ENDS_WITH_COLON = /[：:]\s*$/;

export const isZh = (lang: string) => lang === 'zh';

const FAQ_TITLE = /常见问题|问答|疑难解答|FAQ|Frequently Asked Questions|Q\s*&\s*A/i;

/** A section titled 常见问题 / FAQ / Q&A …: its sub-headings are questions. */
export const isFaqSection = (s: Section) => FAQ_TITLE.test(s.heading);

/**
 * Inside an FAQ: the section or one above it is an FAQ. The FAQ extractor
 * owns this text; the others leave it alone, so an answer is not also a
 * concept, a cloze or a list card.
 */
export const inFaq = (s: Section) => isFaqSection(s) || s.path.some((p) => FAQ_TITLE.test(p));

/** A key for cards made from one sentence (a concept and its cloze are siblings). */
export const sentenceKey = (sentence: string) => 's:' + hash(normalise(stripInline(sentence)));
