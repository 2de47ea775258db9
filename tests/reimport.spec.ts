import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listedNew, openLibrary, readTable, type LogRow, type ScheduleRow } from './helpers';
import { OPTIMISATION_EDITED, OPTIMISATION_NOTES } from '../src/lib/testing/notes';

const V1 = OPTIMISATION_NOTES;
const V2 = OPTIMISATION_EDITED;

function writeArticle(dir: string, text: string): string {
	const path = join(dir, 'notes.md');
	writeFileSync(path, text);
	return path;
}

test('re-importing an edited article keeps history of unchanged cards and retires removed ones', async ({
	page
}) => {
	const dir = mkdtempSync(join(tmpdir(), 'mnemo-'));
	await openLibrary(page);
	await page.getByTestId('import-files').setInputFiles(writeArticle(dir, V1));
	await expect(page.getByTestId('import-results')).toContainText('优化笔记');

	const cards = (
		await readTable<{ id: string; articleId: string; front: string; kind: string }>(page, 'cards')
	).filter((c) => c.front.includes('梯度下降') || c.front.includes('学习率'));
	const articleId = cards[0].articleId;
	const mine = (
		await readTable<{ id: string; articleId: string; front: string; kind: string }>(page, 'cards')
	).filter((c) => c.articleId === articleId);
	const faq = mine.find((c) => c.kind === 'faq')!;
	expect(faq.front).toBe('学习率太大会怎样？');
	const formula = mine.find((c) => c.front === '**梯度下降（Gradient Descent）** 的公式是什么？')!;

	// Review the formula card only: formula cards of this article, until it has been rated
	// (new cards are interleaved across sections, so the FAQ card would come before it).
	await page.goto(`/review?article=${articleId}&kind=formula`);
	const reviewed: string[] = [];
	while (!reviewed.includes(formula.id)) {
		const card = page.getByTestId('review-card');
		reviewed.push((await card.getAttribute('data-card-id'))!);
		await page.keyboard.press('Space');
		await page.keyboard.press('3');
		await expect(page.locator(`[data-card-id="${reviewed.at(-1)}"] .back`)).toHaveCount(0);
	}
	expect(reviewed).not.toContain(faq.id);
	const logBefore = await readTable<LogRow>(page, 'reviewLog');

	await page.goto('/');
	await page.getByTestId('import-files').setInputFiles(writeArticle(dir, V2));
	const result = page.getByTestId('import-results');
	// The changed definition updates its concept card (a sentence a concept card answers
	// makes no cloze), and the FAQ card is retired.
	await expect(result).toContainText(/0 new, 1 updated, \d+ unchanged, 1 retired/);

	// History of unchanged cards is kept.
	expect(await readTable<LogRow>(page, 'reviewLog')).toEqual(logBefore);
	const schedules = await readTable<ScheduleRow>(page, 'schedules');
	expect(schedules.find((s) => s.cardId === formula.id)!.reps).toBe(1);
	// The FAQ section is gone: its card (never rated) is retired, off the new-card list, and never comes up.
	expect(schedules.find((s) => s.cardId === faq.id)).toBe(undefined);
	expect(await listedNew(page)).not.toContain(faq.id);
	await page.goto(`/review?article=${articleId}`);
	const seen: string[] = [];
	for (let i = 0; i < 20; i++) {
		const card = page.getByTestId('review-card');
		await expect(card.or(page.getByTestId('session-summary'))).toBeVisible();
		if (!(await card.isVisible())) break;
		seen.push((await card.getAttribute('data-card-id'))!);
		await page.keyboard.press('Space');
		await page.keyboard.press('4');
		await expect(page.locator(`[data-card-id="${seen.at(-1)}"] .back`)).toHaveCount(0);
	}
	await expect(page.getByTestId('session-summary')).toBeVisible();
	expect(seen).not.toContain(faq.id);
	expect(seen).not.toContain(formula.id);
});

test('a card another article already has is merged, and returns when that article is deleted', async ({
	page
}) => {
	await openLibrary(page);
	const paste = async (title: string, text: string) => {
		const box = page.getByLabel('Markdown to import');
		if (!(await box.isVisible())) await page.getByText('…or paste Markdown').click();
		await page.getByLabel('Title of the pasted article').fill(title);
		await box.fill(text);
		await page.getByRole('button', { name: 'Import pasted text' }).click();
		const result = page.getByTestId('import-results').locator('> li').first();
		await expect(result).toContainText(' new,');
		return (await result.innerText()).replace(/\s+/g, ' ');
	};
	const count = (summary: string, what: string) =>
		Number(summary.match(new RegExp(`(\\d+) ${what}`))?.[1] ?? 0);

	// Seed 003 (a sample) already has the gradient-descent formula cards.
	const first = await paste('notes-a', V1);
	const total = count(first, 'new') + count(first, 'already in another article');
	const second = await paste('notes-b', V1.replace('# 优化笔记', '# 优化笔记（副本）'));
	const merged = count(second, 'already in another article');
	// Cards with the same text as the first copy's are kept once.
	expect(merged).toBeGreaterThanOrEqual(count(first, 'already in another article') + 5);
	expect(count(second, 'new') + merged).toBe(total);

	page.once('dialog', (d) => void d.accept());
	await page.getByRole('button', { name: 'Delete 优化笔记', exact: true }).click();
	await expect(page.getByRole('link', { name: '优化笔记', exact: true })).toHaveCount(0);
	// Re-importing the copy: nothing else holds those cards now, so they are added.
	const again = await paste('notes-b', V1.replace('# 优化笔记', '# 优化笔记（副本）'));
	expect(count(again, 'already in another article')).toBe(
		count(first, 'already in another article')
	);
	expect(count(again, 'new')).toBe(merged - count(first, 'already in another article'));
});
