import { expect, test } from '@playwright/test';

test('the sample library opens with its five articles, and an article renders math and a diagram', async ({
	page
}) => {
	await page.goto('/');
	const articles = page.locator('ul.articles > li');
	await expect(articles).toHaveCount(5);
	await expect(
		page.getByRole('link', { name: 'AI大模型创业：如何应对未来技术挑战？' })
	).toBeVisible();
	// Counts per kind, on content: seed 003 has exactly 3 FAQ cards.
	const seed003 = articles.filter({ hasText: 'AI大模型创业：如何应对未来技术挑战？' });
	await expect(seed003.locator('[data-kind="faq"]')).toHaveText('3 FAQ');

	await page.getByRole('link', { name: '大模型创业：行业发展趋势与挑战' }).click();
	await expect(page.locator('main > h1')).toHaveText('大模型创业：行业发展趋势与挑战');

	// The neuron formula, typeset by KaTeX (its TeX is kept in the MathML annotation).
	const formula = page.locator('article .katex-display').first();
	await expect(formula).toBeVisible();
	await expect(formula.locator('annotation')).toHaveText('y = \\sigma(W \\cdot x + b)');

	// The Mermaid flow, drawn as SVG with its first and last step.
	const svg = page.locator('article .mermaid-src svg');
	await expect(svg).toBeVisible();
	await expect(svg).toContainText('大数据积累');
	await expect(svg).toContainText('商业模式创新');

	// A card links to its place in the article.
	await page.getByRole('button', { name: 'faq' }).click();
	const faq = page.locator('li.card').filter({ hasText: '大模型与深度学习的关系' });
	await faq.getByRole('button', { name: 'Show answer' }).click();
	await expect(faq.locator('.back')).toContainText('大模型是深度学习的一个分支');
	await faq.locator('a.locate').click();
	await expect(page).toHaveURL(/#L250$/);
	await expect(
		page.locator('article h3', { hasText: '10.1 大模型与深度学习的关系' })
	).toBeInViewport();
});
