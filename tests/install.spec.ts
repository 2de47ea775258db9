import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumEnv, chromiumPath } from '../scripts/chromium.mjs';

interface Manifest {
	name: string;
	short_name: string;
	start_url: string;
	scope: string;
	display: string;
	theme_color: string;
	background_color: string;
	icons: { src: string; sizes: string; type: string; purpose: string }[];
}

test('the app is installable: Chromium reads its manifest and reports no installability errors', async () => {
	test.skip(!chromiumPath, 'no Chromium');
	// A persistent profile: Playwright's usual contexts are incognito, where nothing installs.
	const profile = mkdtempSync(join(tmpdir(), 'mnemo-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath!,
		args: chromiumArgs,
		env: chromiumEnv,
		baseURL: test.info().project.use.baseURL
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/');
		await expect(page.locator('ul.articles > li')).toHaveCount(5);
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		const cdp = await context.newCDPSession(page);

		const { url, errors, data } = (await cdp.send('Page.getAppManifest')) as {
			url: string;
			errors: { message: string }[];
			data: string;
		};
		expect(url).toMatch(/\/manifest\.webmanifest$/);
		expect(errors).toEqual([]);
		const manifest = JSON.parse(data) as Manifest;
		expect(manifest).toMatchObject({
			short_name: 'Mnemo',
			start_url: '/',
			scope: '/',
			display: 'standalone',
			theme_color: '#2f5d8a'
		});
		expect(manifest.name).toContain('Mnemo');
		expect(manifest.icons.filter((i) => i.purpose === 'maskable')).toHaveLength(1);

		// Every listed icon is served as the image it claims to be, at the size it claims.
		for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
			const size = await page.evaluate(async (src) => {
				const img = new Image();
				img.src = src;
				await img.decode();
				return `${img.naturalWidth}x${img.naturalHeight}`;
			}, icon.src);
			expect(size, icon.src).toBe(icon.sizes);
		}

		await expect
			.poll(async () => {
				const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
					installabilityErrors: { errorId: string }[];
				};
				return installabilityErrors.map((e) => e.errorId);
			})
			.toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
