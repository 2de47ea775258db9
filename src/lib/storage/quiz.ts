import { inScope, quizRatings, weakCards, type QuizScope } from '$lib/core/quiz';
import { makeScheduler, rate, type Schedule, type ScheduleSettings } from '$lib/core/schedule';
import { db, type CardRow, type QuizResultRow } from './db';
import { freshById, unlist } from './fresh';

/** A stable key for a topic, so results of the same topic form one history. */
export function topicKey(scope: QuizScope): string {
	const key = [scope.articleId ?? '', scope.section ?? [], scope.kind ?? ''];
	// Older results have no weak flag: their keys stay as they were.
	return JSON.stringify(scope.weak ? [...key, 'weak'] : key);
}

/**
 * The cards a quiz on this topic asks about (`cards`) and the topic's live
 * cards for distractors (`pool`): the same, unless the quiz is on the
 * learner's weak cards, which it asks about while the rest of the topic
 * still gives distractors. Never a card from outside the topic.
 */
export async function quizCards(
	scope: QuizScope,
	settings: ScheduleSettings,
	now = new Date()
): Promise<{ cards: CardRow[]; pool: CardRow[] }> {
	const pool = (await db.cards.toArray()).filter((c) => !c.retired && inScope(c, scope));
	if (!scope.weak) return { cards: pool, pool };
	// New cards have no schedule row (see fresh.ts), and a new card is not weak.
	const rows = await db.schedules.bulkGet(pool.map((c) => c.id));
	const schedules = new Map(rows.flatMap((s): [string, Schedule][] => (s ? [[s.cardId, s]] : [])));
	return { cards: weakCards(pool, schedules, makeScheduler(settings), now), pool };
}

/** The stored cards with these ids (those still in the library), for the results page. */
export async function cardsByIds(ids: string[]): Promise<CardRow[]> {
	return (await db.cards.bulkGet(ids)).filter((c): c is CardRow => !!c);
}

/**
 * A quiz answer reaches the schedule as `quizRatings` plans it (with the
 * setting on): schedules and log entries written in one transaction, marked
 * as coming from a quiz.
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
		const schedules = new Map(
			cardIds.flatMap((id, i): [string, Schedule][] => {
				const s = stored[i] ?? fresh.get(id);
				return s ? [[id, s]] : [];
			})
		);
		const rated: string[] = [];
		for (const step of quizRatings([...schedules.values()], missed, now)) {
			const r = rate(scheduler, schedules.get(step.cardId)!, step.rating, now, 0, 'quiz');
			await db.schedules.put(step.dueNow ? { ...r.schedule, due: now } : r.schedule);
			await db.reviewLog.add(r.entry);
			if (fresh.has(step.cardId)) rated.push(step.cardId);
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
