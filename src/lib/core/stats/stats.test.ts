import { describe, expect, it } from 'vitest';
import { Rating, State } from '../schedule';
import {
	countByState,
	dayKey,
	forecast,
	progressByArticle,
	retentionByMonth,
	reviewsPerDay,
	scoresPerDay
} from './index';

const at = (s: string) => new Date(s);

describe('statistics', () => {
	it('counts review ratings per local day, leaving quiz answers out', () => {
		const m = reviewsPerDay([
			{ review: at('2026-11-20T09:00'), source: 'review' },
			{ review: at('2026-11-20T21:00'), source: 'review' },
			{ review: at('2026-11-21T08:00'), source: 'review' },
			{ review: at('2026-11-21T08:05'), source: 'quiz' }
		]);
		expect([...m]).toEqual([
			['2026-11-20', 2],
			['2026-11-21', 1]
		]);
	});

	it('forecasts learning and review cards by day, overdue ones today', () => {
		const now = at('2026-11-23T10:00');
		const f = forecast(
			[
				{ due: at('2026-11-20T10:00'), bucket: 'review' },
				{ due: at('2026-11-23T18:00'), bucket: 'learn' },
				{ due: at('2026-11-25T07:00'), bucket: 'review' },
				{ due: at('2026-11-25T07:00'), bucket: 'new' },
				{ due: at('2026-11-25T07:00'), bucket: 'off' },
				{ due: at('2027-02-01T07:00'), bucket: 'review' }
			],
			now,
			30
		);
		expect(f).toHaveLength(30);
		expect(f.slice(0, 3)).toEqual([2, 0, 1]);
		expect(f.reduce((a, b) => a + b)).toBe(3);
	});

	it('true retention per month counts only mature review cards', () => {
		const e = (review: string, rating: number, scheduled_days: number, state = State.Review) => ({
			review: at(review),
			rating,
			scheduled_days,
			state,
			source: 'review' as const
		});
		expect(
			retentionByMonth([
				e('2026-10-02T09:00', Rating.Good, 30),
				e('2026-10-03T09:00', Rating.Again, 25),
				e('2026-10-04T09:00', Rating.Hard, 40),
				e('2026-10-05T09:00', Rating.Again, 5), // young: not counted
				e('2026-11-01T09:00', Rating.Good, 21),
				e('2026-11-02T09:00', Rating.Again, 0, State.Learning)
			])
		).toEqual([
			{ month: '2026-10', reviews: 3, retention: 2 / 3 },
			{ month: '2026-11', reviews: 1, retention: 1 }
		]);
	});

	it('counts cards by state and progress by article', () => {
		const cards = [
			{ id: 'a', articleId: 'x', suspended: false, retired: 0 as const },
			{ id: 'b', articleId: 'x', suspended: false, retired: 0 as const },
			{ id: 'c', articleId: 'x', suspended: true, retired: 0 as const },
			{ id: 'd', articleId: 'y', suspended: false, retired: 0 as const },
			{ id: 'e', articleId: 'y', suspended: false, retired: 1 as const }
		];
		const s = new Map([
			['a', { bucket: 'review' as const, scheduled_days: 30 }],
			['b', { bucket: 'learn' as const, scheduled_days: 0 }],
			['c', { bucket: 'off' as const, scheduled_days: 3 }],
			['d', { bucket: 'new' as const, scheduled_days: 0 }]
		]);
		expect(countByState(cards, s)).toEqual({
			new: 1,
			learning: 1,
			young: 0,
			mature: 1,
			suspended: 1
		});
		expect(
			progressByArticle(
				[
					{ id: 'x', title: 'X' },
					{ id: 'y', title: 'Y' }
				],
				cards,
				s
			)
		).toEqual([
			{ id: 'x', title: 'X', unseen: 0, learning: 2, mature: 1 },
			{ id: 'y', title: 'Y', unseen: 1, learning: 0, mature: 0 }
		]);
	});

	it('scores per day as a share right', () => {
		expect(
			scoresPerDay([
				{ at: at('2026-11-20T09:00'), right: 7, total: 10 },
				{ at: at('2026-11-20T19:00'), right: 1, total: 2 },
				{ at: at('2026-11-22T09:00'), right: 0, total: 1 }
			])
		).toEqual([
			{ day: '2026-11-20', share: 8 / 12, total: 12 },
			{ day: '2026-11-22', share: 0, total: 1 }
		]);
		expect(dayKey(at('2026-01-05T23:59'))).toBe('2026-01-05');
	});
});
