import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import {
	CORPUS,
	currentCard,
	hasCorpus,
	listedNew,
	openLibrary,
	rateWithKeys,
	readTable,
	type LogRow,
	type ScheduleRow
} from './helpers';

const FILE = 'd2l-en/chapter_optimization_gd.md';

test('import a corpus article, review 10 cards by keyboard, reload, undo', async ({ page }) => {
	test.skip(!hasCorpus, `${CORPUS} not found: this test imports a real article from it`);
	await openLibrary(page);

	await page.getByTestId('import-files').setInputFiles(join(CORPUS, FILE));
	const result = page.getByTestId('import-results').locator('li').first();
	await expect(result).toContainText('Gradient Descent');
	await expect(result).toContainText(/\d+ new, 0 updated, 0 unchanged/);
	await expect(page.locator('ul.articles > li')).toHaveCount(6);

	// Its cards are listed on its page, formulas typeset.
	await result.getByRole('link', { name: 'Gradient Descent' }).click();
	await expect(page.locator('main > h1')).toHaveText('Gradient Descent');
	await expect(page.locator('li.card').first()).toBeVisible();
	await expect(page.locator('li.card .katex').first()).toBeVisible();
	const articleId = page.url().split('/article/')[1].split('#')[0];
	// New cards get no schedule row until rated: they are listed, in the order they come.
	const mine = (
		await readTable<{ id: string; articleId: string; sibling?: string }>(page, 'cards')
	).filter((c) => c.articleId === articleId);
	const fresh = await readTable<{ id: string; cardIds: string[] }>(page, 'fresh');
	const list = fresh.find((r) => r.id === articleId)!.cardIds;
	expect([...list].sort()).toEqual(mine.map((c) => c.id).sort());
	const before = await readTable<ScheduleRow>(page, 'schedules');
	expect(before.filter((s) => list.includes(s.cardId))).toEqual([]);

	await page.goto(`/review?article=${articleId}`);
	const rated: string[] = [];
	for (let i = 0; i < 10; i++) rated.push(await rateWithKeys(page, '3'));
	expect(new Set(rated).size).toBe(10);
	// Rated in the listed order (a sibling of a card shown today waits until tomorrow), and off
	// the list once rated.
	const siblingOf = new Map(mine.map((c) => [c.id, c.sibling]));
	const keys = new Set<string>();
	const firstOfEach = list.filter((id) => {
		const key = siblingOf.get(id);
		if (key && keys.has(key)) return false;
		if (key) keys.add(key);
		return true;
	});
	expect(rated).toEqual(firstOfEach.slice(0, 10));
	const listed = await listedNew(page);
	expect(rated.some((id) => listed.includes(id))).toBe(false);

	await page.reload();
	const log = await readTable<LogRow>(page, 'reviewLog');
	expect(log).toHaveLength(10);
	expect(log.map((e) => e.cardId).sort()).toEqual([...rated].sort());
	const schedules = await readTable<ScheduleRow>(page, 'schedules');
	const now = Date.now();
	for (const id of rated) {
		const s = schedules.find((x) => x.cardId === id)!;
		expect(s.reps).toBe(1);
		expect(new Date(s.due).getTime()).toBeGreaterThan(now);
	}
	const shown = await currentCard(page);
	expect(rated).not.toContain(shown);

	// Z takes the last rating back: the same card returns and the log shrinks by one.
	const eleventh = await rateWithKeys(page, '1');
	expect(await readTable(page, 'reviewLog')).toHaveLength(11);
	await page.keyboard.press('z');
	await expect(page.getByTestId('review-card')).toHaveAttribute('data-card-id', eleventh);
	await expect.poll(async () => (await readTable(page, 'reviewLog')).length).toBe(10);
	const restored = (await readTable<ScheduleRow>(page, 'schedules')).find(
		(s) => s.cardId === eleventh
	)!;
	expect(restored.reps).toBe(0);
	expect(restored.bucket).toBe('new');
});

test('rating buttons show intervals, and the summary comes at the end', async ({ page }) => {
	await openLibrary(page);
	await page.goto('/settings');
	await page.getByLabel('New cards per day').fill('3');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('form [role=status]')).toContainText('Saved');

	await page.goto('/review');
	await expect(page.getByTestId('remaining')).toHaveText('3 new · 0 learning · 0 to review');
	await page.keyboard.press('Space');
	await expect(page.locator('.grade.g1 .ivl')).toHaveText('1m');
	await expect(page.locator('.grade.g3 .ivl')).toHaveText('10m');
	for (let i = 0; i < 3; i++) await rateWithKeys(page, '3');
	const summary = page.getByTestId('session-summary');
	await expect(summary).toContainText('You reviewed 3 cards');
	await expect(summary).toContainText('Good 3');
	await expect(summary).toContainText(/come back in (9|10)m/);
});
