import { chromium, expect, test, type Page } from '@playwright/test';
import { chromiumArgs, chromiumEnv, chromiumPath } from '../scripts/chromium.mjs';
import { cacheApp, openLibrary, readTable } from './helpers';

/** The instance on screen, as the page drew it. */
async function inputsOf(page: Page): Promise<Record<string, number>> {
	return JSON.parse((await page.getByTestId('exercise').getAttribute('data-inputs'))!);
}

/** One gradient-descent step on a(w − c)², worked here without the app's code. */
const gdStep = (x: Record<string, number>) => x.w - x.alpha * 2 * x.a * (x.w - x.c);

async function openExercise(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.getByTestId('tf-backend')).toHaveText('webgl', { timeout: 30_000 });
	await expect(page.getByTestId('tf-notice')).toHaveCount(0);
}

interface AttemptRow {
	template: string;
	correct: boolean;
	backend: string;
	given: number[];
	expected: number[];
}

test('a gradient step checked on WebGL: right, then wrong with the solution', async ({ page }) => {
	await openLibrary(page);
	await openExercise(page, '/exercise/gd-scalar?seed=pw1');

	const x = await inputsOf(page);
	const answer = gdStep(x);
	await page.getByTestId('answer-0').fill(answer.toFixed(4));
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('verdict')).toHaveText('Right.');
	await expect(page.getByTestId('mark-0')).toHaveText('✓');
	await expect(page.getByTestId('solution')).toContainText(String(Number(answer.toPrecision(4))));

	// Enter again: new numbers (the button has the focus); a wrong value twice ends with the solution.
	await expect(page.getByTestId('new-numbers')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).not.toHaveURL(/seed=pw1/);
	const y = await inputsOf(page);
	const right = gdStep(y);
	await page.getByTestId('answer-0').fill(String(right + 1));
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('verdict')).toHaveText('Not quite: one more try.');
	await expect(page.getByTestId('mark-0')).toContainText('✗');
	await page.getByTestId('answer-0').fill(String(right + 1));
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('verdict')).toContainText('Not right');
	await expect(page.getByTestId('mark-0')).toContainText(
		`expected ${Number(right.toPrecision(4))}`
	);
	await expect(page.getByTestId('solution').locator('li')).toHaveCount(2);

	const attempts = await readTable<AttemptRow>(page, 'exerciseAttempts');
	expect(attempts.map((a) => [a.template, a.correct, a.backend])).toEqual([
		['gd-scalar', true, 'webgl'],
		['gd-scalar', false, 'webgl'],
		['gd-scalar', false, 'webgl']
	]);
	expect(attempts[0].expected[0]).toBeCloseTo(answer, 5);
	await expect(page.getByTestId('attempts').locator('tbody tr')).toHaveCount(3);
});

test('the gradient-descent lab draws the loss curve, grades the prediction and shows divergence', async ({
	page
}) => {
	await openExercise(page, '/exercise/lab');
	// f(w) = 1.5 (w − 2)², w₀ = 0: after k steps 1.5 · (1 − 3α)^(2k) · 4.
	await page.getByTestId('lab-rate').fill('0.1');
	await page.getByTestId('lab-steps').fill('10');
	await page.getByTestId('lab-prediction').fill((1.5 * 0.7 ** 20 * 4).toFixed(5));
	await page.getByTestId('lab-run').click();
	const curve = page.getByTestId('loss-curve');
	await expect(curve).toHaveAttribute('data-points', '11');
	const points = (await curve.locator('polyline').getAttribute('points'))!.trim().split(' ');
	expect(points).toHaveLength(11);
	// Converging: each point lower on the chart (larger y) than the one before.
	const ys = points.map((p) => Number(p.split(',')[1]));
	expect(ys.every((y, i) => i === 0 || y > ys[i - 1])).toBe(true);
	await expect(page.getByTestId('lab-verdict')).toContainText('is within 5 %');
	await expect(page.getByTestId('lab-diverged')).toHaveCount(0);

	await page.getByTestId('lab-rate').fill('0.8');
	await page.getByTestId('lab-prediction').fill('1');
	await page.getByTestId('lab-run').click();
	await expect(page.getByTestId('lab-diverged')).toContainText('diverges from α ≈ 0.667');
	await expect(page.getByTestId('lab-verdict')).toContainText('off by more than 5 %');
	await expect(page.getByTestId('lab-final')).toHaveText(
		String(Number((1.5 * 1.4 ** 20 * 4).toPrecision(4)))
	);
});

test('every template: TensorFlow.js on WebGL agrees with the plain reference within 1e-5 on 20 instances, and no tensor leaks', async ({
	page
}) => {
	await openExercise(page, '/exercise');
	await page.getByTestId('engine-check').click();
	const rows = page.getByTestId('engine-results').locator('tbody tr');
	// 11 templates, then the lab's two losses over 20 steps.
	await expect(rows).toHaveCount(13, { timeout: 60_000 });
	for (const row of await rows.all()) {
		const cells = await row.locator('td').allInnerTexts();
		expect(cells[1]).toBe(cells[0].startsWith('Lab:') ? '1' : '20');
		expect(Number(cells[2]), cells[0]).toBeLessThanOrEqual(1e-5);
		expect(cells[3]).toBe('agrees');
	}
	// 240 computations and two descents later, no tensor is left behind.
	const tensors = page.getByTestId('engine-tensors');
	expect(await tensors.getAttribute('data-after')).toBe(await tensors.getAttribute('data-before'));
});

test('an exercise works offline after one visit', async ({ page, context }) => {
	await cacheApp(page);

	await context.setOffline(true);
	await openExercise(page, '/exercise/gd-scalar?seed=offline');
	await page.reload();
	await expect(page.getByTestId('tf-backend')).toHaveText('webgl', { timeout: 30_000 });
	await page.getByTestId('answer-0').fill(gdStep(await inputsOf(page)).toFixed(4));
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('verdict')).toHaveText('Right.');
});

test('an exercise card in review is checked and rated by its outcome', async ({ page }) => {
	await openLibrary(page);
	await page.goto('/review?kind=exercise');
	const card = page.getByTestId('review-card');
	await expect(card.getByTestId('tf-backend')).toHaveText('webgl', { timeout: 30_000 });
	const id = (await card.getAttribute('data-card-id'))!;
	const template = await page.getByTestId('exercise').getAttribute('data-template');
	// A wrong answer twice: rated Again.
	const boxes = page.locator('[data-testid^="answer-"]');
	for (const verdict of ['Not quite', 'Not right']) {
		for (const box of await boxes.all()) await box.fill('123456');
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('verdict')).toContainText(verdict);
	}
	await expect(page.getByTestId('auto-rating')).toContainText('Rated Again');
	await page.keyboard.press('Space');
	await expect(page.locator(`[data-testid="review-card"][data-card-id="${id}"]`)).toHaveCount(0);

	const log = await readTable<{ cardId: string; rating: number }>(page, 'reviewLog');
	expect(log).toEqual([expect.objectContaining({ cardId: id, rating: 1 })]);
	const attempts = await readTable<AttemptRow & { cardId: string }>(page, 'exerciseAttempts');
	expect(attempts.map((a) => [a.cardId, a.template, a.correct, a.backend])).toEqual([
		[id, template, false, 'webgl'],
		[id, template, false, 'webgl']
	]);
});

test('without WebGL the CPU backend checks answers, with a visible notice', async () => {
	test.skip(!chromiumPath, 'no Chromium');
	// No GPU here and SwiftShader taken away: WebGL cannot start (see ../shared/notes).
	const browser = await chromium.launch({
		executablePath: chromiumPath!,
		env: chromiumEnv,
		args: [
			...chromiumArgs.filter((a) => !a.includes('swiftshader')),
			'--disable-software-rasterizer'
		]
	});
	try {
		const page = await browser.newPage({ baseURL: test.info().project.use.baseURL });
		await page.goto('/exercise/gd-scalar?seed=cpu');
		await expect(page.getByTestId('tf-backend')).toHaveText('cpu', { timeout: 30_000 });
		await expect(page.getByTestId('tf-notice')).toContainText('WebGL is not available');
		await page.getByTestId('answer-0').fill(gdStep(await inputsOf(page)).toFixed(4));
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('verdict')).toHaveText('Right.');
	} finally {
		await browser.close();
	}
});
