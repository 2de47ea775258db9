import type { ReviewEntry, Schedule } from './scheduler';
import { State } from './scheduler';
import { startOfDay, type ScheduleSettings } from './settings';

export interface QueueCounts {
	learn: number;
	review: number;
	new: number;
}

export interface DailyQueue {
	/** Card ids in the order they should be shown. */
	cardIds: string[];
	counts: QueueCounts;
}

/** How many new cards and reviews the learner has already done today. */
export function doneToday(
	log: Pick<ReviewEntry, 'state' | 'review' | 'source'>[],
	now: Date,
	settings: ScheduleSettings
): { new: number; review: number } {
	const from = startOfDay(now, settings);
	let fresh = 0;
	let review = 0;
	for (const e of log) {
		if (e.review < from || e.review > now || e.source === 'quiz') continue;
		if (e.state === State.New) fresh++;
		else if (e.state === State.Review) review++;
	}
	return { new: fresh, review };
}

/**
 * Today's queue: cards in (re)learning that are due first (their steps are
 * minutes apart), then due reviews, most overdue first, up to the daily
 * review limit, then new cards in the order they were added, up to the
 * daily new limit. Suspended and retired cards (bucket `off`) never come.
 * Pure: `now` is a parameter; `candidates` may hold more than is due.
 */
export function buildQueue(
	candidates: Schedule[],
	done: { new: number; review: number },
	settings: ScheduleSettings,
	now: Date
): DailyQueue {
	const due = (s: Schedule) => s.due <= now;
	const byDue = (a: Schedule, b: Schedule) => a.due.getTime() - b.due.getTime();
	const learn = candidates.filter((s) => s.bucket === 'learn' && due(s)).sort(byDue);
	const review = candidates
		.filter((s) => s.bucket === 'review' && due(s))
		.sort(byDue)
		.slice(0, Math.max(0, settings.reviewsPerDay - done.review));
	const fresh = candidates
		.filter((s) => s.bucket === 'new')
		.sort(byDue)
		.slice(0, Math.max(0, settings.newPerDay - done.new));
	return {
		cardIds: [...learn, ...review, ...fresh].map((s) => s.cardId),
		counts: { learn: learn.length, review: review.length, new: fresh.length }
	};
}
