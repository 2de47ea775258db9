/**
 * Distractors: wrong answers that could be right. They come from the
 * topic's own cards only, have the answer's shape (a formula for a formula,
 * a symbol's meaning for a symbol's meaning) and form (a term for a term, a
 * sentence for a sentence), are written in its language, and are never
 * also right (the same text, a form the typed grader would accept, another
 * neighbour of the same flow step, another definition of the same term).
 */
import type { Card } from '../cards';
import { facetOf } from '../cards/facet';
import { shuffle, type Random } from '../rng';
import { normalise } from '../text/normalise';
import { acceptedOf, answersOf, withGloss, type Glossary } from './accepted';
import {
	formOf,
	offeredAnswer,
	promptOf,
	sameText,
	shapeOf,
	type Form,
	type Shape
} from './answers';
import { languageOf, sameLanguage, type AnswerLanguage } from './language';
import { foldAnswer, judge } from './typed';

/** What the builder reads of a card again and again, read once. */
export interface Facts {
	card: Card;
	/** As offered (`offeredAnswer`): a definition without its term. */
	answer: string;
	shape: Shape;
	form: Form;
	language: AnswerLanguage;
	prompt: string;
	/** The normalised front: two cards asking the same thing are never each other's distractor. */
	asks: string;
	accepted: string[];
	length: number;
}

/** The facts of every card in the pool, by id. */
export function factsOf(pool: Card[], glossary: Glossary): Map<string, Facts> {
	return new Map(
		pool.map((card) => {
			const answer = offeredAnswer(card);
			const prompt = promptOf(card);
			return [
				card.id,
				{
					card,
					answer,
					shape: shapeOf(card),
					form: formOf(answer),
					language: languageOf(answer),
					prompt,
					asks: normalise(card.front),
					accepted: answersOf(card, glossary),
					length: [...answer].length
				}
			];
		})
	);
}

/**
 * The question answers itself: what it asks for (a name, a symbol's
 * meaning, a blank, a step) is written in its prompt, as in a formula
 * "Cross-Entropy Loss = …" asking for the name "交叉熵损失（Cross-Entropy Loss）",
 * or the formula asked for writes the name asked about. Such a card is
 * never asked (it still gives distractors).
 */
export function answersItself(f: Facts): boolean {
	const facet = facetOf(f.card);
	const within = (text: string, names: string[]) => {
		const folded = foldAnswer(text);
		return names.some((a) => {
			const name = foldAnswer(a);
			return [...name].length >= 3 && folded.includes(name);
		});
	};
	// "What is the formula for Cross-Entropy Loss?": the formula that names itself is the one.
	if (facet.type === 'formula' && facet.ask === 'tex')
		return !!facet.name && within(facet.tex, withGloss(facet.name));
	if (!['formula', 'symbol', 'cloze', 'flow'].includes(facet.type)) return false;
	return within(f.prompt, acceptedOf(f.card));
}

/** `other`'s answer would also answer `card`'s question. */
export function alsoCorrect(card: Facts, other: Facts): boolean {
	if (sameText(card.answer, other.answer)) return true;
	if (card.form === 'term' || card.form === 'math') {
		if (other.accepted.some((a) => judge(a, card.accepted) !== 'wrong')) return true;
	}
	const f = facetOf(card.card);
	const o = facetOf(other.card);
	if (f.type === 'flow' && o.type === 'flow') {
		const right = new Set(f.neighbours.map(normalise));
		if (o.neighbours.some((n) => right.has(normalise(n)))) return true;
	}
	if (f.type === 'definition' && o.type === 'definition') {
		if (sameText(f.term, o.term)) return true;
	}
	if (f.type === 'symbol' && o.type === 'symbol') {
		if (f.symbol === o.symbol && f.tex === o.tex) return true;
	}
	return false;
}

/** Shared leading headings: the nearer a card's section, the likelier its answer is confused. */
function closeness(a: Card, b: Card): number {
	let shared = 0;
	const x = a.context.headingPath;
	const y = b.context.headingPath;
	while (shared < x.length && x[shared] === y[shared]) shared++;
	return (a.articleId === b.articleId ? 100 : 0) + shared;
}

/**
 * The cards of `pool` fit to stand beside `card`'s answer, nearest section
 * first and, within one, those of similar length (an option twice as long
 * as the others stands out), in a seeded order.
 */
export function candidates(card: Facts, pool: Facts[], random: Random): Facts[] {
	const fit = pool.filter(
		(o) =>
			o.card.id !== card.card.id &&
			o.answer !== '' &&
			o.shape === card.shape &&
			o.form === card.form &&
			o.language === card.language &&
			sameLanguage(o.prompt, card.prompt) &&
			o.asks !== card.asks &&
			!alsoCorrect(card, o)
	);
	const similar = (o: Facts) => {
		const ratio = Math.max(o.length, card.length) / Math.max(1, Math.min(o.length, card.length));
		return ratio <= 2 ? 1 : 0;
	};
	return shuffle(fit, random)
		.map((o, i) => ({ o, i, score: closeness(card.card, o.card) * 2 + similar(o) }))
		.sort((x, y) => y.score - x.score || x.i - y.i)
		.map((x) => x.o);
}

/** Up to `count` distractors, their answers different from one another (and none also right). */
export function distractors(card: Facts, pool: Facts[], random: Random, count: number): Facts[] {
	const picked: Facts[] = [];
	for (const o of candidates(card, pool, random)) {
		if (picked.some((p) => sameText(p.answer, o.answer) || alsoCorrect(p, o))) continue;
		picked.push(o);
		if (picked.length === count) break;
	}
	return picked;
}
