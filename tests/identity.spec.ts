import { expect, test, type Page } from '@playwright/test';
import { openLibrary, readTable, type LogRow, type ScheduleRow } from './helpers';
import { OPTIMISATION_BODY } from '../src/lib/testing/notes';

// Two unrelated files, both called notes.md.
const OPTIMISATION = OPTIMISATION_BODY;

const ATTENTION = `# 注意力机制

## 缩放点积注意力

缩放点积注意力是指用查询和键的点积除以维度的平方根来计算注意力权重的方法。

## 多头注意力

多头注意力是指把查询、键和值投影到多个子空间分别计算注意力再拼接的方法。
`;

interface CardRow {
	id: string;
	articleId: string;
	front: string;
	retired: 0 | 1;
}

const notes = (text: string) => ({
	name: 'notes.md',
	mimeType: 'text/markdown',
	buffer: Buffer.from(text)
});

async function articleIds(page: Page): Promise<Map<string, string>> {
	const rows = await readTable<{ id: string; title: string }>(page, 'articles');
	return new Map(rows.map((r) => [r.title, r.id]));
}

test('a different notes.md imports as a new article; the first keeps its cards and history', async ({
	page
}) => {
	await openLibrary(page);
	await page.getByTestId('import-files').setInputFiles(notes(OPTIMISATION));
	await expect(page.getByTestId('import-results')).toContainText('优化笔记');
	const firstId = (await articleIds(page)).get('优化笔记')!;
	const firstCards = (await readTable<CardRow>(page, 'cards')).filter(
		(c) => c.articleId === firstId
	);
	expect(firstCards.length).toBeGreaterThan(2);

	// Rate two of its cards, so it has history.
	await page.goto(`/review?article=${encodeURIComponent(firstId)}`);
	const rated: string[] = [];
	for (let i = 0; i < 2; i++) {
		const card = page.getByTestId('review-card');
		await expect(card).toBeVisible();
		rated.push((await card.getAttribute('data-card-id'))!);
		await page.keyboard.press('Space');
		await page.keyboard.press('3');
		await expect(page.locator(`[data-card-id="${rated.at(-1)}"] .back`)).toHaveCount(0);
	}
	const logBefore = await readTable<LogRow>(page, 'reviewLog');
	const schedulesBefore = (await readTable<ScheduleRow>(page, 'schedules')).filter((s) =>
		rated.includes(s.cardId)
	);
	expect(schedulesBefore).toHaveLength(2);

	// Another notes.md, with other text.
	await page.goto('/');
	await page.getByTestId('import-files').setInputFiles(notes(ATTENTION));
	const result = page.getByTestId('import-results').locator('> li').first();
	await expect(result).toContainText('注意力机制');
	await expect(result.getByTestId('namesake')).toHaveText(
		'“优化笔记” already came from a file of this name, with other text: this file was added as a new article beside it.'
	);
	await expect(result).toContainText(/[1-9]\d* new, 0 updated, 0 unchanged/);
	await expect(result).not.toContainText('retired');

	// Both are in the library, with distinct ids.
	await expect(page.locator('ul.articles > li')).toHaveCount(7);
	const library = page.locator('ul.articles');
	await expect(library.getByRole('link', { name: '优化笔记', exact: true })).toBeVisible();
	await expect(library.getByRole('link', { name: '注意力机制', exact: true })).toBeVisible();
	const ids = await articleIds(page);
	expect(ids.get('优化笔记')).toBe(firstId);
	expect(ids.get('注意力机制')).not.toBe(firstId);

	// The first kept every card (none retired), its schedules and its log.
	const after = (await readTable<CardRow>(page, 'cards')).filter((c) => c.articleId === firstId);
	expect(after.map((c) => [c.id, c.retired]).sort()).toEqual(
		firstCards.map((c) => [c.id, 0]).sort()
	);
	expect(await readTable<LogRow>(page, 'reviewLog')).toEqual(logBefore);
	expect(
		(await readTable<ScheduleRow>(page, 'schedules')).filter((s) => rated.includes(s.cardId))
	).toEqual(schedulesBefore);
	// The second's cards are its own.
	const second = (await readTable<CardRow>(page, 'cards')).filter(
		(c) => c.articleId === ids.get('注意力机制')
	);
	expect(second.some((c) => c.front.includes('多头注意力'))).toBe(true);

	// Re-importing the first, edited, is still the first article: its history stays.
	await page
		.getByTestId('import-files')
		.setInputFiles(
			notes(
				OPTIMISATION.replace('学习率是指每一步更新的步长大小。', '学习率是指每一步参数更新的步长。')
			)
		);
	const again = page.getByTestId('import-results').locator('> li').first();
	await expect(again).toContainText('优化笔记');
	await expect(again.getByTestId('namesake')).toHaveCount(0);
	await expect(again).toContainText(/[1-9]\d* unchanged/);
	await expect(page.locator('ul.articles > li')).toHaveCount(7);
	expect((await articleIds(page)).get('优化笔记')).toBe(firstId);
	expect(await readTable<LogRow>(page, 'reviewLog')).toEqual(logBefore);
});

test('two files named notes.md in one selection both import and are both listed', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	await openLibrary(page);
	await page.getByTestId('import-files').setInputFiles([notes(OPTIMISATION), notes(ATTENTION)]);
	const results = page.getByTestId('import-results').locator('> li');
	await expect(results).toHaveCount(2);
	await expect(results.nth(0)).toContainText('优化笔记');
	await expect(results.nth(1)).toContainText('注意力机制');
	await expect(results.nth(1).getByTestId('namesake')).toBeVisible();
	await expect(page.locator('ul.articles > li')).toHaveCount(7);
	const ids = await articleIds(page);
	expect(ids.get('优化笔记')).toBeDefined();
	expect(ids.get('注意力机制')).toBeDefined();
	expect(ids.get('优化笔记')).not.toBe(ids.get('注意力机制'));
	expect(errors.filter((e) => /each_key_duplicate/.test(e))).toEqual([]);
});
