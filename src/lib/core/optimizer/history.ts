/**
 * A learner's review history → the items the FSRS optimizer trains and is
 * judged on. An item is one card's reviews up to one later review: the
 * optimizer learns to predict that last review from the ones before it.
 */
import type { Grade } from 'ts-fsrs';

/** One rating of one card, wherever it came from (this app's log or an imported CSV). */
export interface HistoryReview {
	cardId: string;
	rating: Grade;
	/** Epoch milliseconds. */
	at: number;
}

/** A review as FSRS sees it: the rating and the whole days since the card's previous review. */
export interface FsrsReview {
	rating: number;
	deltaT: number;
}

/** A card's reviews up to one review; the last one is what a model predicts. */
export type FsrsItem = FsrsReview[];

const DAY_MS = 86_400_000;

/** Maps a time to the learner's day number; two reviews on one day are 0 days apart. */
export type DayOf = (ms: number) => number;

/** Days that roll over at `hour` o'clock in this browser's time zone (as the review queue does). */
export function localDays(hour: number): DayOf {
	return (ms) => {
		const local = ms - new Date(ms).getTimezoneOffset() * 60_000;
		return Math.floor((local - hour * 3_600_000) / DAY_MS);
	};
}

/** Days that roll over at `hour` o'clock UTC (for data whose time zone is unknown, and for tests). */
export function utcDays(hour: number): DayOf {
	return (ms) => Math.floor((ms - hour * 3_600_000) / DAY_MS);
}

/** Each card's reviews, oldest first, as FSRS reviews with day gaps. */
function sequences(
	reviews: HistoryReview[],
	dayOf: DayOf
): Map<string, (FsrsReview & { at: number })[]> {
	const byCard = new Map<string, HistoryReview[]>();
	for (const r of reviews) {
		const list = byCard.get(r.cardId);
		if (list) list.push(r);
		else byCard.set(r.cardId, [r]);
	}
	const out = new Map<string, (FsrsReview & { at: number })[]>();
	for (const [card, list] of byCard) {
		list.sort((a, b) => a.at - b.at);
		let prevDay = 0;
		out.set(
			card,
			list.map((r, i) => {
				const day = dayOf(r.at);
				const deltaT = i === 0 ? 0 : day - prevDay;
				prevDay = day;
				return { rating: r.rating, deltaT, at: r.at };
			})
		);
	}
	return out;
}

/** An item with the time of the review it predicts. */
export interface TimedItem {
	item: FsrsItem;
	at: number;
}

/**
 * Every item the history holds. An item whose reviews after the first all
 * fall on the first day carries nothing the long-term model can learn from
 * (and fsrs-rs refuses it), so it is left out.
 */
export function itemsFromHistory(reviews: HistoryReview[], dayOf: DayOf): TimedItem[] {
	const items: TimedItem[] = [];
	for (const seq of sequences(reviews, dayOf).values()) {
		let longTerm = false;
		for (let i = 1; i < seq.length; i++) {
			if (seq[i].deltaT > 0) longTerm = true;
			if (!longTerm) continue;
			items.push({
				item: seq.slice(0, i + 1).map(({ rating, deltaT }) => ({ rating, deltaT })),
				at: seq[i].at
			});
		}
	}
	return items;
}

/** True when the item's last review came a day or more after the one before: the reviews recall is predicted for. */
export function isLongTerm(item: FsrsItem): boolean {
	return item[item.length - 1].deltaT > 0;
}

export interface Split {
	/** Items whose last review is in the older part of the history. */
	train: FsrsItem[];
	/** Long-term items whose last review is among the most recent: what both parameter sets are judged on. */
	test: FsrsItem[];
	/** Time of the first held-out review. */
	cutoff: number;
}

/**
 * Splits by time: the oldest `share` of the reviews to fit on, the most
 * recent rest to judge on (a model is used on reviews after its fitting,
 * so that is the fair test). Training keeps long-term items only: the
 * same-day steps are the learning steps' business, and on josh's log
 * fitting on all items did worse on the held-out fifth (log loss 0.45129
 * against 0.45110 for long-term items only).
 */
export function splitByTime(reviews: HistoryReview[], dayOf: DayOf, share = 0.8): Split {
	const times = reviews.map((r) => r.at).sort((a, b) => a - b);
	const cutoff = times.length
		? times[Math.min(times.length - 1, Math.floor(times.length * share))]
		: 0;
	const train: FsrsItem[] = [];
	const test: FsrsItem[] = [];
	for (const { item, at } of itemsFromHistory(reviews, dayOf)) {
		if (!isLongTerm(item)) continue;
		(at < cutoff ? train : test).push(item);
	}
	return { train, test, cutoff };
}

/** Items as fsrs-browser takes them: all reviews flat, and each item's length. */
export function flatten(items: FsrsItem[]): {
	ratings: Uint32Array;
	deltaTs: Uint32Array;
	lengths: Uint32Array;
} {
	const total = items.reduce((n, i) => n + i.length, 0);
	const ratings = new Uint32Array(total);
	const deltaTs = new Uint32Array(total);
	const lengths = new Uint32Array(items.length);
	let k = 0;
	items.forEach((item, i) => {
		lengths[i] = item.length;
		for (const r of item) {
			ratings[k] = r.rating;
			deltaTs[k++] = r.deltaT;
		}
	});
	return { ratings, deltaTs, lengths };
}

/** Below these, a fit mostly learns noise and the held-out figures mean little. */
export const MIN_REVIEWS = 400;
export const MIN_HELD_OUT = 30;

/**
 * Whether the history is enough to fit and judge parameters; `short` says
 * what is missing: reviews overall, or reviews a day or more apart both
 * before and in the held-out most recent fifth.
 */
export function readiness(
	reviews: HistoryReview[],
	dayOf: DayOf
): { ok: boolean; reviews: number; train: number; test: number; short?: 'reviews' | 'spread' } {
	const { train, test } = splitByTime(reviews, dayOf);
	const base = { reviews: reviews.length, train: train.length, test: test.length };
	if (reviews.length < MIN_REVIEWS) return { ...base, ok: false, short: 'reviews' };
	if (test.length < MIN_HELD_OUT || train.length < MIN_HELD_OUT)
		return { ...base, ok: false, short: 'spread' };
	return { ...base, ok: true };
}
