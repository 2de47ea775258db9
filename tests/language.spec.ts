import { expect, test, type Page } from '@playwright/test';
import { openLibrary, rateWithKeys, readTable } from './helpers';

/**
 * English words left in the page's own text: card and article content
 * (rendered Markdown, heading paths, article titles in pickers) is the
 * learner's and stays as written; names that are names stay too. On the
 * exercise pages the Markdown is Mnemo's own (tasks, steps, notes), so
 * `markdown` keeps it and leaves out only the typeset formulas.
 */
async function englishIn(page: Page, { markdown = false } = {}): Promise<string[]> {
	const words: string[] = await page.evaluate((markdown) => {
		const body = document.body.cloneNode(true) as HTMLElement;
		const content = markdown ? '.katex, .katex-display' : '.prose';
		body
			.querySelectorAll(`${content}, .path, select, kbd, script, style`)
			.forEach((e) => e.remove());
		const text = [
			body.innerText,
			...[...document.querySelectorAll('svg text')].map((t) => t.textContent)
		];
		return text.join(' ').match(/[A-Za-z]{2,}/g) ?? [];
	}, markdown);
	// Article titles (the progress chart's axis) are content too.
	const titles = (await readTable<{ title: string }>(page, 'articles'))
		.map((a) => a.title)
		.join(' ');
	return [
		...new Set(
			words.filter(
				// webgl and cpu are TensorFlow.js' backends; the ML terms are written so in Chinese too.
				(w) =>
					!/^(Mnemo|FSRS|RMSE|Anki|TensorFlow|js|webgl|WebGL|cpu|SGD|MLP|ReLU|sigmoid|Softmax|softmax)$/.test(
						w
					) && !titles.includes(w)
			)
		)
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
		else if (type === 'matching') {
			// A match is graded only when complete: a digit per row, focus moving on by itself.
			const rows = await q.getByTestId('match-row').count();
			for (let r = 1; r <= rows; r++) await page.keyboard.press(String(r));
		}
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

test('exercises, the lab and what the importer says, in 中文', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('mnemo-lang', 'zh'));
	await openLibrary(page);

	// The exercise list, with the backend badge once TensorFlow.js is up.
	await page.goto('/exercise');
	await expect(page.getByRole('heading', { name: '公式练习' })).toBeVisible();
	await expect(page.getByTestId('tf-backend')).toHaveText('webgl', { timeout: 30_000 });
	await expect(
		page.getByTestId('library-exercises').getByRole('link', { name: '均方误差' })
	).toBeVisible();
	expect(await englishIn(page, { markdown: true })).toEqual([]);

	// An exercise: the task in 中文 with this instance's numbers; the sum of
	// squares typed for the mean is named as that mistake, then the solution.
	await page.goto('/exercise/mse?seed=zh1');
	await expect(page.getByTestId('tf-backend')).toHaveText('webgl', { timeout: 30_000 });
	const x = JSON.parse((await page.getByTestId('exercise').getAttribute('data-inputs'))!) as {
		y: number[];
		yHat: number[];
	};
	const sse = x.y.reduce((s, y, i) => s + (y - x.yHat[i]) ** 2, 0);
	await expect(page.locator('.task')).toContainText('计算均方误差');
	await page.getByTestId('answer-0').fill(String(sse));
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('verdict')).toHaveText('还差一点：再试一次。');
	await expect(page.getByTestId('mark-0')).toHaveText(`✗ 偏高 ${(x.y.length - 1) * 100} %`);
	await expect(page.locator('.mistake')).toContainText('这是平方和：除以');
	await page.getByRole('button', { name: '查看解答' }).click();
	await expect(page.getByTestId('solution')).toContainText(`对 ${x.y.length} 个样本取平均`);
	await expect(page.getByTestId('attempts')).toContainText('错误');
	expect(await englishIn(page, { markdown: true })).toEqual([]);

	// The lab: a run that diverges, said so in 中文 under the curve.
	await page.goto('/exercise/lab');
	await expect(page.getByTestId('tf-backend')).toHaveText('webgl', { timeout: 30_000 });
	await page.getByTestId('lab-rate').fill('0.8');
	await page.getByTestId('lab-prediction').fill('1');
	await page.getByTestId('lab-run').click();
	await expect(page.getByTestId('lab-diverged')).toContainText('损失变大了');
	await expect(page.getByTestId('lab-verdict')).toContainText('误差超过 5 %');
	expect(await englishIn(page, { markdown: true })).toEqual([]);

	// The importer: a refused file and an article's problems, with their lines.
	await page.goto('/');
	await page.getByTestId('import-files').setInputFiles([
		{
			name: 'picture.png',
			mimeType: 'image/png',
			buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1])
		},
		{
			name: 'broken.md',
			mimeType: 'text/markdown',
			buffer: Buffer.from('# 损坏的公式\n\n梯度下降的更新规则如下。\n\n$$\n\\frac{1}{\n$$\n')
		}
	]);
	const results = page.getByTestId('import-results');
	await expect(results).toContainText(
		'picture.png: 这是一张 PNG 图片，不是 Markdown 文章。 文库没有任何改动。'
	);
	await expect(results).toContainText('第 5 行： 公式无法排版：');
});
