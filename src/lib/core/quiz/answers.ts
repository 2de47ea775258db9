/**
 * What a card asks and answers, in the short forms questions need, read
 * from the card's facet (`facetOf` derives one for cards stored before
 * facets): the answer without the diagram or legend around it, the term a
 * matching question pairs, and the "shape" of the card so a formula
 * question gets other formulas as distractors and a symbol question other
 * symbols.
 */
import type { Card } from '../cards';
import { clozeFaces } from '../cards/face';
import { facetOf } from '../cards/facet';
import { normalise } from '../text/normalise';

export type Shape =
	| 'formula:tex'
	| 'formula:name'
	| 'formula:meaning'
	| 'formula:result'
	| 'formula:symbol'
	| 'diagram:steps'
	| 'diagram:next'
	| 'concept'
	| 'faq'
	| 'list'
	| 'cloze'
	| 'exercise';

const MERMAID = /\n*```mermaid[\s\S]*?```\s*$/;
const hasCjk = (s: string) => /\p{Script=Han}/u.test(s);

/** What a card asks, coarsely: distractors and matching partners share it. */
export function shapeOf(card: Card): Shape {
	const f = facetOf(card);
	switch (f.type) {
		case 'formula':
			return `formula:${f.ask}`;
		case 'symbol':
			return 'formula:symbol';
		case 'flow':
			return 'diagram:next';
		case 'list':
			return card.kind === 'diagram' ? 'diagram:steps' : 'list';
		case 'definition':
			return 'concept';
		default:
			return card.kind as Shape;
	}
}

/**
 * What an answer looks like: a display formula, inline math or a number, a
 * short term, a list or a sentence. A distractor has the answer's form, so
 * the one sentence among three terms is not the obvious pick.
 */
export type Form = 'formula' | 'math' | 'term' | 'list' | 'sentence';

/** A term is at most this many words (Latin) or characters (Chinese). */
const TERM_WORDS = 6;
const TERM_HAN = 12;

/** The form of an answer (Markdown, as `answerOf` gives it). */
export function formOf(answer: string): Form {
	const text = answer.trim();
	if (text.startsWith('$$')) return 'formula';
	if (/^\s*(?:[-*+]|\d+[.)])\s/m.test(text) && text.includes('\n')) return 'list';
	const prose = text.replace(/\$[^$]*\$/g, ' ').trim();
	if (!/[\p{L}]/u.test(prose)) return 'math';
	const han = prose.match(/\p{Script=Han}/gu)?.length ?? 0;
	const words = prose.split(/\s+/).filter((w) => /\p{Script=Latin}/u.test(w)).length;
	// A full stop ends a sentence; a point inside "3.5" or "e.g." does not make one.
	const stops = /[。！？；]/u.test(prose) || /[.!?;](?:\s|$)/.test(prose);
	return !stops && han <= TERM_HAN && words <= TERM_WORDS ? 'term' : 'sentence';
}

/** The part of the back that answers the front, as Markdown. */
export function answerOf(card: Card): string {
	// An exercise is answered with numbers computed afresh, not with its back.
	if (card.kind === 'exercise') return '';
	const f = facetOf(card);
	const back = card.back.replace(MERMAID, '').trim();
	switch (f.type) {
		case 'formula':
			if (f.ask === 'tex') return `$$\n${f.tex}\n$$`;
			if (f.ask === 'name') return f.name ?? '';
			if (f.ask === 'result') return f.result ? `$${f.result}$` : '';
			return f.description ?? '';
		case 'symbol':
			return f.meaning;
		case 'cloze':
			return f.span;
		case 'flow':
			return f.neighbours.join(hasCjk(f.neighbours.join('')) ? '、' : ', ');
		default:
			return back;
	}
}

/** What a blanked name leaves in an offered answer. */
export const NAME_BLANK = '____';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The answer as a question offers it: a definition or a key point with the
 * term it is about blanked ("____ is the process of…"), so the option that
 * repeats the asked term is not the obvious pick, nor one naming another
 * term the obvious wrong one. Other answers as `answerOf` gives them.
 */
export function offeredAnswer(card: Card): string {
	const answer = answerOf(card);
	const f = facetOf(card);
	const names =
		f.type === 'definition' ? [f.term, f.gloss ?? ''] : f.type === 'point' ? [f.topic] : [];
	return names
		.filter((n) => [...n.trim()].length >= 2)
		.sort((a, b) => b.length - a.length)
		.reduce((text, n) => text.replace(new RegExp(escape(n.trim()), 'giu'), NAME_BLANK), answer);
}

/** The term of a card, for matching: the symbol, the name, the defined term or the question. */
export function termOf(card: Card): string {
	const f = facetOf(card);
	switch (f.type) {
		case 'symbol':
			return f.name ? `$${f.symbol}$ · ${f.name}` : `$${f.symbol}$`;
		case 'formula':
			if (f.ask === 'name' || !f.name) return `$$\n${f.tex}\n$$`;
			return f.name;
		case 'definition':
			if (!f.gloss) return f.term;
			return hasCjk(f.term) ? `${f.term}（${f.gloss}）` : `${f.term} (${f.gloss})`;
		case 'flow':
			return f.step;
		case 'faq':
			return f.question.replace(/[？?]\s*$/, '').trim();
		case 'point':
			return f.topic;
		case 'cloze':
			return promptOf(card)
				.replace(/[？?]\s*$/, '')
				.trim();
		default:
			return card.front.replace(/[？?]\s*$/, '').trim();
	}
}

/** The front as a question shows it (a cloze with its blank drawn). */
export function promptOf(card: Card): string {
	return clozeFaces(card).front.trim();
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
