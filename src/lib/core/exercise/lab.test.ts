import { describe, expect, it } from 'vitest';
import { Rating } from '../schedule';
import { labProblem, simulate } from './lab';
import { ratingFor } from './rating';

describe('gradient-descent lab', () => {
	it('the quadratic follows its closed form 1.5 (1 − 3α)^(2k) · 4', () => {
		const losses = simulate(labProblem('quadratic'), 0.1, 10);
		expect(losses).toHaveLength(11);
		losses.forEach((l, k) => expect(l).toBeCloseTo(1.5 * 0.7 ** (2 * k) * 4, 10));
	});

	it.each(['quadratic', 'linreg'])(
		'%s converges just below its limit and diverges just above',
		(id) => {
			const p = labProblem(id);
			const below = simulate(p, p.divergesFrom * 0.95, 200);
			const above = simulate(p, p.divergesFrom * 1.05, 200);
			expect(below.at(-1)!).toBeLessThan(below[0]);
			expect(above.at(-1)!).toBeGreaterThan(above[0] * 100);
		}
	);

	it('the line fit reaches the least-squares loss', () => {
		// Least squares on x = 0..4, y = (1, 2.5, 5, 6.5, 9): w = 2, b = 0.8, MSE 0.06.
		const losses = simulate(labProblem('linreg'), 0.05, 2000);
		expect(losses.at(-1)!).toBeCloseTo(0.06, 6);
	});
});

describe('an exercise rates itself', () => {
	it('right at once is Good, right at the second try Hard, otherwise Again', () => {
		expect(ratingFor({ correct: true, tries: 1 })).toBe(Rating.Good);
		expect(ratingFor({ correct: true, tries: 2 })).toBe(Rating.Hard);
		expect(ratingFor({ correct: false, tries: 2 })).toBe(Rating.Again);
		expect(ratingFor({ correct: false, tries: 0 })).toBe(Rating.Again);
	});
});
