import { expect, test } from '@playwright/test';
import { cacheApp, rateWithKeys, readTable } from './helpers';

test('after one visit the app loads, reviews and renders math with the network off', async ({
	page,
	context
}) => {
	await cacheApp(page);

	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('ul.articles > li')).toHaveCount(5);

	await page.goto('/review');
	await rateWithKeys(page, '3');
	expect(await readTable(page, 'reviewLog')).toHaveLength(1);

	// An article page, offline: KaTeX typesets with its own (cached) fonts and Mermaid draws.
	await page.goto('/');
	await page.getByRole('link', { name: '大模型创业：行业发展趋势与挑战' }).click();
	await expect(page.locator('article .katex-display').first()).toBeVisible();
	await expect(page.locator('article .mermaid-src svg')).toBeVisible();
	await expect
		.poll(() =>
			page.evaluate(async () => {
				await document.fonts.ready;
				return [...document.fonts].filter(
					(f) => f.family.includes('KaTeX') && f.status === 'loaded'
				).length;
			})
		)
		.toBeGreaterThan(0);
});
