import Dexie from 'dexie';
import {
	buildQueue,
	doneToday,
	newSchedule,
	State,
	startOfDay,
	type DailyQueue,
	type ReviewEntry,
	type Schedule,
	type ScheduleSettings
} from '$lib/core/schedule';
import type { CardKind } from '$lib/core';
import { db, type CardRow } from './db';
import { freshById, freshSchedules, unlist } from './fresh';

/**
 * Today's queue for the whole library, one article or one kind of card. The candidates are
 * read through the [bucket+due] index with the daily limits, so the work
 * stays small however large the collection is.
 */
/** A narrower review: one article's cards, one kind of card, or both. */
export interface QueueFilter {
	articleId?: string;
	kind?: CardKind;
}

export async function loadQueue(
	settings: ScheduleSettings,
	now: Date,
	{ articleId, kind }: QueueFilter = {}
): Promise<DailyQueue> {
	const since = startOfDay(now, settings);
	const log = await db.reviewLog.where('review').between(since, now, true, true).toArray();
	const done = doneToday(log, now, settings);
	let candidates: Schedule[];
	if (articleId || kind) {
		const ids = await cardIds(articleId, kind);
		const [stored, fresh] = await Promise.all([db.schedules.bulkGet(ids), freshById()]);
		candidates = ids.flatMap((id, i) => {
			const s = stored[i] ?? fresh.get(id);
			return s ? [s] : [];
		});
	} else {
		const range = (bucket: string, upTo: Date | typeof Dexie.maxKey) =>
			db.schedules
				.where('[bucket+due]')
				.between([bucket, Dexie.minKey], [bucket, upTo], true, true);
		const newLimit = Math.max(0, settings.newPerDay - done.new);
		const [learn, review, listed, legacy] = await Promise.all([
			range('learn', now).toArray(),
			range('review', now)
				.limit(Math.max(0, settings.reviewsPerDay - done.review))
				.toArray(),
			freshSchedules(newLimit),
			// New cards of libraries made before fresh.ts, and cards whose first rating was undone.
			range('new', Dexie.maxKey).limit(newLimit).toArray()
		]);
		candidates = [...learn, ...review, ...legacy, ...listed];
	}
	return buildQueue(candidates, done, settings, now);
}

/** The ids of an article's cards, or of one kind (read only from articles that count some). */
async function cardIds(articleId?: string, kind?: CardKind): Promise<string[]> {
	const articles = articleId
		? [articleId]
		: (await db.articles.toArray()).filter((a) => kind && a.counts[kind]).map((a) => a.id);
	if (!kind) return db.cards.where('articleId').anyOf(articles).primaryKeys();
	const cards = await db.cards.where('articleId').anyOf(articles).toArray();
	return cards.filter((c) => c.kind === kind).map((c) => c.id);
}

/** Learning cards that will be due later today (for "come back in 8 minutes"). */
export async function nextLearningDue(now: Date): Promise<Date | null> {
	const next = await db.schedules
		.where('[bucket+due]')
		.between(['learn', now], ['learn', Dexie.maxKey], false, true)
		.first();
	return next?.due ?? null;
}

/**
 * A rating: the new schedule and its log entry, committed together (a new
 * card's first rating also takes it off its article's list of new cards).
 * Returns the entry's id.
 */
export async function commitReview(
	schedule: Schedule,
	entry: ReviewEntry,
	articleId: string
): Promise<number> {
	return db.transaction('rw', db.schedules, db.reviewLog, db.fresh, async () => {
		await db.schedules.put(schedule);
		if (entry.state === State.New) await unlist([schedule.cardId], [articleId]);
		return (await db.reviewLog.add(entry)) as number;
	});
}

/** Undo: the schedule as it was before the rating, and the rating's log entry gone. */
export async function undoReview(previous: Schedule, entryId: number): Promise<void> {
	await db.transaction('rw', db.schedules, db.reviewLog, async () => {
		await db.schedules.put(previous);
		await db.reviewLog.delete(entryId);
	});
}

/** A card and its schedule, for the review screen; null when either is gone. */
export async function loadReviewCard(
	id: string
): Promise<{ card: CardRow; schedule: Schedule } | null> {
	const [card, schedule] = await Promise.all([db.cards.get(id), db.schedules.get(id)]);
	if (!card) return null;
	// A new card has no schedule row until its first rating (see fresh.ts).
	return { card, schedule: schedule ?? newSchedule(id, card.createdAt) };
}
