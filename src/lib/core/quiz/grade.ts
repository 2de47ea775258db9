/**
 * Grading: typed answers as `gradeTyped` reads them; the other question
 * types are right or wrong per part, and a wrong part names the card it came
 * from so the scheduler can bring it back.
 */
import type { Question, Response } from './types';
import { gradeTyped, type DiffPart, type Verdict } from './typed';

export interface Grade {
	/** Counted right (an "almost" typed answer is). */
	correct: boolean;
	/** For typed answers: right, almost (one typo, shown) or wrong. */
	verdict?: Verdict;
	/** Cards answered wrongly. */
	missed: string[];
	/** For typed answers: where the learner's answer differs from the nearest accepted one. */
	diff?: DiffPart[];
}

/**
 * How many parts of the question the response leaves unanswered (a term of
 * a matching question without its definition; no option picked): the quiz
 * refuses to grade such a response and says so.
 */
export function unanswered(question: Question, response: Response | null): number {
	if (!response || response.type !== question.type) return 1;
	switch (response.type) {
		case 'choice':
			return response.pick < 0 ? 1 : 0;
		case 'matching':
			return question.type === 'matching'
				? question.terms.filter((_, i) => (response.picks[i] ?? -1) < 0).length
				: 1;
		default:
			return 0;
	}
}

/** Grades any question. */
export function grade(question: Question, response: Response): Grade {
	const all = (ok: boolean): Grade => ({ correct: ok, missed: ok ? [] : question.cardIds });
	switch (question.type) {
		case 'choice':
			return all(response.type === 'choice' && response.pick === question.answer);
		case 'truefalse':
			return all(response.type === 'truefalse' && response.value === question.truth);
		case 'typed': {
			const g = gradeTyped(response.type === 'typed' ? response.text : '', question.accepted);
			return { ...all(g.correct), verdict: g.verdict, diff: g.diff };
		}
		case 'matching': {
			const picks = response.type === 'matching' ? response.picks : [];
			const missed = question.cardIds.filter((_, i) => picks[i] !== question.pairs[i]);
			return { correct: missed.length === 0, missed };
		}
		case 'ordering': {
			const order = response.type === 'ordering' ? response.order : [];
			return all(question.steps.length === order.length && order.every((s, i) => s === i));
		}
	}
}
