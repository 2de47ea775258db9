import { inScope, type QuizScope } from '$lib/core/quiz';
import {
	makeScheduler,
	rate,
	Rating,
	type Schedule,
	type ScheduleSettings
} from '$lib/core/schedule';
import { db, type CardRow, type QuizResultRow } from './db';
import { freshById, unlist } from './fresh';

/** A stable key for a topic, so results of the same topic form one history. */
export function topicKey(scope: QuizScope): string {
	return JSON.stringify([scope.articleId ?? '', scope.section ?? [], scope.kind ?? '']);
}

/**
 * The cards a quiz on this topic asks about, and the library's live cards
 * for distractors (nearest topic first, so other articles are the fallback).
 */
export async function quizCards(scope: QuizScope): Promise<{ cards: CardRow[]; pool: CardRow[] }> {
	const pool = (await db.cards.toArray()).filter((c) => !c.retired);
	return { cards: pool.filter((c) => inScope(c, scope)), pool };
}

/**
 * A quiz answer reaches the schedule: with the setting on, each card
 * answered wrongly is rated Again; a card answered rightly is rated Good
 * only if it was due anyway (a quiz is no reason to push others out).
 * Schedules and log entries are written in one transaction, marked as
 * coming from a quiz.
 */
export async function applyQuizAnswer(
	settings: ScheduleSettings,
	cardIds: string[],
	missed: string[],
	now = new Date()
): Promise<void> {
	if (!settings.quizFeedsReview) return;
	const scheduler = makeScheduler(settings);
	await db.transaction('rw', db.cards, db.schedules, db.reviewLog, db.fresh, async () => {
		// A new card without a schedule row yet has the empty one (see fresh.ts).
		const [stored, fresh] = await Promise.all([db.schedules.bulkGet(cardIds), freshById()]);
		const schedules = cardIds.map((id, i) => stored[i] ?? fresh.get(id));
		const rated: string[] = [];
		for (const s of schedules.filter((s): s is Schedule => !!s && s.bucket !== 'off')) {
			const wrong = missed.includes(s.cardId);
			const due = (s.bucket === 'learn' || s.bucket === 'review') && s.due <= now;
			if (!wrong && !due) continue;
			const r = rate(scheduler, s, wrong ? Rating.Again : Rating.Good, now, 0, 'quiz');
			// A missed card is due at once: the quiz already showed the answer, so the
			// learner's next review session starts with it rather than a step later.
			await db.schedules.put(wrong ? { ...r.schedule, due: now } : r.schedule);
			await db.reviewLog.add(r.entry);
			if (fresh.has(s.cardId)) rated.push(s.cardId);
		}
		const cards = await db.cards.bulkGet(rated);
		await unlist(
			rated,
			cards.flatMap((c) => (c ? [c.articleId] : []))
		);
	});
}

export async function saveQuizResult(result: QuizResultRow): Promise<number> {
	return (await db.quizResults.add(result)) as number;
}

/** Every finished quiz on a topic, oldest first. */
export async function quizHistory(topic: string): Promise<QuizResultRow[]> {
	return db.quizResults
		.where('[topic+finishedAt]')
		.between([topic, new Date(0)], [topic, new Date(8.64e15)])
		.toArray();
}

export async function getQuizResult(id: number): Promise<QuizResultRow | undefined> {
	return db.quizResults.get(id);
}
