// Draws the app's icons (static/icon-*.png) from static/favicon.svg in the test browser, so the
// PNGs the web app manifest lists come from the one drawing. Run after changing the favicon:
//   node scripts/icons.mjs
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromiumArgs, chromiumEnv, chromiumPath } from './chromium.mjs';

const svg = readFileSync('static/favicon.svg', 'utf8');
const colour = svg.match(/<rect[^>]*fill="([^"]+)"/)[1];
const glyph = svg
	.replace(/^<svg[^>]*>/, '')
	.replace(/<\/svg>$/, '')
	.replace(/<rect[^>]*\/>/, '');

/** The favicon as drawn: a rounded tile on a transparent ground. */
const plain = svg;
/**
 * Maskable: the platform cuts its own shape, so the colour fills the square and the glyph,
 * scaled by 3/4, stays well inside the safe zone (a centred circle of 40 % radius).
 */
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${colour}"/><g transform="translate(8 8) scale(0.75)">${glyph}</g></svg>`;

const icons = [
	['static/icon-192.png', plain, 192],
	['static/icon-512.png', plain, 512],
	['static/icon-maskable-512.png', maskable, 512],
	['static/apple-touch-icon.png', maskable, 180]
];

const browser = await chromium.launch({
	executablePath: chromiumPath ?? undefined,
	args: chromiumArgs,
	env: chromiumEnv
});
const page = await browser.newPage();
for (const [file, source, size] of icons) {
	await page.setViewportSize({ width: size, height: size });
	const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
	await page.setContent(
		`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`
	);
	writeFileSync(file, await page.locator('svg').screenshot({ omitBackground: true }));
	console.log(file, size);
}
await browser.close();
