import { describe, expect, it } from 'vitest';
import { buildQueue, doneToday, type Candidate } from './queue';
import {
	formatInterval,
	makeScheduler,
	newSchedule,
	nextDue,
	rate,
	Rating,
	State,
	type Schedule
} from './scheduler';
import { DEFAULT_SCHEDULE, startOfDay } from './settings';

const NOW = new Date('2026-03-10T09:00:00');
const min = (n: number) => new Date(NOW.getTime() + n * 60_000);
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

function sched(cardId: string, bucket: Schedule['bucket'], due: Date): Schedule {
	const state = { new: State.New, learn: State.Learning, review: State.Review, off: State.Review }[
		bucket
	];
	return { ...newSchedule(cardId, due), state, bucket };
}

describe('daily queue', () => {
	const candidates = [
		sched('new-b', 'new', day(-1)),
		sched('rev-late', 'review', day(-3)),
		sched('learn-soon', 'learn', min(5)),
		sched('new-a', 'new', day(-2)),
		sched('rev-today', 'review', min(-30)),
		sched('learn-now', 'learn', min(-1)),
		sched('rev-tomorrow', 'review', day(1)),
		sched('suspended', 'off', day(-5)),
		sched('new-c', 'new', day(0))
	];

	it('puts due learning first, then due reviews by due date, then new in order added', () => {
		const q = buildQueue(candidates, { new: 0, review: 0 }, DEFAULT_SCHEDULE, NOW);
		expect(q.cardIds).toEqual(['learn-now', 'rev-late', 'rev-today', 'new-a', 'new-b', 'new-c']);
		expect(q.counts).toEqual({ learn: 1, review: 2, new: 3 });
	});

	it('respects what is left of the daily limits', () => {
		const settings = { ...DEFAULT_SCHEDULE, newPerDay: 20, reviewsPerDay: 200 };
		const q = buildQueue(candidates, { new: 18, review: 199 }, settings, NOW);
		expect(q.cardIds).toEqual(['learn-now', 'rev-late', 'new-a', 'new-b']);
		const none = buildQueue(candidates, { new: 25, review: 200 }, settings, NOW);
		expect(none.cardIds).toEqual(['learn-now']);
	});

	it('brings a learning card back once its step is over', () => {
		const later = buildQueue(candidates, { new: 0, review: 0 }, DEFAULT_SCHEDULE, min(6));
		expect(later.cardIds.slice(0, 2)).toEqual(['learn-now', 'learn-soon']);
	});

	it('counts today’s new cards and reviews from the log, from 4 am, not quiz answers', () => {
		const at = (iso: string) => new Date(iso);
		const log = [
			{ state: State.New, review: at('2026-03-10T08:00:00'), source: 'review' as const },
			{ state: State.New, review: at('2026-03-10T03:00:00'), source: 'review' as const },
			{ state: State.Review, review: at('2026-03-10T05:00:00'), source: 'review' as const },
			{ state: State.Learning, review: at('2026-03-10T05:01:00'), source: 'review' as const },
			{ state: State.Review, review: at('2026-03-10T06:00:00'), source: 'quiz' as const }
		];
		expect(doneToday(log, NOW, DEFAULT_SCHEDULE)).toEqual({ new: 1, review: 1 });
		expect(startOfDay(at('2026-03-10T02:00:00'), DEFAULT_SCHEDULE)).toEqual(
			at('2026-03-09T04:00:00')
		);
	});
});

describe('siblings in the daily queue', () => {
	const sib = (s: Schedule, sibling: string): Candidate => ({ ...s, sibling });
	const bury = { ...DEFAULT_SCHEDULE, burySiblings: true };
	const candidates: Candidate[] = [
		sib(sched('f-name', 'new', day(-3)), 'a:formula:10'),
		sib(sched('f-reverse', 'new', day(-2)), 'a:formula:10'),
		sched('plain', 'new', day(-1)),
		sib(sched('f-symbol', 'new', min(-5)), 'a:formula:10'),
		sib(sched('s-concept', 'review', day(-2)), 'a:s:1'),
		sib(sched('s-cloze', 'new', day(-4)), 'a:s:1'),
		sib(sched('s-cloze-review', 'review', day(-1)), 'a:s:1')
	];

	it('is on by default', () => {
		expect(DEFAULT_SCHEDULE.burySiblings).toBe(true);
	});

	it('shows one card of each source item a day, a review before a new card', () => {
		const q = buildQueue(candidates, { new: 0, review: 0 }, bury, NOW);
		expect(q.cardIds).toEqual(['s-concept', 'f-name', 'plain']);
		expect(q.counts).toEqual({ learn: 0, review: 1, new: 2 });
		expect(q.buried.sort()).toEqual(['f-reverse', 'f-symbol', 's-cloze', 's-cloze-review']);
	});

	it('keeps every sibling away from a card rated today, but not the card itself', () => {
		const rated = [{ cardId: 'f-rated', sibling: 'a:formula:10' }];
		const q = buildQueue(candidates, { new: 1, review: 0 }, bury, NOW, rated);
		expect(q.cardIds).toEqual(['s-concept', 'plain']);
		// A review card answered in a quiz today (due again) still comes; its siblings do not.
		const quizzed = [{ cardId: 's-concept', sibling: 'a:s:1' }];
		const q2 = buildQueue(candidates, { new: 0, review: 0 }, bury, NOW, quizzed);
		expect(q2.cardIds).toEqual(['s-concept', 'f-name', 'plain']);
		expect(
			buildQueue(candidates, { new: 0, review: 0 }, bury, NOW, [{ cardId: 'x' }]).cardIds
		).toEqual(q2.cardIds);
	});

	it('brings learning steps back, and keeps their siblings away today', () => {
		const later = sib(sched('f-name', 'learn', min(8)), 'a:formula:10');
		const dueNow = sib(sched('s-concept', 'learn', min(-1)), 'a:s:1');
		const twin = sib(sched('s-cloze', 'learn', min(-2)), 'a:s:1');
		const rest = candidates.filter((c) => !['f-name', 's-concept', 's-cloze'].includes(c.cardId));
		const q = buildQueue([later, dueNow, twin, ...rest], { new: 1, review: 0 }, bury, NOW);
		// Both learning siblings come (each is a card's own next step), nothing else of theirs.
		expect(q.cardIds).toEqual(['s-cloze', 's-concept', 'plain']);
		// A step due tomorrow (past the 4 am day start) does not keep its siblings away today.
		const tomorrow = sib(sched('f-name', 'learn', day(1)), 'a:formula:10');
		const q2 = buildQueue([tomorrow, ...rest], { new: 1, review: 0 }, bury, NOW);
		expect(q2.cardIds).toEqual(['s-cloze-review', 'f-reverse', 'plain']);
	});

	it('does not let held-back cards use up the daily limit', () => {
		const settings = { ...bury, newPerDay: 2 };
		const q = buildQueue(candidates, { new: 0, review: 0 }, settings, NOW);
		expect(q.counts.new).toBe(2);
		expect(q.cardIds).toEqual(['s-concept', 'f-name', 'plain']);
	});

	it('shows siblings on the same day when the setting is off', () => {
		const q = buildQueue(candidates, { new: 0, review: 0 }, { ...bury, burySiblings: false }, NOW, [
			{ cardId: 'f-rated', sibling: 'a:formula:10' }
		]);
		expect(q.cardIds).toEqual([
			's-concept',
			's-cloze-review',
			's-cloze',
			'f-name',
			'f-reverse',
			'plain',
			'f-symbol'
		]);
		expect(q.buried).toEqual([]);
	});

	it('keeps cards stored without a sibling key apart from every other card', () => {
		const old = candidates.map(({ sibling: _, ...s }) => s);
		expect(buildQueue(old, { new: 0, review: 0 }, bury, NOW).cardIds).toHaveLength(7);
	});
});

describe('ts-fsrs wrapper', () => {
	const f = makeScheduler(DEFAULT_SCHEDULE);

	it('walks a new card through the learning steps into review', () => {
		const s0 = newSchedule('c1', NOW);
		const good = rate(f, s0, Rating.Good, NOW, 4200);
		expect(good.entry).toMatchObject({
			cardId: 'c1',
			rating: Rating.Good,
			state: State.New,
			duration: 4200,
			source: 'review'
		});
		expect(good.schedule.bucket).toBe('learn');
		expect(good.schedule.due).toEqual(min(10));
		const graduated = rate(f, good.schedule, Rating.Good, min(10), 3000);
		expect(graduated.schedule.bucket).toBe('review');
		expect(graduated.schedule.due.getTime()).toBeGreaterThan(day(1).getTime() - 60_000);
	});

	it('labels the four buttons with their intervals, growing from Again to Easy', () => {
		const due = nextDue(f, newSchedule('c2', NOW), NOW);
		const ms = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy].map(
			(r) => due[r as 1].getTime() - NOW.getTime()
		);
		expect(ms.map((m) => formatInterval(m)).slice(0, 3)).toEqual(['1m', '6m', '10m']);
		expect(ms[3]).toBeGreaterThan(ms[2]);
	});

	it('keeps a suspended card out of every queue after a rating', () => {
		const s = { ...newSchedule('c3', NOW), bucket: 'off' as const };
		expect(rate(f, s, Rating.Good, NOW, 1).schedule.bucket).toBe('off');
	});

	it('formats intervals', () => {
		expect(
			[30e3, 9e5, 7.2e6, 3 * 864e5, 75 * 864e5, 900 * 864e5].map((m) => formatInterval(m))
		).toEqual(['<1m', '15m', '2h', '3d', '2.5mo', '2.5y']);
	});
});
