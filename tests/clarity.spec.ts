import { expect, test, type Page } from '@playwright/test';
import { openLibrary, rateWithKeys, readTable } from './helpers';

/** Adds rows to a table straight in IndexedDB, as data older versions or other pages wrote. */
async function addRows(page: Page, table: string, rows: Record<string, unknown>[]): Promise<void> {
	await page.evaluate(
		([name, list]) =>
			new Promise<void>((done, fail) => {
				const open = indexedDB.open('mnemo');
				open.onsuccess = () => {
					const tx = open.result.transaction(name, 'readwrite');
					for (const row of list) tx.objectStore(name).add(row);
					tx.oncomplete = () => {
						open.result.close();
						done();
					};
					tx.onerror = () => fail(tx.error);
				};
			}),
		[table, rows] as const
	);
}

const TEXTS = {
	en: {
		intro: 'Mnemo turns your Markdown articles into cards to review',
		problem: /^1 problem to check$/,
		counter: /^\d+ new · \d+ learning · \d+ to review$/,
		more: /^Show more \(\d+ left\)$/
	},
	zh: {
		intro: 'Mnemo 把你的 Markdown 文章变成复习卡片',
		problem: /^1 处问题待检查$/,
		counter: /^\d+ 新卡片 · \d+ 学习中 · \d+ 待复习$/,
		more: /^显示更多（还有 \d+ 张）$/
	}
};

for (const lang of ['en', 'zh'] as const) {
	test(`a newcomer's pages say what they show (${lang})`, async ({ page }) => {
		const say = TEXTS[lang];
		await page.addInitScript((l) => localStorage.setItem('mnemo-lang', l), lang);
		await openLibrary(page);

		// The library says what Mnemo does and how to start; search engines get a description.
		await expect(page.locator('main .intro')).toContainText(say.intro);
		expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(
			/^Mnemo turns technical articles into .{40,}/
		);

		// "to check" is a link to the article's list of problems, not a tooltip.
		const problems = page.getByTestId('problems').first();
		await expect(problems).toHaveText(say.problem);
		await problems.click();
		await expect(page).toHaveURL(/\/article\/[0-9a-f]+#problems$/);
		await expect(page.locator('details#problems li')).toHaveCount(1);

		// The article page: its title once, filters only for the kinds it has, cards in source order.
		const title = (await page.locator('main > h1').textContent())!;
		await expect(page.getByRole('heading', { name: title, exact: true })).toHaveCount(1);
		const kinds = await page.locator('.meta .chip[data-kind]').count();
		await expect(page.locator('aside .filters button')).toHaveCount(kinds + 1);
		const lines = await page
			.locator('aside li.card a.locate')
			.evaluateAll((links) => links.map((a) => Number(a.getAttribute('href')!.slice(2))));
		expect(lines.length).toBeGreaterThan(10);
		expect(lines).toEqual([...lines].sort((a, b) => a - b));

		// The review counter names its numbers.
		await page.goto('/review');
		await expect(page.getByTestId('remaining')).toHaveText(say.counter);

		// The card browser's "Show more" in the interface's language.
		await page.goto('/cards');
		await expect(page.getByRole('button', { name: say.more })).toBeVisible();
	});
}

test('Stats and Settings count the same reviews; ratings from quizzes are named apart', async ({
	page
}) => {
	await openLibrary(page);
	await page.goto('/review');
	await rateWithKeys(page, '3');
	await rateWithKeys(page, '3');
	// A quiz's rating of a missed card, as the quiz writes it.
	const [first] = await readTable<Record<string, unknown>>(page, 'reviewLog');
	const entry = { ...first };
	delete entry.id;
	await addRows(page, 'reviewLog', [{ ...entry, rating: 1, source: 'quiz' }]);

	await page.goto('/stats');
	await expect(page.getByTestId('stats-summary')).toContainText('2 reviews in all');
	await page.goto('/settings');
	await expect(page.getByTestId('history-counts')).toContainText(
		'2 in review and 1 from quizzes in this library, 0 imported.'
	);
});

test('the quiz history chart shows 100% whole and dates under its axis; the lab names its axis above it', async ({
	page
}) => {
	await openLibrary(page);
	const result = (day: number, score: number) => ({
		topic: JSON.stringify(['', [], '']),
		scope: {},
		seed: `s${day}`,
		types: ['choice'],
		finishedAt: new Date(2026, 10, day, 12),
		score,
		total: 10,
		answers: []
	});
	await addRows(page, 'quizResults', [result(3, 10), result(9, 4), result(20, 7)]);
	await page.goto('/quiz');
	const chart = page.getByTestId('score-chart');
	await expect(chart.locator('circle')).toHaveCount(3);
	const box = (await chart.boundingBox())!;
	const top = chart.locator('text', { hasText: '100%' });
	const label = (await top.boundingBox())!;
	expect(label.x).toBeGreaterThanOrEqual(box.x);
	await expect(chart.locator('text.date')).toHaveCount(3);
	const axisY = (await chart.locator('line.axis').boundingBox())!.y;
	for (const date of await chart.locator('text.date').all()) {
		expect((await date.boundingBox())!.y).toBeGreaterThan(axisY);
	}

	await page.goto('/exercise/lab');
	await expect(page.getByTestId('tf-backend')).toHaveText('webgl', { timeout: 30_000 });
	await page.getByTestId('lab-rate').fill('0.8');
	await page.getByTestId('lab-prediction').fill('1');
	await page.getByTestId('lab-run').click();
	await expect(page.getByTestId('lab-diverged')).toBeVisible();
	const curve = page.getByTestId('loss-curve');
	const name = (await curve.locator('text.name').boundingBox())!;
	await expect(curve.locator('text.name')).toHaveText('loss (log scale)');
	const xAxis = (await curve.locator('line.axis').first().boundingBox())!;
	expect(name.y + name.height).toBeLessThan(xAxis.y);
	expect(name.y).toBeLessThan((await curve.boundingBox())!.y + 30);
});
