import { expect, test } from '@playwright/test';
import { openLibrary, readTable, type LogRow, type ScheduleRow } from './helpers';

const SEED_003 = 'AI大模型创业：如何应对未来技术挑战？';

test('a 10-question quiz on seed 003, keyboard only: score, history after reload, missed cards due in review', async ({
	page
}) => {
	await openLibrary(page);
	await page.getByRole('link', { name: SEED_003 }).click();
	await page.getByRole('link', { name: 'Quiz on this article' }).click();
	await expect(page.getByRole('heading', { name: 'Quiz' })).toBeVisible();
	// The setup form: Start with the keyboard.
	await page.getByRole('button', { name: 'Start quiz' }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/seed=/);
	const quizUrl = page.url();

	const types: string[] = [];
	const wrong = new Set<string>();
	let typedCard = '';
	let right = 0;
	for (let i = 1; i <= 10; i++) {
		const q = page.getByTestId('question');
		await expect(page.getByTestId('quiz-position')).toHaveText(`Question ${i} of 10`);
		const type = (await q.getAttribute('data-type'))!;
		const ids = (await q.getAttribute('data-card-ids'))!.split(' ');
		types.push(type);
		if (type === 'typed') {
			await page.keyboard.type('不是这个答案');
			typedCard ||= ids[0];
		} else if (type === 'choice' || type === 'truefalse') {
			await page.keyboard.press('1');
			await expect(q.locator('[aria-checked="true"]')).toHaveCount(1);
		}
		await page.keyboard.press('Enter');
		const feedback = q.getByRole('status');
		await expect(feedback).toBeVisible();
		if ((await feedback.textContent())!.includes('Right')) right++;
		else ids.forEach((id) => wrong.add(id));
		await expect(
			feedback.getByRole('link', { name: /Read the passage \(line \d+\)/ })
		).toBeVisible();
		await page.keyboard.press('Enter');
	}
	expect(new Set(types).size).toBeGreaterThanOrEqual(4); // mixed by default
	expect(typedCard).not.toBe('');

	const results = page.getByTestId('quiz-results');
	await expect(page.getByTestId('quiz-score')).toHaveText(`${right} / 10`);
	await expect(results.locator('ol.answers > li')).toHaveCount(10);
	await expect(results).toContainText('不是这个答案');
	await expect(page).toHaveURL(/result=\d+/);

	await page.reload();
	await expect(page.getByTestId('quiz-score')).toHaveText(`${right} / 10`);
	const history = page.getByTestId('quiz-history');
	await expect(history.locator('li')).toHaveCount(1);
	await expect(history.locator('li').first()).toContainText(`${right} / 10`);
	await expect(history.getByTestId('score-chart').locator('circle')).toHaveCount(1);

	// Retaking the same URL asks the same questions.
	await page.goto(quizUrl);
	await expect(page.getByTestId('question')).toHaveAttribute('data-type', types[0]);

	// The missed typed card was rated Again from the quiz and is in today's review.
	const log = await readTable<LogRow & { source: string }>(page, 'reviewLog');
	expect(log.filter((e) => e.cardId === typedCard)).toMatchObject([{ rating: 1, source: 'quiz' }]);
	const schedules = await readTable<ScheduleRow>(page, 'schedules');
	expect(schedules.find((s) => s.cardId === typedCard)?.bucket).toBe('learn');
	await page.goto('/settings');
	await page.getByLabel('New cards per day').fill('0');
	await page.getByRole('button', { name: 'Save' }).click();
	await page.goto('/review');
	const first = await page.getByTestId('review-card').getAttribute('data-card-id');
	expect(wrong.has(first!)).toBe(true);
});
