import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';

export const SHARED = resolve(process.env.MNEMO_SHARED ?? join(process.cwd(), '..', 'shared'));
export const CORPUS = join(SHARED, 'corpus');
export const hasCorpus = existsSync(CORPUS);

/** Opens the app and waits until the first-run sample library is stored. */
export async function openLibrary(page: Page): Promise<void> {
	await page.goto('/');
	await expect(page.locator('ul.articles > li')).toHaveCount(5);
}

/** Opens the app and waits until its service worker has cached it and controls the page. */
export async function cacheApp(page: Page): Promise<void> {
	await openLibrary(page);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** Reads a table straight from IndexedDB, the way the app stored it. */
export async function readTable<T = Record<string, unknown>>(
	page: Page,
	table: string
): Promise<T[]> {
	return page.evaluate(
		(name) =>
			new Promise<T[]>((done, fail) => {
				const open = indexedDB.open('mnemo');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const req = open.result.transaction(name).objectStore(name).getAll();
					req.onsuccess = () => {
						open.result.close();
						done(req.result as T[]);
					};
					req.onerror = () => fail(req.error);
				};
			}),
		table
	);
}

export interface LogRow {
	id: number;
	cardId: string;
	rating: number;
	/** The card's FSRS state before this rating (0 new, 1 learning, 2 review, 3 relearning). */
	state: number;
}
export interface ScheduleRow {
	cardId: string;
	due: Date;
	reps: number;
	bucket: string;
}

/** New cards not yet rated: listed per article, with no schedule row (see src/lib/storage/fresh.ts). */
export async function listedNew(page: Page): Promise<string[]> {
	return (await readTable<{ cardIds: string[] }>(page, 'fresh')).flatMap((r) => r.cardIds);
}

/** The id of the card on the review screen. */
export async function currentCard(page: Page): Promise<string> {
	const card = page.getByTestId('review-card');
	await expect(card).toBeVisible();
	return (await card.getAttribute('data-card-id'))!;
}

/** Space, then a rating key; waits until the next card (or the summary) is on screen. */
export async function rateWithKeys(page: Page, key: '1' | '2' | '3' | '4'): Promise<string> {
	const id = await currentCard(page);
	await page.keyboard.press('Space');
	await expect(page.locator('.controls .grade')).toHaveCount(4);
	await page.keyboard.press(key);
	await expect(page.locator(`[data-testid="review-card"][data-card-id="${id}"] .back`)).toHaveCount(
		0
	);
	return id;
}
