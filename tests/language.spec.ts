import { expect, test, type Page } from '@playwright/test';
import { openLibrary, rateWithKeys, readTable } from './helpers';

/**
 * English words left in the page's own text: card and article content
 * (rendered Markdown, heading paths, article titles in pickers) is the
 * learner's and stays as written; names that are names stay too.
 */
async function englishIn(page: Page): Promise<string[]> {
	const words: string[] = await page.evaluate(() => {
		const body = document.body.cloneNode(true) as HTMLElement;
		body.querySelectorAll('.prose, .path, select, kbd, script, style').forEach((e) => e.remove());
		const text = [
			body.innerText,
			...[...document.querySelectorAll('svg text')].map((t) => t.textContent)
		];
		return text.join(' ').match(/[A-Za-z]{2,}/g) ?? [];
	});
	// Article titles (the progress chart's axis) are content too.
	const titles = (await readTable<{ title: string }>(page, 'articles'))
		.map((a) => a.title)
		.join(' ');
	return [
		...new Set(words.filter((w) => !/^(Mnemo|FSRS|RMSE|Anki)$/.test(w) && !titles.includes(w)))
	];
}

test('the UI in 中文 and back: review, quiz and stats have no English left', async ({ page }) => {
	await openLibrary(page);
	await page.goto('/settings');
	await page.getByTestId('language').selectOption('zh');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { name: '设置', exact: true })).toBeVisible();
	await expect(page.locator('header nav')).toContainText('复习');

	// Review: a card shown, rated, and the next one with its answer and rating buttons.
	await page.reload(); // the choice is kept
	await page.getByRole('link', { name: /^复习/ }).click();
	await rateWithKeys(page, '3');
	await page.keyboard.press('Space');
	await expect(page.locator('.grade.g1')).toContainText('重来');
	await expect(page.locator('.grade.g1 .ivl')).toHaveText(/^\d+分钟$/);
	expect(await englishIn(page)).toEqual([]);

	// Quiz: the form, a graded question, the results.
	await page.getByRole('link', { name: '测验' }).click();
	await expect(page.getByRole('heading', { name: '测验', exact: true })).toBeVisible();
	expect(await englishIn(page)).toEqual([]);
	await page.getByRole('button', { name: '开始测验' }).click();
	for (let i = 1; i <= 10; i++) {
		const q = page.getByTestId('question');
		await expect(page.getByTestId('quiz-position')).toHaveText(`第 ${i} 题，共 10 题`);
		const type = await q.getAttribute('data-type');
		if (type === 'typed') await page.getByRole('textbox').fill('不知道');
		else if (type === 'choice' || type === 'truefalse') await page.keyboard.press('1');
		if (i === 1) expect(await englishIn(page)).toEqual([]);
		await page.keyboard.press('Enter');
		await expect(q.getByRole('status')).toBeVisible();
		if (i === 1) expect(await englishIn(page)).toEqual([]);
		await page.keyboard.press('Enter');
	}
	await expect(page.getByTestId('quiz-results')).toContainText('得分：');
	expect(await englishIn(page)).toEqual([]);

	// Stats, charts included.
	await page.getByRole('link', { name: '统计' }).click();
	await expect(page.getByTestId('stats-summary')).toContainText('今天 1 次');
	await expect(page.locator('svg text').first()).toBeVisible();
	expect(await englishIn(page)).toEqual([]);

	// And back to English.
	await page.goto('/settings');
	await page.getByTestId('language').selectOption('en');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
	await page.getByRole('link', { name: 'Stats' }).click();
	await expect(page.getByRole('heading', { name: 'Statistics' })).toBeVisible();
	await expect(page.getByTestId('stats-summary')).toContainText('1 today; a streak of 1 day.');
});
