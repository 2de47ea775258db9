/**
 * What a card asks and answers, in the short forms questions need: the
 * answer without the diagram or legend around it, the term a matching
 * question pairs, and the "shape" of the card so a formula question gets
 * other formulas as distractors and a symbol question other symbols.
 */
import type { Card } from '../cards';
import { HOLE } from '../cards/cloze';
import { normalise } from '../text/normalise';

export type Shape =
	| 'formula:tex'
	| 'formula:name'
	| 'formula:symbol'
	| 'diagram:steps'
	| 'diagram:next'
	| 'concept'
	| 'faq'
	| 'list'
	| 'cloze'
	| 'exercise';

const MERMAID = /\n*```mermaid[\s\S]*?```\s*$/;
const SYMBOL = /(\$[^$\n]+\$)\s*(?:表示什么|stand for)/;

export function shapeOf(card: Card): Shape {
	if (card.kind === 'formula') {
		if (card.front.trimStart().startsWith('$$')) return 'formula:name';
		return SYMBOL.test(card.front) ? 'formula:symbol' : 'formula:tex';
	}
	if (card.kind === 'diagram') return card.steps ? 'diagram:steps' : 'diagram:next';
	return card.kind;
}

/** The part of the back that answers the front, as Markdown. */
export function answerOf(card: Card): string {
	// An exercise is answered with numbers computed afresh, not with its back.
	if (card.kind === 'exercise') return '';
	const back = card.back.replace(MERMAID, '').trim();
	switch (shapeOf(card)) {
		case 'formula:tex':
			return card.tex ? `$$\n${card.tex}\n$$` : firstBlock(back);
		case 'formula:name':
			return firstBlock(back);
		case 'cloze':
			return clozeTerm(card) ?? back;
		default:
			return back;
	}
}

/** The hidden words of a cloze card (back = front with the hole filled in bold). */
function clozeTerm(card: Card): string | undefined {
	const at = card.front.indexOf(HOLE);
	if (at < 0) return undefined;
	const after = card.front.slice(at + HOLE.length);
	if (!card.back.endsWith(after)) return undefined;
	return card.back.slice(0, card.back.length - after.length).match(/\*\*([^*]+)\*\*$/)?.[1];
}

/** The term of a card, for matching: the symbol, the bold name, or the whole front. */
export function termOf(card: Card): string {
	const symbol = card.front.match(SYMBOL);
	if (shapeOf(card) === 'formula:symbol' && symbol) {
		const name = card.front.match(/\*\*([^*]+)\*\*/)?.[1];
		return name ? `${symbol[1]} · ${name}` : symbol[1];
	}
	if (shapeOf(card) === 'formula:name' && card.tex) return `$$\n${card.tex}\n$$`;
	const bold = card.front.match(/\*\*([^*]+)\*\*/);
	if (bold && shapeOf(card) !== 'cloze') return bold[1].trim();
	return card.front.replace(/[？?]\s*$/, '').trim();
}

/** Plain text of Markdown, for typed answers: no emphasis marks, math kept as its TeX. */
export function plain(markdown: string): string {
	return markdown
		.replace(/\*\*([^*]*)\*\*/g, '$1')
		.replace(/(?<!\w)[*_]([^*_]+)[*_](?!\w)/g, '$1')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/\$\$?([^$]*)\$\$?/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Same answer, whatever the case, width or spacing. */
export function sameText(a: string, b: string): boolean {
	return normalise(plain(a)) === normalise(plain(b));
}

function firstBlock(markdown: string): string {
	return markdown.split(/\n\s*\n/)[0].trim();
}
