import { describe, expect, it } from 'vitest';
import { sample } from '../../testing/fixtures';
import { importArticle, importArticles } from '../index';

describe('stable card ids', () => {
	const { path, source } = sample('003');
	const before = importArticle(source, { path }).cards;

	it('re-importing an edited article keeps the ids of unchanged cards', () => {
		const edited = source
			// one paragraph changed: the MSE legend
			.replace(
				'其中，$y_i$为真实值，$\\hat{y_i}$为模型预测值。',
				'其中，$y_i$为真实标签，$\\hat{y_i}$为模型预测值。'
			)
			// one section removed: FAQ 9.3
			.replace(/### 9\.3 问题3[\s\S]*?(?=## 10\.)/, '');
		const after = importArticle(edited, { path }).cards;
		const ids = new Set(after.map((c) => c.id));

		const faq3 = before.find((c) => c.front === '如何提高AI大模型的可解释性？')!;
		expect(ids.has(faq3.id)).toBe(false);

		const mse = before.find((c) => c.front === '**均方误差（MSE）** 的公式是什么？')!;
		const mseAfter = after.find((c) => c.id === mse.id)!;
		expect(mseAfter.back).toContain('$y_i$为真实标签');

		const unchanged = before.filter((c) => c.id !== faq3.id && !c.back.includes('$y_i$为真实值'));
		for (const c of unchanged) expect(ids.has(c.id), c.front).toBe(true);
	});

	it('the same article under another name gets other ids', () => {
		const other = importArticle(source, { path: 'renamed.md' }).cards;
		expect(other[0].id).not.toBe(before[0].id);
	});
});

describe('identical cards across articles', () => {
	it('are merged into one, remembering the other place', () => {
		const { path, source } = sample('003');
		const snippet = [
			'# 损失函数笔记',
			'',
			'- **均方误差（MSE）**：',
			'',
			'$$',
			'MSE = \\frac{1}{n}\\sum_{i=1}^{n}(y_i - \\hat{y_i})^2',
			'$$',
			'',
			'其中，$y_i$为真实值，$\\hat{y_i}$为模型预测值。'
		].join('\n');
		const { articles, cards } = importArticles([
			{ data: source, path },
			{ data: snippet, path: 'notes.md' }
		]);
		// 003 also has a different MSE card (the worked example of 4.4): pick by TeX.
		const mse = cards.filter(
			(c) => c.front === '**均方误差（MSE）** 的公式是什么？' && c.back.includes('\\frac{1}{n}')
		);
		expect(mse).toHaveLength(1);
		expect(mse[0].articleId).toBe(articles[0].id);
		expect(mse[0].alsoIn).toContainEqual(expect.objectContaining({ articleId: articles[1].id }));
	});
});
