import type { TemplateId } from '../exercise/types';

export type CardKind = 'concept' | 'formula' | 'faq' | 'cloze' | 'diagram' | 'list' | 'exercise';

export const CARD_KINDS: CardKind[] = [
	'concept',
	'formula',
	'faq',
	'cloze',
	'diagram',
	'list',
	'exercise'
];

/** Where a card comes from, for "show in article". */
export interface CardContext {
	headingPath: string[];
	/** 1-based first and last source line. */
	line: number;
	endLine: number;
}

/**
 * What a card asks, as data. Fronts and backs are Markdown for display;
 * quizzes, card faces and sibling rules read this instead of parsing the
 * wording back. Text fields are plain text with inline TeX (`$…$`) kept.
 */
export type Facet =
	/** "What is X?" → its definition (`gloss`: "Large-scale Model" for 大模型). */
	| {
			type: 'definition';
			term: string;
			gloss?: string;
			definition: string;
			/** The one sentence that defines the term, when one does (a cloze may hide the term in it). */
			sentence?: string;
	  }
	/**
	 * A display formula. `ask`: 'tex' (name → formula), 'name' (formula →
	 * name), 'meaning' (formula → what it expresses, `description`), 'result'
	 * (a worked example → its `result`, the TeX after the last "=").
	 */
	| {
			type: 'formula';
			tex: string;
			ask: FormulaAsk;
			name?: string;
			description?: string;
			result?: string;
	  }
	/** A symbol of a formula → what it stands for. */
	| { type: 'symbol'; symbol: string; meaning: string; tex: string; name?: string }
	/** A sentence with `span` (at `at`) hidden. */
	| { type: 'cloze'; sentence: string; span: string; at: number }
	| { type: 'faq'; question: string }
	/** The point a section makes about its `topic` (a section no other card covers). */
	| { type: 'point'; topic: string; point: string }
	/** A step of a flow → the steps right after or before it. */
	| { type: 'flow'; step: string; neighbours: string[]; direction: 'after' | 'before' }
	/** The items of a list (or the steps of a flow, `ordered`). */
	| { type: 'list'; topic: string; items: string[]; ordered: boolean }
	| { type: 'exercise'; template: TemplateId };

export type FacetType = Facet['type'];

/** What a formula card can ask (see the formula facet). */
export const FORMULA_ASKS = ['tex', 'name', 'meaning', 'result'] as const;
export type FormulaAsk = (typeof FORMULA_ASKS)[number];

export interface Card {
	/** Stable: article id + heading path + kind + normalised prompt. */
	id: string;
	articleId: string;
	kind: CardKind;
	/** Markdown with TeX source; never pre-rendered HTML. */
	front: string;
	back: string;
	context: CardContext;
	tags: string[];
	/**
	 * What the card asks. Cards stored before facets existed have none:
	 * `facetOf` derives one from their wording.
	 */
	facet?: Facet;
	/**
	 * Cards made from one source item (a formula's name, reverse and symbol
	 * cards; a flow's step cards; a sentence's concept and cloze) share this
	 * key: review shows at most one of them a day.
	 */
	sibling?: string;
	/** Other places (maybe in other articles) with the very same card. */
	alsoIn?: { articleId: string; context: CardContext }[];
	/** The TeX of the formula a formula card is about (for exercises and quizzes). */
	tex?: string;
	/** Steps in order, for diagram and list cards that can become ordering questions. */
	steps?: string[];
	/** For exercise cards: the template a review draws a fresh instance from. */
	exercise?: { template: TemplateId; articleNote?: string };
}

/**
 * A card before it has an id: what the extractors produce. `sibling` is
 * local to the article here (e.g. the source line of the formula);
 * `buildCards` makes it unique in the library.
 */
export type CardDraft = Omit<Card, 'id' | 'articleId' | 'tags' | 'alsoIn' | 'facet'> & {
	facet: Facet;
};
