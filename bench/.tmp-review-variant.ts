/**
 * The daily-review path on a 10,000-card collection, in headless Chromium
 * with real IndexedDB: ten generated articles of 1,000 FAQ cards each are
 * imported through the file input, then 100 cards are rated by keyboard.
 * Budgets: store 10k cards ≤ 2 s; build today's queue ≤ 50 ms; rating →
 * next card in the DOM p95 ≤ 50 ms.
 */
import type { Browser } from '@playwright/test';
import { BASE } from './browser';
import { median, percentile, report } from './util';

function article(n: number, cards: number): { name: string; mimeType: string; buffer: Buffer } {
	const lines = [`# Generated article ${n}`, '', '## FAQ', ''];
	for (let i = 0; i < cards; i++) {
		lines.push(
			`### Question ${n}.${i}: what is item ${i}?`,
			'',
			`Item ${i} of article ${n} is $x_{${i}}^2$.`,
			''
		);
	}
	return {
		name: `generated-${n}.md`,
		mimeType: 'text/markdown',
		buffer: Buffer.from(lines.join('\n'))
	};
}

export async function benchReview(browser: Browser): Promise<boolean> {
	const page = await browser.newPage();
	const measures = (name: string) =>
		page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);

	await page.goto(BASE + '/');
	await page.locator('ul.articles > li').nth(4).waitFor();
	// The collection is the generated one alone: the samples (and their exercise
	// cards, which are answered rather than rated by key) are deleted first.
	page.on('dialog', (d) => void d.accept());
	for (let i = 5; i > 0; i--) {
		await page.locator('ul.articles > li button.danger').first().click();
		await page
			.locator('ul.articles > li')
			.nth(i - 1)
			.waitFor({ state: 'detached' });
	}
	const files = Array.from({ length: 10 }, (_, n) => article(n, 1000));
	await page.getByTestId('import-files').setInputFiles(files);
	await page.getByTestId('import-results').locator('li').nth(9).waitFor({ timeout: 180_000 });
	const store = (await measures('mnemo:store')).reduce((a, b) => a + b, 0);
	const stored = await page.evaluate(
		() =>
			new Promise<number>((done) => {
				const open = indexedDB.open('mnemo');
				open.onsuccess = () => {
					const req = open.result.transaction('cards').objectStore('cards').count();
					req.onsuccess = () => done(req.result);
				};
			})
	);

	await page.goto(BASE + '/settings');
	await page.getByLabel('New cards per day').fill('500');
	if (process.env.NOBURY) await page.getByLabel('Bury siblings').uncheck();
	await page.getByRole('button', { name: 'Save' }).click();
	await page.locator('form [role=status]').waitFor();

	const queueTimes: number[] = [];
	for (let i = 0; i < 5; i++) {
		await page.goto(BASE + '/review');
		await page.getByTestId('review-card').waitFor();
		queueTimes.push(...(await measures('mnemo:queue')));
	}
	const RATINGS = 100;
	for (let i = 0; i < RATINGS + 5; i++) {
		const card = page.getByTestId('review-card');
		const id = await card.getAttribute('data-card-id');
		await page.keyboard.press('Space');
		await page.locator('.controls .grade').first().waitFor();
		await page.keyboard.press(i % 4 === 0 ? '1' : '3');
		await page.locator(`[data-testid="review-card"]:not([data-card-id="${id}"])`).waitFor();
	}
	const rating = (await measures('mnemo:rating-to-card')).slice(5); // first 5 warm up
	const commit = (await measures('mnemo:commit')).slice(5);
	await page.close();

	console.log(`\nDaily review on ${stored} stored cards (headless Chromium, IndexedDB)`);
	return [
		report({
			name: 'store 10k cards (saveImport, 10 files)',
			value: store,
			unit: 'ms',
			budget: { limit: 2000 }
		}),
		report({
			name: "build today's queue (median of 5 loads)",
			value: median(queueTimes),
			unit: 'ms',
			budget: { limit: 50 }
		}),
		report({
			name: `rating → next card in DOM, median of ${rating.length}`,
			value: median(rating),
			unit: 'ms'
		}),
		report({
			name: `rating → next card in DOM, p95 of ${rating.length}`,
			value: percentile(rating, 95),
			unit: 'ms',
			budget: { limit: 50 }
		}),
		// The part of the above spent committing the rating to IndexedDB (it must finish first).
		report({ name: `  of which IndexedDB commit, median`, value: median(commit), unit: 'ms' }),
		report({ name: `  of which IndexedDB commit, p95`, value: percentile(commit, 95), unit: 'ms' })
	].every(Boolean);
}
