/**
 * Seeded quiz builder: the same cards and seed always give the same quiz,
 * so a quiz URL can be retaken. Question types are mixed in turn; a card
 * that cannot carry a type fairly is left to another type, and a topic too
 * small for a type gets fewer questions of it, never cards from elsewhere.
 *
 * Each source item (see `sourceItems`) is asked about once while the topic
 * has items left; only then may a second question come from one item, and
 * never from an item with an ordering question, which answers all of them.
 */
import type { Card } from '../cards';
import { seededRandom, shuffle } from '../rng';
import { glossaryOf } from './accepted';
import { answersItself, factsOf, type Facts } from './distractors';
import { sourceItems } from './items';
import { MAKERS } from './questions';
import {
	QUESTION_TYPES,
	type Question,
	type QuestionType,
	type QuizOptions,
	type QuizScope
} from './types';

/** The most questions a quiz asks (and the form offers). */
export const QUIZ_MAX = 100;

/** The card is in the topic: the article, the section and everything under it, the kind. */
export function inScope(card: Card, scope: QuizScope): boolean {
	if (scope.articleId && card.articleId !== scope.articleId) return false;
	if (scope.kind && card.kind !== scope.kind) return false;
	if (scope.section) {
		const path = card.context.headingPath;
		if (!scope.section.every((h, i) => path[i] === h)) return false;
	}
	return true;
}

/**
 * Builds a quiz asking about `cards`; distractors, false statements and
 * matching partners come from `pool`, the topic's cards (default: the same
 * cards; a "weak cards" quiz asks about its weak cards and takes distractors
 * from the rest of its topic). Nothing outside `pool` ever appears.
 */
export function buildQuiz(cards: Card[], options: QuizOptions, pool: Card[] = cards): Question[] {
	return build(prepare(cards, pool), options);
}

/** What every quiz on a topic reads first: each card's facts and source item. */
interface Topic {
	asked: Facts[];
	all: Facts[];
	items: Map<string, string>;
}

function prepare(cards: Card[], pool: Card[]): Topic {
	const everyone = uniqueById([...pool, ...cards]);
	const facts = factsOf(everyone, glossaryOf(everyone));
	return {
		asked: cards.map((c) => facts.get(c.id)!).filter((f) => f.answer !== '' && !answersItself(f)),
		all: [...facts.values()],
		items: sourceItems(everyone)
	};
}

function build({ asked, all, items }: Topic, options: QuizOptions): Question[] {
	const random = seededRandom(options.seed);
	const size = Math.min(options.size ?? 10, QUIZ_MAX);
	const types = shuffle(options.types?.length ? options.types : QUESTION_TYPES, random);
	const itemOf = (f: Facts) => items.get(f.card.id)!;
	const order = shuffle(asked, random);
	const askable = new Set(asked);

	const usedCards = new Set<string>();
	const usedItems = new Set<string>();
	// Items with an ordering question: it answers every other question on them.
	const closed = new Set<string>();
	// A card that cannot carry a type cannot later either (the pool does not change),
	// except matching, which depends on which partners are still free.
	const failed = new Set<string>();
	let strict = true;
	const open = (f: Facts) =>
		!usedCards.has(f.card.id) && !closed.has(itemOf(f)) && !(strict && usedItems.has(itemOf(f)));

	const questions: Question[] = [];
	for (let turn = 0; questions.length < size;) {
		let made: Question | null = null;
		// This turn's type first, then the others, so the mix holds while cards allow it.
		for (let t = 0; t < types.length && !made; t++) {
			const type = types[(turn + t) % types.length];
			for (const card of order) {
				if (!open(card) || failed.has(`${type}:${card.card.id}`)) continue;
				// An ordering question may not come after questions it answers.
				if (type === 'ordering' && usedItems.has(itemOf(card))) continue;
				// Matching partners are asked about too, so they come from the asked cards; they
				// may share the card's item (a formula's symbols): it is one question.
				made = MAKERS[type](card, { pool: all, random, free: (o) => askable.has(o) && open(o) });
				if (made) break;
				if (type !== 'matching') failed.add(`${type}:${card.card.id}`);
			}
		}
		if (!made) {
			// Every item asked about: a second question per item, if the quiz wants more.
			if (strict) {
				strict = false;
				continue;
			}
			break;
		}
		for (const id of made.cardIds) {
			usedCards.add(id);
			usedItems.add(items.get(id)!);
			if (made.type === 'ordering') closed.add(items.get(id)!);
		}
		questions.push(made);
		turn++;
	}
	return questions;
}

function uniqueById(cards: Card[]): Card[] {
	const seen = new Map<string, Card>();
	for (const c of cards) if (!seen.has(c.id)) seen.set(c.id, c);
	return [...seen.values()];
}

/**
 * How many of the questions asked for a topic can fill: in all (with the
 * chosen types) and of each type alone, each at most `size`.
 */
export interface QuizCapacity {
	total: number;
	byType: Record<QuestionType, number>;
}

/**
 * The quiz the form would start: how many of `size` questions the topic can
 * fill with `types`, and with each type alone, so the form can say so
 * before the quiz starts. Counting stops at `size`: a whole library would
 * otherwise take seconds to count out to a hundred questions of each type.
 */
export function quizCapacity(
	cards: Card[],
	types: QuestionType[],
	size: number,
	pool: Card[] = cards
): QuizCapacity {
	const topic = prepare(cards, pool);
	const count = (only: QuestionType[]) =>
		build(topic, { seed: 'capacity', size, types: only }).length;
	const byType = Object.fromEntries(QUESTION_TYPES.map((t) => [t, count([t])])) as Record<
		QuestionType,
		number
	>;
	return { total: types.length ? count(types) : 0, byType };
}
