import { describe, expect, test } from 'vitest';
import { grade, unanswered } from './grade';
import type { MatchingQuestion, TypedQuestion } from './types';

const source = { articleId: 'a', line: 1 };
const match: MatchingQuestion = {
	type: 'matching',
	cardIds: ['c0', 'c1', 'c2', 'c3'],
	source,
	prompt: '',
	terms: ['t0', 't1', 't2', 't3'],
	definitions: ['d2', 'd0', 'd3', 'd1'],
	pairs: [1, 3, 0, 2]
};

describe('grading', () => {
	test('a match with rows left open is not gradable: it counts the open rows', () => {
		expect(unanswered(match, { type: 'matching', picks: [-1, -1, -1, -1] })).toBe(4);
		expect(unanswered(match, { type: 'matching', picks: [1, -1, 0, -1] })).toBe(2);
		expect(unanswered(match, { type: 'matching', picks: [1, 3, 0, 2] })).toBe(0);
		expect(unanswered(match, null)).toBe(1);
		const typed = {
			type: 'typed',
			cardIds: ['c'],
			source,
			prompt: '',
			answer: 'x',
			accepted: ['x']
		};
		// An empty typed answer is an answer ("I don't know"): graded, wrong.
		expect(unanswered(typed as TypedQuestion, { type: 'typed', text: '' })).toBe(0);
	});

	test('a complete match is graded per row; a typed "almost" counts and says so', () => {
		const g = grade(match, { type: 'matching', picks: [1, 3, 2, 0] });
		expect(g).toMatchObject({ correct: false, missed: ['c2', 'c3'] });
		const typed: TypedQuestion = {
			type: 'typed',
			cardIds: ['c'],
			source,
			prompt: '',
			answer: 'Preconditioning',
			accepted: ['Preconditioning']
		};
		expect(grade(typed, { type: 'typed', text: 'preconditoning' })).toMatchObject({
			correct: true,
			verdict: 'almost',
			missed: []
		});
		expect(grade(typed, { type: 'typed', text: 'momentum' })).toMatchObject({
			correct: false,
			verdict: 'wrong',
			missed: ['c']
		});
	});
});
