import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { CORPUS, cacheApp, hasCorpus, openLibrary, rateWithKeys, readTable } from './helpers';

test('offline from the first visit: an article is imported with the network off', async ({
	page,
	context
}) => {
	test.skip(!hasCorpus, `${CORPUS} not found: this test imports a real article from it`);
	// A fresh context, one visit, no reload: the import worker must come from the install cache.
	await openLibrary(page);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	const cached = await page.evaluate(async () => {
		const urls = await Promise.all(
			(await caches.keys()).map(async (k) =>
				(await (await caches.open(k)).keys()).map((r) => r.url)
			)
		);
		return urls.flat().map((u) => new URL(u).pathname);
	});
	expect(cached.filter((p) => p.includes('/workers/') && p.endsWith('.js')).length).toBeGreaterThan(
		1
	);
	expect(cached.some((p) => p.endsWith('.wasm'))).toBe(true);

	await context.setOffline(true);
	await page
		.getByTestId('import-files')
		.setInputFiles(join(CORPUS, 'd2l-en/chapter_optimization_gd.md'));
	const result = page.getByTestId('import-results').locator('li').first();
	await expect(result).toContainText(/\d+ new, 0 updated, 0 unchanged/);
	await result.getByRole('link', { name: 'Gradient Descent' }).click();
	await expect(page.locator('main > h1')).toHaveText('Gradient Descent');
	await expect(page.locator('li.card').first()).toBeVisible();
	await expect(page.locator('li.card').filter({ hasText: 'gradient' }).first()).toBeVisible();
});

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
