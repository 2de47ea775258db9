import Dexie from 'dexie';
import {
	buildQueue,
	doneToday,
	newSchedule,
	State,
	startOfDay,
	startOfNextDay,
	type Candidate,
	type DailyQueue,
	type ReviewEntry,
	type Schedule,
	type ScheduleSettings
} from '$lib/core/schedule';
import type { CardKind } from '$lib/core';
import { db, type CardRow } from './db';
import { freshCandidates, unlist, type FreshCandidates } from './fresh';

/** A narrower review: one article's cards, one kind of card, or both. */
export interface QueueFilter {
	articleId?: string;
	kind?: CardKind;
}

/**
 * Today's queue for the whole library, one article or one kind of card. The
 * candidates are read through the [bucket+due] index with the daily limits,
 * so the work stays small however large the collection is. With siblings
 * buried (`settings.burySiblings`), the candidates' and today's rated cards'
 * sibling keys come along (see `siblingKeys`), and a few more reviews and new
 * cards than the limits allow are read, as held-back siblings do not use up
 * a limit: read again, twice as many, while that was too few.
 */
export async function loadQueue(
	settings: ScheduleSettings,
	now: Date,
	{ articleId, kind }: QueueFilter = {}
): Promise<DailyQueue> {
	const since = startOfDay(now, settings);
	const log = await db.reviewLog.where('review').between(since, now, true, true).toArray();
	const done = doneToday(log, now, settings);
	const bury = settings.burySiblings;
	/**
	 * The candidates with their sibling keys, and today's rated cards with theirs. A listed new
	 * card's key came with its article's list (`fresh`), unless the list is older than that.
	 */
	const withKeys = async (candidates: Candidate[], fresh: FreshCandidates) => {
		const old = new Set(fresh.unknown);
		const listed = new Set(fresh.candidates.flatMap((s) => (old.has(s.cardId) ? [] : [s.cardId])));
		const ids = [...log.map((e) => e.cardId), ...candidates.map((s) => s.cardId)];
		const keys = await siblingKeys(ids.filter((id) => !listed.has(id)));
		const withKey = (s: Candidate): Candidate => {
			const sibling = listed.has(s.cardId) ? s.sibling : keys.get(s.cardId);
			return sibling ? { ...s, sibling } : s;
		};
		return {
			candidates: candidates.map(withKey),
			rated: log.map((e) => ({ cardId: e.cardId, sibling: keys.get(e.cardId) }))
		};
	};
	if (articleId || kind) {
		const ids = await cardIds(articleId, kind);
		const [stored, fresh] = await Promise.all([db.schedules.bulkGet(ids), freshCandidates()]);
		const byId = new Map(fresh.candidates.map((s) => [s.cardId, s]));
		const candidates = ids.flatMap((id, i): Candidate[] => {
			const s = stored[i] ?? byId.get(id);
			return s ? [s] : [];
		});
		if (!bury) return buildQueue(candidates, done, settings, now);
		const keyed = await withKeys(candidates, fresh);
		return buildQueue(keyed.candidates, done, settings, now, keyed.rated);
	}
	const range = (bucket: string, upTo: Date | typeof Dexie.maxKey) =>
		db.schedules.where('[bucket+due]').between([bucket, Dexie.minKey], [bucket, upTo], true, true);
	const reviewLimit = Math.max(0, settings.reviewsPerDay - done.review);
	const newLimit = Math.max(0, settings.newPerDay - done.new);
	// Learning cards due later today are read too: they come back today, so they keep their siblings away.
	const learn = await range('learn', bury ? startOfNextDay(now, settings) : now).toArray();
	for (let round = 0; ; round++) {
		// Without burying, exactly the limits; with it, 8 more and then twice as many each round.
		const more = (limit: number) => (bury && limit ? (limit + 8) * 2 ** round : limit);
		const [review, fresh, legacy] = await Promise.all([
			range('review', now).limit(more(reviewLimit)).toArray(),
			freshCandidates(more(newLimit)),
			// New cards of libraries made before fresh.ts, and cards whose first rating was undone.
			range('new', Dexie.maxKey).limit(more(newLimit)).toArray()
		]);
		const candidates: Candidate[] = [...learn, ...review, ...legacy, ...fresh.candidates];
		if (!bury) return buildQueue(candidates, done, settings, now);
		const keyed = await withKeys(candidates, fresh);
		const queue = buildQueue(keyed.candidates, done, settings, now, keyed.rated);
		const reviewsLeft = queue.counts.review < reviewLimit && review.length === more(reviewLimit);
		const newLeft =
			queue.counts.new < newLimit &&
			(fresh.candidates.length === more(newLimit) || legacy.length === more(newLimit));
		if (!reviewsLeft && !newLeft) return queue;
	}
}

/**
 * Sibling keys read from the cards, kept for the page's lifetime: a review
 * session re-reads its queue after every pause, and the due count after
 * every rating, with mostly the same cards. Any write to the cards (an
 * import, an edit, in this tab or another) forgets them all.
 */
const knownKeys = new Map<string, string | null>();
let cardsWritten = 0;
Dexie.on('storagemutated', (parts) => {
	const prefix = `idb://${db.name}/cards/`;
	if (Object.keys(parts).some((p) => p.startsWith(prefix))) {
		knownKeys.clear();
		cardsWritten++;
	}
});

/** The sibling keys of these cards, by card id (cards without one are left out). */
async function siblingKeys(ids: string[]): Promise<Map<string, string>> {
	const missing = [...new Set(ids)].filter((id) => !knownKeys.has(id));
	if (missing.length) {
		const written = cardsWritten;
		const cards = await db.cards.bulkGet(missing);
		// Cards written meanwhile: what was read may be the old text, so it is not kept.
		if (written === cardsWritten)
			missing.forEach((id, i) => knownKeys.set(id, cards[i]?.sibling ?? null));
		else return keysOf(ids, new Map(missing.map((id, i) => [id, cards[i]?.sibling ?? null])));
	}
	return keysOf(ids, knownKeys);
}

function keysOf(ids: string[], from: Map<string, string | null>): Map<string, string> {
	const out = new Map<string, string>();
	for (const id of ids) {
		const key = from.get(id) ?? knownKeys.get(id);
		if (key) out.set(id, key);
	}
	return out;
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

/** A rating as stored: the schedule it was computed from, the new one, and its log entry's id. */
export interface CommittedRating {
	previous: Schedule;
	schedule: Schedule;
	entryId: number;
}

/**
 * A rating: the card's schedule is read, the new one computed from it and
 * written with its log entry, all in one read-write transaction (a new
 * card's first rating also takes it off its article's list of new cards).
 * Reading inside the transaction is what keeps two tabs honest: IndexedDB
 * runs read-write transactions on the same store one after the other, so a
 * second tab's rating of the same card starts from the first one's result,
 * never from the schedule it showed (`shown` is only used for a card that
 * has no row yet, i.e. a new one).
 */
export async function commitRating(
	shown: Schedule,
	articleId: string,
	next: (current: Schedule) => { schedule: Schedule; entry: ReviewEntry }
): Promise<CommittedRating> {
	return db.transaction('rw', db.schedules, db.reviewLog, db.fresh, async () => {
		const previous = (await db.schedules.get(shown.cardId)) ?? shown;
		const { schedule, entry } = next(previous);
		await db.schedules.put(schedule);
		if (entry.state === State.New) await unlist([schedule.cardId], [articleId]);
		const entryId = (await db.reviewLog.add(entry)) as number;
		return { previous, schedule, entryId };
	});
}

/**
 * Undo: the rating's log entry goes, and the schedule is put back as it was
 * before the rating, unless another tab has rated the card since (then its
 * newer schedule stays: putting ours back would lose that rating).
 */
export async function undoRating(done: CommittedRating): Promise<void> {
	await db.transaction('rw', db.schedules, db.reviewLog, async () => {
		const current = await db.schedules.get(done.schedule.cardId);
		if (!current || sameSchedule(current, done.schedule)) await db.schedules.put(done.previous);
		await db.reviewLog.delete(done.entryId);
	});
}

/** Whether two schedules of a card are the same state (same reviews, same due time). */
export function sameSchedule(a: Schedule, b: Schedule): boolean {
	return (
		a.reps === b.reps &&
		a.lapses === b.lapses &&
		a.state === b.state &&
		a.bucket === b.bucket &&
		new Date(a.due).getTime() === new Date(b.due).getTime()
	);
}

/**
 * Calls `changed` whenever the schedules table is written, in this tab or
 * another (Dexie relays other tabs' writes over a BroadcastChannel), and
 * returns the function that stops it.
 */
export function onSchedulesWritten(changed: () => void): () => void {
	const prefix = `idb://${db.name}/schedules/`;
	const listener = (parts: Record<string, unknown>) => {
		if (Object.keys(parts).some((p) => p.startsWith(prefix))) changed();
	};
	Dexie.on('storagemutated', listener);
	return () => Dexie.on.storagemutated.unsubscribe(listener);
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
