import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary, rateWithKeys, readTable } from './helpers';

const TABLES = [
	'articles',
	'articleTexts',
	'articleKeys',
	'cards',
	'schedules',
	'fresh',
	'reviewLog',
	'quizResults',
	'exerciseAttempts',
	'settings'
];

/** Row counts of every table, and checksums of the review log and the schedules. */
async function snapshot(page: Page) {
	const sum = (rows: unknown[]) => createHash('sha256').update(JSON.stringify(rows)).digest('hex');
	const counts: Record<string, number> = {};
	for (const t of TABLES) counts[t] = (await readTable(page, t)).length;
	return {
		counts,
		reviewLog: sum(await readTable(page, 'reviewLog')),
		schedules: sum(await readTable(page, 'schedules'))
	};
}

test('back up, delete everything, restore: the same library; a cut-short file is refused', async ({
	page
}) => {
	await openLibrary(page);
	await page.goto('/review');
	for (let i = 0; i < 3; i++) await rateWithKeys(page, i === 1 ? '1' : '3');
	await page.goto('/quiz?size=2&types=truefalse&seed=backup');
	for (let i = 1; i <= 2; i++) {
		await expect(page.getByTestId('quiz-position')).toHaveText(`Question ${i} of 2`);
		await page.keyboard.press('1');
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('question').getByRole('status')).toBeVisible();
		await page.keyboard.press('Enter');
	}
	await expect(page.getByTestId('quiz-score')).toBeVisible();

	await page.goto('/settings');
	const before = await snapshot(page);
	expect(before.counts.reviewLog).toBeGreaterThanOrEqual(3);
	expect(before.counts.quizResults).toBe(1);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('backup-download').click()
	]);
	expect(download.suggestedFilename()).toMatch(/^mnemo-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const dir = mkdtempSync(join(tmpdir(), 'mnemo-backup-'));
	const file = join(dir, 'backup.json');
	await download.saveAs(file);
	const cut = join(dir, 'cut.json');
	const text = readFileSync(file, 'utf8');
	writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));

	page.on('dialog', (d) => void d.accept());
	await page.getByTestId('backup-restore').setInputFiles(cut);
	await expect(page.getByTestId('backup-message')).toContainText('cut short');
	expect(await snapshot(page)).toEqual(before);

	await page.getByTestId('clear-all').click();
	await expect(page.getByTestId('backup-message')).toContainText('Everything was deleted');
	expect((await snapshot(page)).counts).toEqual(Object.fromEntries(TABLES.map((t) => [t, 0])));

	await page.getByTestId('backup-restore').setInputFiles(file);
	await expect(page.getByTestId('backup-message')).toContainText(
		`Restored: 5 articles, ${before.counts.cards} cards, ${before.counts.reviewLog} reviews, 1 quiz results`
	);
	expect(await snapshot(page)).toEqual(before);

	// After a reload the library is there, and the samples are not added again.
	await page.goto('/');
	await expect(page.locator('ul.articles > li')).toHaveCount(5);
	expect((await snapshot(page)).counts).toEqual(before.counts);
});
