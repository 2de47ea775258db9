import { default_w, forgetting_curve } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { revlog } from '$lib/testing/fixtures';
import {
	evaluate,
	flatten,
	isBetter,
	itemsFromHistory,
	parseRevlogCsv,
	predict,
	readiness,
	RevlogCsvError,
	splitByTime,
	utcDays,
	type HistoryReview
} from '.';

const csv = revlog();
const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1, 12);

describe('review history → FSRS items', () => {
	const reviews: HistoryReview[] = [
		{ cardId: 'a', rating: 3, at: T0 + 2 * DAY },
		{ cardId: 'a', rating: 1, at: T0 },
		{ cardId: 'a', rating: 3, at: T0 + 600_000 },
		{ cardId: 'a', rating: 4, at: T0 + 9 * DAY },
		{ cardId: 'b', rating: 3, at: T0 },
		{ cardId: 'b', rating: 3, at: T0 + 60_000 }
	];

	it('orders each card by time, counts whole days, and drops items with no later day', () => {
		const items = itemsFromHistory(reviews, utcDays(4)).map((i) => i.item);
		expect(items).toEqual([
			[
				{ rating: 1, deltaT: 0 },
				{ rating: 3, deltaT: 0 },
				{ rating: 3, deltaT: 2 }
			],
			[
				{ rating: 1, deltaT: 0 },
				{ rating: 3, deltaT: 0 },
				{ rating: 3, deltaT: 2 },
				{ rating: 4, deltaT: 7 }
			]
		]);
	});

	it('puts a review at 03:00 on the day before when the day starts at 04:00', () => {
		const late = [
			{ cardId: 'c', rating: 3 as const, at: Date.UTC(2024, 0, 1, 5) },
			{ cardId: 'c', rating: 3 as const, at: Date.UTC(2024, 0, 2, 3) },
			{ cardId: 'c', rating: 3 as const, at: Date.UTC(2024, 0, 2, 5) }
		];
		expect(itemsFromHistory(late, utcDays(4)).map((i) => i.item.map((r) => r.deltaT))).toEqual([
			[0, 0, 1]
		]);
	});

	it('flattens items the way fsrs-browser takes them', () => {
		const f = flatten([
			[
				{ rating: 3, deltaT: 0 },
				{ rating: 1, deltaT: 4 }
			],
			[{ rating: 2, deltaT: 0 }]
		]);
		expect([...f.ratings]).toEqual([3, 1, 2]);
		expect([...f.deltaTs]).toEqual([0, 4, 0]);
		expect([...f.lengths]).toEqual([2, 1]);
	});
});

describe('review-history CSV', () => {
	it('reads the columns by name, ISO or epoch times, and says which line is wrong', async () => {
		const ok = await parseRevlogCsv(
			'review_time,card_id,review_rating,review_duration\n2024-03-29T20:32:32.250000+00:00,7,3,2500\n1711744352250,7,1,\n'
		);
		expect(ok.reviews).toEqual([
			{ cardId: '7', rating: 3, at: Date.UTC(2024, 2, 29, 20, 32, 32, 250), duration: 2500 },
			{ cardId: '7', rating: 1, at: 1711744352250, duration: 0 }
		]);
		await expect(
			parseRevlogCsv('card_id,review_rating,review_time\n7,3,2024-01-01\n7,5,2024-01-02')
		).rejects.toThrow(/^Line 3: review_rating must be 1, 2, 3 or 4/);
		await expect(
			parseRevlogCsv('card_id,review_rating,review_time\n7,3,yesterday')
		).rejects.toThrow('Line 2: review_time "yesterday" is not a date and time.');
		await expect(parseRevlogCsv('id,rating\n1,3')).rejects.toThrow(RevlogCsvError);
	});
});

const reviews = csv ? (await parseRevlogCsv(csv)).reviews : [];

describe.skipIf(!csv)('fitting on a real review log (review_logs_josh.csv)', () => {
	const split = splitByTime(reviews, utcDays(4), 0.8);

	it('is ready to fit this log, and not a tenth of it', () => {
		expect(readiness(reviews, utcDays(4))).toMatchObject({ ok: true, reviews: 12_580 });
		expect(readiness(reviews.slice(0, 300), utcDays(4))).toMatchObject({
			ok: false,
			short: 'reviews'
		});
	});

	it('reads all 12,580 reviews of 1,205 cards', () => {
		expect(reviews).toHaveLength(12_580);
		expect(new Set(reviews.map((r) => r.cardId)).size).toBe(1_205);
	});

	it('predicts recall with the FSRS model: Good once, asked 3 days later', () => {
		const r = predict(default_w, [
			[
				{ rating: 3, deltaT: 0 },
				{ rating: 3, deltaT: 3 }
			]
		])[0];
		expect(r).toBeCloseTo(forgetting_curve([...default_w], 3, default_w[2]), 10);
	});

	it('scores the defaults on the newest fifth (the figure the browser test shows as "Before")', () => {
		// The fit itself runs in the browser (fsrs-browser needs WebAssembly threads):
		// tests/optimise.spec.ts fits on the oldest 80 % and beats this figure.
		const before = evaluate(default_w, split.test);
		console.log(
			`held-out ${before.count} reviews: defaults log loss ${before.logLoss.toFixed(5)}, RMSE ${before.rmse.toFixed(4)}`
		);
		expect(before.count).toBe(1461);
		expect(before.logLoss).toBeCloseTo(0.4517, 4);
		const worse = evaluate(
			default_w.map((w, i) => (i < 4 ? w * 4 : w)),
			split.test
		);
		expect(isBetter(worse, before)).toBe(false);
		expect(isBetter(before, worse)).toBe(true);
	});
});
