import { Rating, type Grade } from '../schedule';

export interface Outcome {
	correct: boolean;
	/** Checks the learner made on this instance. */
	tries: number;
}

/**
 * An exercise card rates itself: right at the first try is Good, right
 * after a miss is Hard, and a second miss or opening the solution before
 * a right answer is Again. Easy is left to cards the learner rates by hand; a correct
 * computation says the formula is known, not that it is effortless.
 */
export function ratingFor(o: Outcome): Grade {
	if (!o.correct) return Rating.Again;
	return o.tries <= 1 ? Rating.Good : Rating.Hard;
}
