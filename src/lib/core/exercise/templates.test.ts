import { describe, expect, it } from 'vitest';
import { checkAnswer, howOff, parseNumber, within } from './check';
import { makeInstance } from './instance';
import { TEMPLATES, templateOf } from './templates';
import type { Inputs, TemplateId } from './types';

const ref = (id: TemplateId, inputs: Inputs) => templateOf(id)!.reference(inputs);
/** Two tokens whose first query matches the first key: scores [[2, 0], [0, 0]]. */
const QK = {
	Q: [
		[1, 1],
		[0, 0]
	],
	K: [
		[1, 1],
		[0, 0]
	]
};

describe('reference answers, worked by hand', () => {
	it.each<[TemplateId, Inputs, number[]]>([
		['mse', { y: [1, 2, 3, 4], yHat: [1.5, 2, 2, 4] }, [0.3125]],
		['bce', { y: [1, 0], p: [0.8, 0.4] }, [(-Math.log(0.8) - Math.log(0.6)) / 2]],
		['cce', { p1: [0.7, 0.2, 0.1], p2: [0.1, 0.6, 0.3], c1: 0, c2: 2 }, [0.780324]],
		['gd-scalar', { a: 1, c: 2, w: 4, alpha: 0.1 }, [3.6]],
		[
			'gd-vector',
			{
				X: [
					[1, 0],
					[0, 1],
					[1, 1]
				],
				y: [1, 2, 3],
				w: [0, 0],
				alpha: 0.1
			},
			[0.133333, 0.166667]
		],
		['sgd-linear', { x: [1, 2], y: 3, w: [0.5, 0], b: 0, alpha: 0.1 }, [0.75, 0.5, 0.25]],
		[
			'neuron-sigmoid',
			{
				W: [
					[1, 0, 0],
					[0, 0, 1]
				],
				x: [1, 2, -1],
				b: [0, 1]
			},
			[0.731059, 0.5]
		],
		[
			'neuron-relu',
			{
				W: [
					[1, 0, 0],
					[0, 0, 1]
				],
				x: [1, 2, 3],
				b: [-2, 1]
			},
			[0, 4]
		],
		['softmax', { z: [1, 2, 3] }, [0.090031, 0.244728, 0.665241]],
		[
			'attention',
			{
				...QK,
				V: [
					[1, 0],
					[0, 1]
				]
			},
			[0.804429, 0.195571, 0.5, 0.5]
		],
		[
			'mlp2',
			{
				x: [1, 1],
				W1: [
					[1, 0],
					[0, 1],
					[-1, -1]
				],
				b1: [0, 0, 0],
				W2: [
					[1, 1, 1],
					[0, 0, 1]
				],
				b2: [0, 0.5]
			},
			[2, 0.5]
		]
	])('%s', (id, inputs, expected) => {
		const got = ref(id, inputs);
		expect(got).toHaveLength(expected.length);
		got.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 5));
	});
});

describe('instances', () => {
	it('the same seed gives the same numbers; another seed other numbers', () => {
		for (const t of TEMPLATES) {
			expect(makeInstance(t, 'a1').inputs).toEqual(makeInstance(t, 'a1').inputs);
			const others = ['b2', 'c3', 'd4'].map((s) => JSON.stringify(makeInstance(t, s).inputs));
			expect(
				others.some((o) => o !== JSON.stringify(makeInstance(t, 'a1').inputs)),
				t.id
			).toBe(true);
		}
	});

	it('every template asks for as many values as its answer has, with a worked solution ending on it', () => {
		for (const t of TEMPLATES)
			for (const seed of ['1', '2', '3', '4', '5']) {
				const { inputs } = makeInstance(t, seed);
				const answer = t.reference(inputs);
				expect(t.answers(inputs)).toHaveLength(answer.length);
				expect(answer.every(Number.isFinite), `${t.id} ${seed}`).toBe(true);
				expect(t.steps(inputs).length).toBeGreaterThanOrEqual(2);
				expect(t.task(inputs)).toContain('$');
			}
	});
});

describe('checking a typed answer', () => {
	it('reads numbers as learners type them', () => {
		expect(parseNumber(' 0.25 ')).toBe(0.25);
		expect(parseNumber('−1.5')).toBe(-1.5);
		expect(parseNumber('０．５')).toBe(0.5);
		expect(parseNumber('1,5')).toBe(1.5);
		expect(parseNumber('1/4')).toBe(0.25);
		expect(parseNumber('2e-3')).toBe(0.002);
		expect(parseNumber('abc')).toBeNull();
		expect(parseNumber('')).toBeNull();
	});

	it('accepts 3 significant digits and refuses the 2nd digit wrong', () => {
		expect(within(0.7803, 0.780324)).toBe(true);
		expect(within(0.78, 0.780324)).toBe(true);
		expect(within(0.77, 0.780324)).toBe(false);
		expect(within(0.0004, 0)).toBe(true);
	});

	it('says how far off a wrong value is, in plain numbers', () => {
		expect(howOff(-2, 2)).toBe('the sign is flipped');
		expect(howOff(4, 2)).toBe('twice the answer');
		expect(howOff(0.2, 2)).toBe('a tenth of the answer (decimal point?)');
		expect(howOff(4, 1)).toBe('300 % too high');
		expect(howOff(0.75, 1)).toBe('25 % too low');
		expect(howOff(1.004, 1)).toBe('0.40 % too high');
		expect(howOff(123, 0)).toBe('off by 120');
		expect(howOff(5000, 2)).toBe('2500× the answer');
	});

	it('marks each value and names the mistake a wrong answer matches', () => {
		const t = templateOf('gd-scalar')!;
		const inputs = { a: 1, c: 2, w: 4, alpha: 0.1 };
		const expected = t.reference(inputs);
		expect(checkAnswer([3.6], expected, t.mistakes(inputs))).toMatchObject({
			correct: true,
			mistake: undefined
		});
		const wrong = checkAnswer([4.4], expected, t.mistakes(inputs));
		expect(wrong.correct).toBe(false);
		expect(wrong.mistake).toMatch(/steps along the gradient/);
		const partly = checkAnswer([0.75, 9, null], [0.75, 0.5, 0.25]);
		expect(partly.values.map((v) => v.ok)).toEqual([true, false, false]);
		expect(partly.values[1].error).toBeCloseTo(17, 5);
	});

	it('knows the seed article’s wrong attention (dividing by V) as a mistake', () => {
		const t = templateOf('attention')!;
		const inputs = {
			...QK,
			V: [
				[1, 2],
				[3, 1]
			]
		};
		const divided = t.mistakes(inputs).find((m) => /divides the weights by/.test(m.say))!;
		expect(checkAnswer(divided.values, t.reference(inputs), t.mistakes(inputs)).mistake).toBe(
			divided.say
		);
	});
});
