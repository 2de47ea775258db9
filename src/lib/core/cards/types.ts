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
	/** Other places (maybe in other articles) with the very same card. */
	alsoIn?: { articleId: string; context: CardContext }[];
	/** The TeX of the formula a formula card is about (for exercises and quizzes). */
	tex?: string;
	/** Steps in order, for diagram and list cards that can become ordering questions. */
	steps?: string[];
	/** For exercise cards: the template a review draws a fresh instance from. */
	exercise?: { template: TemplateId; articleNote?: string };
}

/** A card before it has an id: what the extractors produce. */
export type CardDraft = Omit<Card, 'id' | 'articleId' | 'tags' | 'alsoIn'>;
