import { expect, test, type Page } from '@playwright/test';
import { openLibrary, readTable, type LogRow } from './helpers';

// Formulas that once blanked the app (issue 17): KaTeX overflowed the stack on their nesting.
const BRACES = '{'.repeat(3000) + 'x' + '}'.repeat(3000);
const UNDERBRACE = '\\underbrace{'.repeat(2000) + 'x' + '}_{a}'.repeat(2000);
const FRACTION = '\\frac{1}{'.repeat(5000) + 'x' + '}'.repeat(5000);
const HOSTILE = [BRACES, UNDERBRACE, FRACTION].map((f) => f.slice(0, 40));

// The formulas open on lines 9, 15 and 21; prose and an ordinary inline formula around them.
const ARTICLE = [
	'# 深层嵌套',
	'',
	'## 梯度下降',
	'',
	'梯度下降是指沿着损失函数梯度的反方向更新参数的方法。',
	'',
	'- **花括号（Braces）**：',
	'',
	'$$',
	BRACES,
	'$$',
	'',
	'- **下括号（Underbrace）**：',
	'',
	'$$',
	UNDERBRACE,
	'$$',
	'',
	'- **连分数（Fraction）**：',
	'',
	'$$',
	FRACTION,
	'$$',
	'',
	'其中，$x$为输入。',
	'',
	'## 学习率',
	'',
	'学习率是指每一步更新的步长大小。',
	''
].join('\n');

const NOTE = 'This formula is shown as its TeX source: nested more than 40 levels deep';

interface CardRow {
	id: string;
	articleId: string;
	front: string;
	back: string;
}

/** Imports the article from a file and opens its page; returns its id. */
async function importDeep(page: Page): Promise<string> {
	await openLibrary(page);
	await page.getByTestId('import-files').setInputFiles({
		name: 'deep.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(ARTICLE)
	});
	const result = page.getByTestId('import-results').locator('> li').first();
	await expect(result).toContainText('深层嵌套');
	// Kept and flagged at import, each formula on its line.
	for (const line of [9, 15, 21])
		await expect(result).toContainText(
			`line ${line}: Formula does not typeset: nested more than 40 levels deep, too deep to typeset`
		);
	await result.getByRole('link', { name: '深层嵌套' }).click();
	await expect(page).toHaveURL(/\/article\//);
	return decodeURIComponent(page.url().split('/article/')[1].split('#')[0]);
}

test('a formula nested 3,000 deep shows as its source with a note, and the page goes on', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await importDeep(page);

	// The article page renders: its title, navigation, the text after the formulas.
	await expect(page.locator('main > h1')).toHaveText('深层嵌套');
	await expect(page.locator('header.top nav')).toBeVisible();
	const article = page.locator('article');
	await expect(article).toContainText('学习率是指每一步更新的步长大小。');
	// Each hostile formula as its source, with the note; the inline $x$ still typeset.
	const refused = article.locator('.math-refused.display');
	await expect(refused).toHaveCount(3);
	await expect(refused.locator('.math-note').first()).toContainText(NOTE);
	await expect(refused.locator('.math-source').first()).toContainText('{{{{{{{{');
	await expect(article.locator('p .katex').first()).toBeVisible();
	// The card list beside it renders too.
	await expect(page.locator('li.card').first()).toBeVisible();
	expect(errors).toEqual([]);
});

test('its cards come up in review with the note and can be rated; a quiz on it finishes', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	const articleId = await importDeep(page);
	const cards = (await readTable<CardRow>(page, 'cards')).filter((c) => c.articleId === articleId);
	const hostile = new Set(
		cards.filter((c) => HOSTILE.some((h) => (c.front + c.back).includes(h))).map((c) => c.id)
	);
	expect(hostile.size).toBeGreaterThan(0);

	// Cards of one formula are siblings; show them all today so the hostile ones come up.
	await page.goto('/settings');
	const bury = page.getByLabel('Bury siblings');
	await bury.setChecked(false);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('form [role=status]')).toContainText('Saved');

	await page.goto(`/review?article=${encodeURIComponent(articleId)}`);
	const rated: string[] = [];
	for (let i = 0; i < 40; i++) {
		const card = page.getByTestId('review-card');
		await expect(card.or(page.getByTestId('session-summary'))).toBeVisible();
		if (!(await card.isVisible())) break;
		const id = (await card.getAttribute('data-card-id'))!;
		await page.keyboard.press('Space');
		await expect(page.locator('.controls .grade')).toHaveCount(4);
		if (hostile.has(id)) await expect(card.locator('.math-note').first()).toContainText(NOTE);
		await page.keyboard.press('4');
		await expect(
			page.locator(`[data-testid="review-card"][data-card-id="${id}"] .back`)
		).toHaveCount(0);
		rated.push(id);
	}
	await expect(page.getByTestId('session-summary')).toBeVisible();
	const ratedHostile = rated.filter((id) => hostile.has(id));
	expect(ratedHostile.length).toBeGreaterThan(0);
	const log = await readTable<LogRow>(page, 'reviewLog');
	for (const id of ratedHostile)
		expect(log.filter((e) => e.cardId === id).map((e) => e.rating)).toEqual([4]);

	// A quiz on the article: every question answered, the result saved.
	await page.goto(`/article/${encodeURIComponent(articleId)}`);
	await page.getByRole('link', { name: 'Quiz on this article' }).click();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await expect(page.getByTestId('quiz-position')).toHaveText(/^Question 1 of \d+$/);
	const total = Number(
		(await page.getByTestId('quiz-position').textContent())!.match(/of (\d+)/)![1]
	);
	for (let i = 1; i <= total; i++) {
		const q = page.getByTestId('question');
		await expect(page.getByTestId('quiz-position')).toHaveText(`Question ${i} of ${total}`);
		const type = (await q.getAttribute('data-type'))!;
		if (type === 'typed') await page.keyboard.type('不知道');
		else if (type === 'choice' || type === 'truefalse') {
			await page.keyboard.press('1');
			await expect(q.locator('[aria-checked="true"]')).toHaveCount(1);
		}
		await page.keyboard.press('Enter');
		await expect(q.getByRole('status')).toBeVisible();
		await page.keyboard.press('Enter');
	}
	await expect(page.getByTestId('quiz-results')).toBeVisible();
	await expect(page.getByTestId('quiz-score')).toHaveText(new RegExp(`^\\d+ / ${total}$`));
	expect(errors).toEqual([]);
});
