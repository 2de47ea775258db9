import type { ReviewEntry, Schedule } from './scheduler';
import { State } from './scheduler';
import { startOfDay, startOfNextDay, type ScheduleSettings } from './settings';

export interface QueueCounts {
	learn: number;
	review: number;
	new: number;
}

export interface DailyQueue {
	/** Card ids in the order they should be shown. */
	cardIds: string[];
	counts: QueueCounts;
	/** Due review and new cards held back until tomorrow because a sibling comes (or came) today. */
	buried: string[];
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

/** A card that may come today, with its sibling key (see `Card.sibling`) when it has one. */
export type Candidate = Schedule & { sibling?: string };

/**
 * Today's queue: cards in (re)learning that are due first (their steps are
 * minutes apart), then due reviews, most overdue first, up to the daily
 * review limit, then new cards in the order given by their due time (see
 * storage/fresh.ts), up to the daily new limit. Suspended and retired cards
 * (bucket `off`) never come.
 *
 * Siblings (`settings.burySiblings`, as Anki buries them): a review or new
 * card waits until tomorrow when another card with its sibling key was
 * rated today (`ratedToday`, quiz answers too: the learner saw the item),
 * is in learning today, or is already in the queue (a review before a new
 * card, the most overdue or first-listed before the rest). Learning cards
 * always come: a step is the same card again. A card held back does not
 * use up a limit.
 * Pure: `now` is a parameter; `candidates` may hold more than is due.
 */
export function buildQueue(
	candidates: Candidate[],
	done: { new: number; review: number },
	settings: ScheduleSettings,
	now: Date,
	ratedToday: Iterable<Pick<Candidate, 'cardId' | 'sibling'>> = []
): DailyQueue {
	const due = (s: Schedule) => s.due <= now;
	const byDue = (a: Schedule, b: Schedule) => a.due.getTime() - b.due.getTime();
	const bury = settings.burySiblings;
	/** Sibling key → the cards that take it today. */
	const claimed = new Map<string, Set<string>>();
	const claim = (s: Pick<Candidate, 'cardId' | 'sibling'>) => {
		if (!bury || !s.sibling) return;
		const by = claimed.get(s.sibling) ?? new Set();
		claimed.set(s.sibling, by.add(s.cardId));
	};
	// Held back by another card only: a card's own rating today does not bury it.
	const held = (s: Candidate) =>
		!!s.sibling && [...(claimed.get(s.sibling) ?? [])].some((id) => id !== s.cardId);
	const buried: string[] = [];
	for (const s of ratedToday) claim(s);
	const learn = candidates.filter((s) => s.bucket === 'learn' && due(s)).sort(byDue);
	// A learning card coming back later today is shown today too: it keeps its siblings away.
	const dayEnd = startOfNextDay(now, settings);
	for (const s of candidates) if (s.bucket === 'learn' && s.due < dayEnd) claim(s);
	/** The first `limit` cards whose siblings are not claimed; each claims its own. */
	const take = (cards: Candidate[], limit: number): Candidate[] => {
		const out: Candidate[] = [];
		for (const s of cards) {
			if (out.length >= limit) break;
			if (bury && held(s)) {
				buried.push(s.cardId);
				continue;
			}
			claim(s);
			out.push(s);
		}
		return out;
	};
	const review = take(
		candidates.filter((s) => s.bucket === 'review' && due(s)).sort(byDue),
		Math.max(0, settings.reviewsPerDay - done.review)
	);
	const fresh = take(
		candidates.filter((s) => s.bucket === 'new').sort(byDue),
		Math.max(0, settings.newPerDay - done.new)
	);
	return {
		cardIds: [...learn, ...review, ...fresh].map((s) => s.cardId),
		counts: { learn: learn.length, review: review.length, new: fresh.length },
		buried
	};
}
