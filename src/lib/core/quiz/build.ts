/**
 * Seeded quiz builder: the same cards and seed always give the same quiz,
 * so a quiz URL can be retaken. Question types are mixed in turn; a card
 * that cannot carry a type (no plausible distractors, an answer too long to
 * type) is left to another type.
 */
import type { Card } from '../cards';
import { facetOf } from '../cards/facet';
import { seededRandom, shuffle, type Random } from '../rng';
import { normalise } from '../text/normalise';
import { answerOf, plain, promptOf, sameText, shapeOf, termOf } from './answers';
import {
	QUESTION_TYPES,
	type ChoiceQuestion,
	type MatchingQuestion,
	type OrderingQuestion,
	type Question,
	type QuestionType,
	type QuizOptions,
	type QuizScope,
	type TrueFalseQuestion,
	type TypedQuestion
} from './types';

/** Typed answers are short: a term, a step, a symbol's meaning. */
const TYPED_MAX = 24;
/** Matching definitions stay readable side by side. */
const MATCH_MAX = 160;

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
 * Builds a quiz from `cards` (already narrowed to the topic). Distractors
 * and false pairings come from `pool` (default: the same cards), nearest
 * topic first.
 */
export function buildQuiz(cards: Card[], options: QuizOptions, pool: Card[] = cards): Question[] {
	const random = seededRandom(options.seed);
	const size = options.size ?? 10;
	const types = shuffle(options.types?.length ? options.types : QUESTION_TYPES, random);
	const order = shuffle(
		cards.filter((c) => answerOf(c) !== ''),
		random
	);
	const used = new Set<string>();
	const questions: Question[] = [];
	const makers: Record<QuestionType, (c: Card) => Question | null> = {
		choice: (c) => choice(c, pool, random),
		truefalse: (c) => trueFalse(c, pool, random),
		typed: (c) => typed(c),
		matching: (c) => matching(c, pool, used, random),
		ordering: (c) => ordering(c, random)
	};
	for (let turn = 0; questions.length < size; turn++) {
		let made: Question | null = null;
		// This turn's type first, then the others, so the mix holds while cards allow it.
		for (let t = 0; t < types.length && !made; t++) {
			const type = types[(turn + t) % types.length];
			for (const card of order) {
				if (used.has(card.id)) continue;
				made = makers[type](card);
				if (made) break;
			}
		}
		if (!made) break;
		made.cardIds.forEach((id) => used.add(id));
		questions.push(made);
	}
	return questions;
}

function base(card: Card) {
	return {
		cardIds: [card.id],
		source: { articleId: card.articleId, line: card.context.line },
		prompt: promptOf(card)
	};
}

/**
 * Other cards of the same shape, nearest topic first: same article and the
 * longest shared heading path, then a seeded shuffle. Never the same
 * question, never an answer equal to the card's.
 */
function neighbours(card: Card, pool: Card[], random: Random): Card[] {
	const shape = shapeOf(card);
	const prompt = normalise(card.front);
	const answer = answerOf(card);
	const closeness = (o: Card) => {
		let shared = 0;
		const a = card.context.headingPath;
		const b = o.context.headingPath;
		while (shared < a.length && a[shared] === b[shared]) shared++;
		return (o.articleId === card.articleId ? 100 : 0) + shared;
	};
	const candidates = shuffle(
		pool.filter(
			(o) =>
				o.id !== card.id &&
				shapeOf(o) === shape &&
				normalise(o.front) !== prompt &&
				!sameText(answerOf(o), answer)
		),
		random
	);
	return candidates
		.map((o, i) => ({ o, i, score: closeness(o) }))
		.sort((x, y) => y.score - x.score || x.i - y.i)
		.map((x) => x.o);
}

/** Neighbours whose answers differ from the card's and from one another. */
function distinctAnswers(card: Card, pool: Card[], random: Random, count: number): Card[] {
	const picked: Card[] = [];
	for (const o of neighbours(card, pool, random)) {
		if (picked.some((p) => sameText(answerOf(p), answerOf(o)))) continue;
		picked.push(o);
		if (picked.length === count) break;
	}
	return picked;
}

function choice(card: Card, pool: Card[], random: Random): ChoiceQuestion | null {
	const wrong = distinctAnswers(card, pool, random, 3);
	if (wrong.length < 3) return null;
	const options = shuffle([card, ...wrong], random);
	return {
		type: 'choice',
		...base(card),
		options: options.map(answerOf),
		answer: options.indexOf(card)
	};
}

function trueFalse(card: Card, pool: Card[], random: Random): TrueFalseQuestion {
	const sibling = distinctAnswers(card, pool, random, 1)[0];
	const truth = !sibling || random() < 0.5;
	return {
		type: 'truefalse',
		...base(card),
		shown: answerOf(truth ? card : sibling),
		truth,
		answer: answerOf(card)
	};
}

function typed(card: Card): TypedQuestion | null {
	const shape = shapeOf(card);
	if (shape === 'concept') {
		// Ask for the term from its definition, with the term itself hidden.
		const f = facetOf(card);
		const term = f.type === 'definition' ? f.term : termOf(card);
		const hidden = card.back.split(term).join('____');
		if (hidden === card.back || [...term].length > TYPED_MAX) return null;
		return { type: 'typed', ...base(card), prompt: hidden, answer: term, accepted: [term] };
	}
	if (!['formula:symbol', 'formula:name', 'diagram:next', 'cloze'].includes(shape)) return null;
	const answer = answerOf(card);
	const text = plain(answer);
	if (!text || [...text].length > TYPED_MAX || answer.includes('\n') || answer.includes('$$'))
		return null;
	// "均方误差（MSE）" also accepts "均方误差" and "MSE".
	const accepted = [text];
	const m = text.match(/^(.+?)\s*[（(]([^（）()]+)[）)]$/);
	if (m) accepted.push(m[1], m[2]);
	return { type: 'typed', ...base(card), answer, accepted };
}

function matching(
	card: Card,
	pool: Card[],
	used: Set<string>,
	random: Random
): MatchingQuestion | null {
	const short = (c: Card) => [...plain(answerOf(c))].length <= MATCH_MAX;
	if (!short(card)) return null;
	const group = [card];
	const want = 4 + Math.floor(random() * 3);
	for (const o of neighbours(card, pool, random)) {
		if (group.length === want) break;
		if (used.has(o.id) || !short(o)) continue;
		if (group.some((g) => sameText(termOf(g), termOf(o)) || sameText(answerOf(g), answerOf(o))))
			continue;
		group.push(o);
	}
	if (group.length < 4) return null;
	const definitions = shuffle(group, random);
	return {
		type: 'matching',
		...base(card),
		cardIds: group.map((g) => g.id),
		prompt: '',
		terms: group.map(termOf),
		definitions: definitions.map(answerOf),
		pairs: group.map((g) => definitions.indexOf(g))
	};
}

function ordering(card: Card, random: Random): OrderingQuestion | null {
	const steps = card.steps;
	if (!steps || steps.length < 3 || new Set(steps.map(normalise)).size < steps.length) return null;
	const identity = steps.map((_, i) => i);
	let shuffled = identity;
	while (shuffled.every((s, i) => s === i)) shuffled = shuffle(identity, random);
	return { type: 'ordering', ...base(card), steps: [...steps], shuffled };
}
