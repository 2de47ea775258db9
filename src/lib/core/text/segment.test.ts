import { describe, expect, it } from 'vitest';
import { sentences, snapToWords, words } from './segment';

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
