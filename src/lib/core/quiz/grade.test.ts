import { describe, expect, test } from 'vitest';
import { diffChars, foldAnswer, gradeTyped } from './grade';

describe('typed answers', () => {
	test('case, full-/half-width, spaces and punctuation do not matter', () => {
		expect(foldAnswer('Ｇｒａｄｉｅｎｔ  Descent！')).toBe('gradientdescent');
		expect(gradeTyped('均方误差 (mse)', ['均方误差（MSE）']).correct).toBe(true);
		expect(gradeTyped('学习率。', ['学习率']).correct).toBe(true);
		expect(gradeTyped('', ['学习率']).correct).toBe(false);
	});

	test('numbers agree within 0.5 %', () => {
		expect(gradeTyped('0.333', ['0.3333']).correct).toBe(true);
		expect(gradeTyped('３３．３%', ['0.333']).correct).toBe(true);
		expect(gradeTyped('0.32', ['0.3333']).correct).toBe(false);
		expect(gradeTyped('1e-7', ['0']).correct).toBe(true);
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
