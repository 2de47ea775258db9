import { expect, test, type Page } from '@playwright/test';
import { openLibrary, rateWithKeys } from './helpers';

const background = (page: Page) =>
	page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('the theme: dark or light by choice, kept across a reload, system by default', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await openLibrary(page);
	expect(await background(page)).toBe('rgb(247, 247, 245)');

	await page.goto('/settings');
	await page.getByTestId('theme').selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await background(page)).toBe('rgb(21, 25, 29)');
	await page.reload();
	expect(await background(page)).toBe('rgb(21, 25, 29)');

	// "Same as the system" follows the system's scheme; light stays light under a dark system.
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.getByTestId('theme').selectOption('light');
	expect(await background(page)).toBe('rgb(247, 247, 245)');
	await page.getByTestId('theme').selectOption('system');
	expect(await background(page)).toBe('rgb(21, 25, 29)');
});

/** WCAG relative luminance of a colour the browser resolved ("rgb(…)" or "#rrggbb"). */
function luminance(colour: string): number {
	const hex = colour.match(/^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i);
	const rgb = hex ? hex.slice(1).map((h) => parseInt(h, 16)) : colour.match(/[\d.]+/g)!.map(Number);
	const [r, g, b] = rgb.slice(0, 3).map((c) => {
		const v = c / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The fill most of a chart's shapes have: in the heatmap, the days without reviews. */
async function commonestFill(page: Page, chart: string): Promise<string> {
	const fills = await page
		.getByRole('img', { name: chart })
		.locator('svg path[fill]')
		.evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')!));
	const counts = new Map<string, number>();
	for (const f of fills) counts.set(f, (counts.get(f) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

for (const lang of ['en', 'zh'] as const) {
	test(`dark charts on a phone (${lang}): dark empty days, dim grid lines, plain labels, months apart`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 375, height: 812 });
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.addInitScript((l) => localStorage.setItem('mnemo-lang', l), lang);
		await openLibrary(page);
		await page.goto('/review');
		await rateWithKeys(page, '3');
		await page.goto('/stats');
		const heat = lang === 'en' ? 'Reviews per day over the last year' : '过去一年每天的复习数';
		const states = lang === 'en' ? 'Cards by state' : '各状态的卡片';
		const due =
			lang === 'en' ? 'Cards due on each of the next 30 days' : '未来 30 天每天到期的卡片';
		await expect(page.getByRole('img', { name: heat }).locator('svg path').first()).toBeVisible();

		expect(luminance(await commonestFill(page, heat))).toBeLessThan(0.05);
		// Grid and axis lines: no bright strokes on the dark panel.
		const strokes = await page
			.getByRole('img', { name: due })
			.locator('svg path[fill="none"]')
			.evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke')!).filter(Boolean));
		expect(strokes.length).toBeGreaterThan(0);
		for (const s of strokes) expect(luminance(s), s).toBeLessThan(0.1);
		// The donut's labels and legend: light text without an outline (luminance 0.3 is a
		// contrast of 5:1 on the dark panel, above WCAG's 4.5).
		const labels = page.getByRole('img', { name: states }).locator('svg text');
		await expect(labels.first()).toBeVisible();
		for (const label of await labels.all()) {
			const { fill, stroke } = await label.evaluate((t) => ({
				fill: t.getAttribute('fill') ?? getComputedStyle(t).fill,
				stroke: t.getAttribute('stroke-width') ?? '0'
			}));
			expect(luminance(fill)).toBeGreaterThan(0.3);
			expect(Number(stroke)).toBe(0);
		}
		// Month labels on a phone: none on top of another.
		const months = await page
			.getByRole('img', { name: heat })
			.locator('svg text')
			.evaluateAll((texts) =>
				texts
					.filter((t) => (t.textContent ?? '').length > 1)
					.map((t) => {
						const r = t.getBoundingClientRect();
						return { text: t.textContent, left: r.left, right: r.right };
					})
					.sort((a, b) => a.left - b.left)
			);
		expect(months.length).toBeGreaterThan(3);
		for (let i = 1; i < months.length; i++) {
			expect(months[i].left, `${months[i - 1].text} / ${months[i].text}`).toBeGreaterThan(
				months[i - 1].right + 2
			);
		}

		// Switched to light in Settings (the attribute it sets): the chart follows at once.
		await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
		await expect.poll(async () => luminance(await commonestFill(page, heat))).toBeGreaterThan(0.7);
	});
}
