/**
 * Formula exercises on TensorFlow.js (WebGL on SwiftShader here), in
 * headless Chromium. Each run is a new browser context, so the tfjs chunks
 * come over the network as on a first visit. Budgets: tfjs import + backend
 * ready ≤ 1.5 s; checking one answer after that ≤ 100 ms.
 */
import type { Browser } from '@playwright/test';
import { TEMPLATES } from '../src/lib/core/exercise';
import { BASE } from './browser';
import { median, percentile, report } from './util';

export async function benchExercise(browser: Browser): Promise<boolean> {
	const ready: number[] = [];
	const warm: number[] = [];
	const check: number[] = [];
	let backend = '';
	for (const [i, t] of TEMPLATES.entries()) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const measure = (name: string) =>
			page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
		await page.goto(`${BASE}/exercise/${t.id}?seed=bench${i}`);
		await page.getByTestId('tf-backend').waitFor({ timeout: 30_000 });
		backend = (await page.getByTestId('tf-backend').textContent()) ?? '';
		ready.push(...(await measure('mnemo:tf-ready')));
		// The learner reads the numbers first; the first computation compiles the shaders.
		while (!(await measure('mnemo:warm')).length) await page.waitForTimeout(20);
		warm.push(...(await measure('mnemo:warm')));
		const boxes = page.locator('[data-testid^="answer-"]');
		for (const box of await boxes.all()) await box.fill('1');
		await page.keyboard.press('Enter');
		await page.getByTestId('verdict').waitFor();
		check.push(...(await measure('mnemo:check')));
		await context.close();
	}
	console.log(
		`\nFormula exercises (${TEMPLATES.length} templates, backend ${backend}, one fresh context each)`
	);
	const ok = [
		report({
			name: 'tfjs import + backend ready (median)',
			value: median(ready),
			unit: 'ms',
			budget: { limit: 1500 }
		}),
		report({
			name: 'tfjs import + backend ready (slowest)',
			value: Math.max(...ready),
			unit: 'ms'
		}),
		report({
			name: 'first computation, shaders compiled (median)',
			value: median(warm),
			unit: 'ms'
		}),
		report({ name: 'check one answer (median)', value: median(check), unit: 'ms' }),
		report({
			name: 'check one answer (p95)',
			value: percentile(check, 95),
			unit: 'ms',
			budget: { limit: 100 }
		})
	];
	return backend === 'webgl' && ok.every(Boolean);
}
