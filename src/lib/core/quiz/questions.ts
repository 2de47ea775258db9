/**
 * One maker per question type: a card (with the topic's other cards for
 * distractors and partners) → a question, or null when the card cannot
 * carry that type fairly (too few distractors of its shape and language, an
 * answer too long to type, no steps to order).
 */
import { facetOf } from '../cards/facet';
import { shuffle, type Random } from '../rng';
import { normalise } from '../text/normalise';
import { plain, sameText, termOf } from './answers';
import { alsoCorrect, candidates, distractors, type Facts } from './distractors';
import { parseNumber } from './numbers';
import type {
	ChoiceQuestion,
	MatchingQuestion,
	OrderingQuestion,
	Question,
	QuestionType,
	TrueFalseQuestion,
	TypedQuestion
} from './types';

/** Typed answers are short: a term, a step, a symbol's meaning, a number. */
export const TYPED_MAX = 24;
/** Matching definitions stay readable side by side. */
const MATCH_MAX = 160;
/** A matching question pairs 4 to 6 terms. */
export const MATCH_SIZE = { min: 4, max: 6 };

/** What a maker may use: the topic's cards and which of them are still free to ask. */
export interface MakerContext {
	pool: Facts[];
	random: Random;
	/** A card (beside the question's own) may join a matching question. */
	free: (f: Facts) => boolean;
}

export type Maker = (card: Facts, ctx: MakerContext) => Question | null;

function base(f: Facts) {
	return {
		cardIds: [f.card.id],
		source: { articleId: f.card.articleId, line: f.card.context.line },
		prompt: f.prompt
	};
}

const choice: Maker = (card, { pool, random }): ChoiceQuestion | null => {
	const wrong = distractors(card, pool, random, 3);
	if (wrong.length < 3) return null;
	const options = shuffle([card, ...wrong], random);
	return {
		type: 'choice',
		...base(card),
		options: options.map((o) => o.answer),
		answer: options.indexOf(card)
	};
};

const trueFalse: Maker = (card, { pool, random }): TrueFalseQuestion => {
	const other = distractors(card, pool, random, 1)[0];
	const truth = !other || random() < 0.5;
	return {
		type: 'truefalse',
		...base(card),
		shown: truth ? card.answer : other.answer,
		truth,
		answer: card.answer
	};
};

const typed: Maker = (card): TypedQuestion | null => {
	const f = facetOf(card.card);
	if (f.type === 'definition') {
		// Ask for the term from its definition, the term and its gloss hidden.
		const hidden = [f.term, f.gloss ?? '']
			.filter(Boolean)
			.reduce((text, name) => text.split(name).join('____'), card.card.back);
		if (hidden === card.card.back || [...f.term].length > TYPED_MAX) return null;
		return {
			type: 'typed',
			...base(card),
			prompt: hidden,
			answer: f.term,
			accepted: card.accepted
		};
	}
	if (!['symbol', 'formula', 'cloze', 'flow'].includes(f.type)) return null;
	if (f.type === 'formula' && f.ask !== 'name' && f.ask !== 'result') return null;
	if (f.type === 'flow' && f.neighbours.length !== 1) return null;
	const text = plain(card.answer);
	if (!text || [...text].length > TYPED_MAX || card.answer.includes('\n')) return null;
	if (card.answer.includes('$$')) return null;
	const numeric = parseNumber(text) !== null;
	return {
		type: 'typed',
		...base(card),
		answer: card.answer,
		accepted: card.accepted,
		...(numeric ? { numeric } : {})
	};
};

const short = (f: Facts) => [...plain(f.answer)].length <= MATCH_MAX && f.form !== 'list';

const matching: Maker = (card, { pool, random, free }): MatchingQuestion | null => {
	if (!short(card)) return null;
	const group = [card];
	const want = MATCH_SIZE.min + Math.floor(random() * (MATCH_SIZE.max - MATCH_SIZE.min + 1));
	for (const o of candidates(card, pool, random)) {
		if (group.length === want) break;
		if (!free(o) || !short(o)) continue;
		// Terms and answers all different, and no answer right for another's term.
		if (
			group.some(
				(g) => sameText(termOf(g.card), termOf(o.card)) || alsoCorrect(g, o) || alsoCorrect(o, g)
			)
		)
			continue;
		group.push(o);
	}
	if (group.length < MATCH_SIZE.min) return null;
	const definitions = shuffle(group, random);
	return {
		type: 'matching',
		...base(card),
		cardIds: group.map((g) => g.card.id),
		prompt: '',
		terms: group.map((g) => termOf(g.card)),
		definitions: definitions.map((d) => d.answer),
		pairs: group.map((g) => definitions.indexOf(g))
	};
};

const ordering: Maker = (card, { random }): OrderingQuestion | null => {
	const steps = card.card.steps;
	if (!steps || steps.length < 3 || new Set(steps.map(normalise)).size < steps.length) return null;
	const identity = steps.map((_, i) => i);
	let shuffled = identity;
	while (shuffled.every((s, i) => s === i)) shuffled = shuffle(identity, random);
	return { type: 'ordering', ...base(card), steps: [...steps], shuffled };
};

export const MAKERS: Record<QuestionType, Maker> = {
	choice,
	truefalse: trueFalse,
	typed,
	matching,
	ordering
};
