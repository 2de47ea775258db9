import { describe, expect, test } from 'vitest';
import { parseNumber } from './numbers';
import { diffChars, foldAnswer, gradeTyped, readAnswer } from './typed';

const verdict = (text: string, ...accepted: string[]) => gradeTyped(text, accepted).verdict;

describe('typed answers', () => {
	test('case, full-/half-width, spaces and punctuation do not matter', () => {
		expect(foldAnswer('Ｇｒａｄｉｅｎｔ  Descent！')).toBe('gradientdescent');
		expect(gradeTyped('均方误差 (mse)', ['均方误差（MSE）']).correct).toBe(true);
		expect(gradeTyped('学习率。', ['学习率']).correct).toBe(true);
		expect(gradeTyped('', ['学习率']).correct).toBe(false);
		expect(verdict('ＭＳＥ', 'MSE')).toBe('right');
	});

	test('inflection and a missing article are right, as a teacher reads them', () => {
		expect(verdict('Compute gradients', 'Compute gradient')).toBe('right');
		expect(verdict('Compute gradient', 'Compute gradients')).toBe('right');
		expect(verdict('learning rate', 'the learning rate')).toBe('right');
		expect(verdict('an activation function', 'activation functions')).toBe('right');
		expect(verdict('computed the loss', 'compute loss')).toBe('right');
		expect(readAnswer('The Queries')).toBe('query');
		// Different words stay different.
		expect(verdict('Compute loss', 'Compute gradient')).toBe('wrong');
		expect(verdict('learning', 'learning rate')).toBe('wrong');
	});

	test('one typo in a long word is "almost", counted right and shown', () => {
		const g = gradeTyped('Compute graident', ['Compute gradient']);
		expect(g.verdict).toBe('almost');
		expect(g.correct).toBe(true);
		expect(g.diff.some((p) => p.op !== 'same')).toBe(true);
		expect(verdict('Preconditionng', 'Preconditioning')).toBe('almost');
		expect(verdict('Newtons methd', "Newton's method")).toBe('almost');
		// In a short word one letter is the word; two slips are wrong; Chinese characters are words.
		expect(verdict('rat', 'rate')).toBe('wrong');
		expect(verdict('Preconditonng', 'Preconditioning')).toBe('wrong');
		expect(verdict('真实直', '真实值')).toBe('wrong');
	});

	test('中文 and English names given by a gloss are both accepted', () => {
		const accepted = ['大模型', 'Large-scale Model', '大模型（Large-scale Model）'];
		expect(verdict('large-scale models', ...accepted)).toBe('right');
		expect(verdict('大模型', ...accepted)).toBe('right');
		expect(verdict('小模型', ...accepted)).toBe('wrong');
	});

	test('numbers in the forms people write, within 0.5 %', () => {
		for (const form of [
			'1/3',
			'33.3 %',
			'0.333',
			'≈0.333',
			'≈ 33.33%',
			'3.333e-1',
			'3.33 × 10^-1',
			'３３．３%',
			'\\frac{1}{3}'
		])
			expect(verdict(form, '0.3333'), form).toBe('right');
		expect(verdict('0.3333', '\\frac{1}{3}')).toBe('right');
		expect(verdict('0.32', '0.3333')).toBe('wrong');
		expect(verdict('1/4', '0.3333')).toBe('wrong');
		expect(verdict('3', '0.3333')).toBe('wrong');
		// A number is never "almost": 0.34 is no typo of 0.33.
		expect(verdict('0.34', '0.33')).toBe('wrong');
		expect(verdict('1e-7', '0')).toBe('right');
		expect(verdict('1,000', '1000')).toBe('right');
		expect(verdict('−2.5', '-2.5')).toBe('right');
		expect(verdict('0,5', '0.5')).toBe('right');
	});

	test('what is no number is not read as one', () => {
		for (const text of ['', 'x', '1/0', '3 apples', '1..2', 'e5', '2^3'])
			expect(parseNumber(text), text).toBeNull();
		expect(parseNumber('12.5%')).toBeCloseTo(0.125);
		expect(parseNumber('6.02e23')).toBeCloseTo(6.02e23, -18);
		expect(parseNumber('-\\frac{2}{4}')).toBe(-0.5);
	});

	test('a wrong answer shows what differed, Chinese characters whole', () => {
		expect(gradeTyped('模型测值', ['模型预测值']).diff).toEqual([
			{ text: '模型', op: 'same' },
			{ text: '预', op: 'missing' },
			{ text: '测值', op: 'same' }
		]);
		expect(diffChars('abx', 'aby')).toEqual([
			{ text: 'ab', op: 'same' },
			{ text: 'y', op: 'missing' },
			{ text: 'x', op: 'extra' }
		]);
	});
});
