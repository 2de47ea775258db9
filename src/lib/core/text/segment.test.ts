import { describe, expect, it } from 'vitest';
import { balanced, sentences, snapToWords, words } from './segment';

describe('word-safe spans', () => {
	it('widens a span that cuts a Chinese word to the whole word', () => {
		const text = '我们使用深度学习模型';
		const at = text.indexOf('学');
		const [s, e] = snapToWords(text, at, at + 1, 'zh');
		const bounds = new Set(words(text, 'zh').flatMap((w) => [w.index, w.index + w.text.length]));
		expect(s).toBeLessThanOrEqual(at);
		expect(e).toBeGreaterThan(at);
		expect(bounds.has(s) && bounds.has(e)).toBe(true);
		expect(e - s).toBeGreaterThan(1);
	});

	it('leaves a span on word boundaries alone', () => {
		expect(snapToWords('gradient descent step', 9, 16, 'en')).toEqual([9, 16]);
	});

	it('splits Chinese and English sentences, keeping decimals whole', () => {
		expect(sentences('学习率为0.01。它控制步长！Then stop. Done')).toEqual([
			'学习率为0.01。',
			'它控制步长！',
			'Then stop.',
			'Done'
		]);
	});
});

describe('sentences and brackets', () => {
	it('never splits inside brackets or inline TeX', () => {
		expect(sentences('见（即 A。B）后文。Then $a. b$ holds. Done')).toEqual([
			'见（即 A。B）后文。',
			'Then $a. b$ holds.',
			'Done'
		]);
	});

	it('lets a bracket that never closes protect nothing', () => {
		expect(sentences('注意（这里没有闭合。第二句。')).toEqual(['注意（这里没有闭合。', '第二句。']);
	});

	it('tells a truncated answer by its brackets', () => {
		expect(balanced('它将任意输入压缩到区间(0。')).toBe(false);
		expect(balanced('它将任意输入压缩到区间(0, 1)。')).toBe(true);
		expect(balanced('步骤：1）收集；2）清洗。')).toBe(true);
		expect(balanced('其中 $x 是输入。')).toBe(false);
	});
});

describe('sentences and pictures', () => {
	it('keeps a Markdown picture whole, so its alt text never reads as a sentence', () => {
		expect(sentences('![线性回归是一个单层神经网络。](../img/singleneuron.svg)')).toEqual([
			'![线性回归是一个单层神经网络。](../img/singleneuron.svg)'
		]);
		expect(sentences('Wow! Then stop.')).toEqual(['Wow!', 'Then stop.']);
	});
});
