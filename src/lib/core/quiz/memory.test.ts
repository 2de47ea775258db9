import { describe, expect, test } from 'vitest';
import { importArticle } from '$lib/core';
import { makeScheduler, newSchedule, rate, Rating, type Schedule } from '$lib/core/schedule';
import { DEFAULT_SCHEDULE } from '$lib/core/schedule/settings';
import { sample } from '$lib/testing/fixtures';
import { isWeak, quizRatings, sourceItems, weakCards } from '.';

const DAY = 86_400_000;
const t0 = new Date('2026-01-01T08:00:00Z');
const scheduler = makeScheduler(DEFAULT_SCHEDULE);

/** A card rated with `grades`, one day apart from t0. */
function rated(cardId: string, grades: Rating[]): Schedule {
	let s = newSchedule(cardId, t0);
	grades.forEach((g, i) => {
		s = rate(scheduler, s, g as never, new Date(t0.getTime() + i * DAY), 0).schedule;
	});
	return s;
}

describe('my weak cards', () => {
	test('lapsed, relearning and half-forgotten cards are weak; new, fresh and suspended ones not', () => {
		const now = new Date(t0.getTime() + 3 * DAY);
		const learnt = rated('good', [Rating.Good, Rating.Good, Rating.Good]);
		const lapsed = rated('lapsed', [Rating.Good, Rating.Good, Rating.Again]);
		expect(lapsed.lapses).toBe(1);
		expect(isWeak(lapsed, scheduler, now)).toBe(true);
		expect(isWeak(learnt, scheduler, now)).toBe(false);
		expect(isWeak(newSchedule('new', t0), scheduler, now)).toBe(false);
		expect(isWeak({ ...lapsed, bucket: 'off' }, scheduler, now)).toBe(false);
		// Months later a once-learnt card's predicted recall is under 0.8.
		expect(isWeak(learnt, scheduler, new Date(t0.getTime() + 400 * DAY))).toBe(true);
	});

	test('weakCards keeps the weak among the topic, in their order', () => {
		const cards = importArticle(sample('003').source, { path: sample('003').path }).cards;
		const now = new Date(t0.getTime() + 3 * DAY);
		const schedules = new Map([
			[cards[2].id, rated(cards[2].id, [Rating.Good, Rating.Again])],
			[cards[5].id, rated(cards[5].id, [Rating.Good, Rating.Good, Rating.Good])],
			[cards[7].id, rated(cards[7].id, [Rating.Again])]
		]);
		expect(weakCards(cards, schedules, scheduler, now).map((c) => c.id)).toEqual([
			cards[2].id,
			cards[7].id
		]);
	});
});

describe('quiz → review', () => {
	test('a miss is rated Again and due at once; a right answer only if due; off cards never', () => {
		const now = new Date(t0.getTime() + 30 * DAY);
		const due = { ...rated('due', [Rating.Good]), bucket: 'review' as const };
		const later = { ...rated('later', [Rating.Good]), due: new Date(now.getTime() + DAY) };
		const off = { ...rated('off', [Rating.Good]), bucket: 'off' as const };
		const plan = quizRatings(
			[due, later, off, { ...later, cardId: 'missed' }],
			['missed', 'off'],
			now
		);
		expect(plan).toEqual([
			{ cardId: 'due', rating: Rating.Good, dueNow: false },
			{ cardId: 'missed', rating: Rating.Again, dueNow: true }
		]);
	});
});

describe('source items', () => {
	test("seed 000's flow cards and its ordering card are one item; unrelated cards are not", () => {
		const cards = importArticle(sample('000').source, { path: sample('000').path }).cards;
		const items = sourceItems(cards);
		const flow = cards.filter((c) => c.kind === 'diagram');
		expect(flow).toHaveLength(15);
		expect(new Set(flow.map((c) => items.get(c.id))).size).toBe(1);
		const faqs = cards.filter((c) => c.kind === 'faq');
		expect(new Set(faqs.map((c) => items.get(c.id))).size).toBe(faqs.length);
	});
});
