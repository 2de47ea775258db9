import { expect, test, type Page } from '@playwright/test';
import { openLibrary } from './helpers';

const PHONE = { width: 375, height: 812 };

/** Every page a learner can reach, with one article and one exercise of the sample library. */
async function pages(page: Page): Promise<string[]> {
	const article = await page
		.locator('ul.articles > li a[href^="/article/"]')
		.first()
		.getAttribute('href');
	return [
		'/',
		article!,
		'/review',
		'/quiz',
		'/exercise',
		'/exercise/mse?seed=phone',
		'/exercise/lab',
		'/cards',
		'/stats',
		'/settings'
	];
}

/** Elements sticking out past the right edge, to name in a failure. */
async function overflowing(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		return [...document.querySelectorAll('body *')]
			.filter((e) => {
				const box = e.getBoundingClientRect();
				if (box.width === 0 || box.right <= width + 0.5) return false;
				// Inside a scroller of its own (a formula, a table, the tiles) or clipped (KaTeX's
				// MathML for screen readers): not the page's width.
				for (let p = e.parentElement; p; p = p.parentElement) {
					const { overflowX } = getComputedStyle(p);
					if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden')
						return false;
				}
				return true;
			})
			.map(
				(e) =>
					`${e.tagName.toLowerCase()}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)}`
			)
			.slice(0, 5);
	});
}

for (const lang of ['en', 'zh'] as const) {
	test(`on a 375 px phone in ${lang}: every nav link in view, no page wider than the screen`, async ({
		page
	}) => {
		await page.setViewportSize(PHONE);
		await page.addInitScript((l) => localStorage.setItem('mnemo-lang', l), lang);
		await openLibrary(page);
		const links = page.locator('header.top nav a');
		await expect(links).toHaveCount(7);

		for (const path of await pages(page)) {
			await page.goto(path);
			await expect(page.locator('main :is(h1, [data-testid="review-card"])').first()).toBeVisible();
			// Charts and the exercise engine draw after the first paint.
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(300);
			const { scrollWidth, innerWidth } = await page.evaluate(() => ({
				scrollWidth: document.documentElement.scrollWidth,
				innerWidth: window.innerWidth
			}));
			expect(
				scrollWidth,
				`${path} is ${scrollWidth} px wide: ${await overflowing(page)}`
			).toBeLessThanOrEqual(innerWidth);
			for (const link of await links.all()) {
				await expect(link, `${path}: ${await link.textContent()}`).toBeInViewport({ ratio: 1 });
			}
		}
		// A formula wider than its exercise tile scrolls inside it, with a shadow as the cue.
		await page.goto('/exercise');
		const cues = await page.locator('.grid li .katex-display').evaluateAll((boxes) =>
			boxes
				.filter((b) => b.scrollWidth > b.clientWidth)
				.map((b) => ({
					scrolls: getComputedStyle(b).overflowX,
					cue: getComputedStyle(b).backgroundImage.includes('radial-gradient')
				}))
		);
		expect(cues.length).toBeGreaterThan(0);
		expect(cues).toEqual(cues.map(() => ({ scrolls: 'auto', cue: true })));

		// Each link goes where it says (the last one too, which used to be off-screen).
		await links.last().click();
		await expect(page).toHaveURL(/\/settings$/);
	});
}
