import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openLibrary, rateWithKeys } from './helpers';

/** A host an article points at; every request that reaches it is a beacon that got out. */
let server: Server;
const hits: string[] = [];
let host = '';

test.beforeAll(async () => {
	server = createServer((req, res) => {
		hits.push(req.url ?? '');
		res.writeHead(200, { 'content-type': 'image/png' }).end();
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** Every Content-Security-Policy violation and page error the page reports, from now on. */
function watch(page: Page): string[] {
	const seen: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
	});
	page.on('pageerror', (e) => seen.push(e.message));
	return seen;
}

const article = (h: string) => `# Beacons

An image from elsewhere: ![pixel](${h}/pixel.png) and a data one ![dot](data:image/gif;base64,R0lGODlhAQABAAAAACw=).

\`\`\`mermaid
%%{init: {"securityLevel": "loose", "flowchart": {"htmlLabels": true}, "themeCSS": ".node rect { fill: url(${h}/theme.png) } @font-face { font-family: X; src: url(${h}/font.woff) }"}}%%
flowchart LR
  A["\`**start** <img src='${h}/label.png'>\`"] --> B[end]
\`\`\`

## What is a beacon?

A beacon is a request that tells another host someone read the page.
`;

test('the app sends a CSP; an article with remote images and theme CSS contacts no other host', async ({
	page
}) => {
	const violations = watch(page);
	const response = await page.goto('/');
	const csp = response!.headers()['content-security-policy'];
	expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
	expect(csp).toContain("img-src 'self' data: blob:");
	expect(csp).toContain("worker-src 'self'");
	await openLibrary(page);

	await page.getByText('…or paste Markdown').click();
	await page.getByLabel('Title of the pasted article').fill('beacons');
	await page.getByLabel('Markdown to import').fill(article(host));
	await page.getByRole('button', { name: 'Import pasted text' }).click();
	await page.getByTestId('import-results').getByRole('link', { name: 'Beacons' }).click();
	const body = page.locator('article');
	await expect(body.locator('.mermaid-src svg')).toBeVisible();
	// The image stands as its alt text; the diagram's label keeps its words, not its image.
	await expect(body.locator('.remote-image[title$="/pixel.png"]')).toHaveText('[pixel]');
	await expect(body.locator('.mermaid-src svg')).toContainText('start');
	await expect(body.locator('.mermaid-src img')).toHaveCount(0);
	await expect(body.locator('img[src^="data:"]')).toHaveCount(1);
	// Nothing in the diagram loads from the host (its address stays only as a tooltip).
	const diagram = await body.locator('.mermaid-src').innerHTML();
	expect(diagram).not.toMatch(new RegExp(`(src|href)="${host}|url\\(["']?${host}`));
	expect(diagram).not.toContain('theme.png');

	// Reviewed and quizzed: its cards are drawn on other pages too.
	await page.getByRole('link', { name: 'Review this article' }).click();
	await rateWithKeys(page, '3');
	await page.goto('/');
	await page.getByRole('link', { name: 'Beacons' }).click();
	await page.getByRole('link', { name: 'Quiz on this article' }).click();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await expect(page.getByTestId('question')).toBeVisible();
	await page.waitForTimeout(500);
	expect(hits).toEqual([]);
	expect(violations).toEqual([]);
});

test('normal use logs no CSP violation: every page, charts, exercises on WebGL, the lab', async ({
	page
}) => {
	const violations = watch(page);
	await openLibrary(page);
	await page.getByRole('link', { name: '大模型创业：行业发展趋势与挑战' }).click();
	await expect(page.locator('article .mermaid-src svg')).toBeVisible();
	await expect(page.locator('article .katex').first()).toBeVisible();
	await page.goto('/review');
	await rateWithKeys(page, '3');
	await page.goto('/stats');
	await expect(page.locator('.chart svg').first()).toBeVisible();
	await page.goto('/exercise/mse?seed=csp');
	await expect(page.getByTestId('tf-backend')).toHaveText('webgl', { timeout: 30_000 });
	await page.goto('/exercise/lab');
	await expect(page.getByTestId('tf-backend')).toHaveText('webgl', { timeout: 30_000 });
	await page.getByTestId('lab-run').click();
	await expect(page.getByTestId('loss-curve')).toBeVisible();
	for (const path of ['/quiz', '/cards', '/settings', '/exercise']) {
		await page.goto(path);
		await expect(page.locator('main h1')).toBeVisible();
	}
	await page.waitForTimeout(500);
	expect(violations).toEqual([]);
});
