/**
 * Quiz → review: what a quiz answer does to the cards' schedules, as a plan
 * storage applies in one transaction.
 */
import { Rating, type Grade, type Schedule } from '../schedule/scheduler';

export interface QuizRating {
	cardId: string;
	rating: Grade;
	/** Due at once after the rating (a missed card). */
	dueNow: boolean;
}

/**
 * Each card answered wrongly is rated Again and made due at once: the quiz
 * already showed the answer, so the next review session starts with it
 * rather than a learning step later. A card answered rightly is rated Good
 * only if it was due anyway: a quiz is no reason to push others out.
 * Suspended and retired cards (bucket off) are left alone.
 */
export function quizRatings(schedules: Schedule[], missed: string[], now: Date): QuizRating[] {
	const plan: QuizRating[] = [];
	for (const s of schedules) {
		if (s.bucket === 'off') continue;
		const wrong = missed.includes(s.cardId);
		const due = (s.bucket === 'learn' || s.bucket === 'review') && s.due <= now;
		if (!wrong && !due) continue;
		plan.push({ cardId: s.cardId, rating: wrong ? Rating.Again : Rating.Good, dueNow: wrong });
	}
	return plan;
}
