import { expect, test } from '@playwright/test';
import { openLibrary } from './helpers';

const HOSTILE = `# Hostile article

<script>window.__pwned = 'script'</script>

An image <img src="x" onerror="window.__pwned = 'img'"> and a [link](javascript:window.__pwned='link').

Math with a trusted command: $\\href{javascript:window.__pwned='katex'}{click}$ and $\\htmlData{x=1}{y}$.

\`\`\`mermaid
graph TD
A[start] --> B[end]
click A call pwn()
\`\`\`

## FAQ

### What runs?

Nothing <iframe src="javascript:window.__pwned='iframe'"></iframe> at all.
`;

test('an imported article never runs script, and a bad file leaves the library intact', async ({
	page
}) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await openLibrary(page);
	await page.getByText('…or paste Markdown').click();
	await page.getByLabel('Title of the pasted article').fill('hostile');
	await page.getByLabel('Markdown to import').fill(HOSTILE);
	await page.getByRole('button', { name: 'Import pasted text' }).click();
	await page.getByTestId('import-results').getByRole('link', { name: 'Hostile article' }).click();

	const article = page.locator('article');
	await expect(article.locator('.mermaid-src svg')).toBeVisible();
	await expect(article).toContainText('<script>'); // shown as text
	expect(await article.locator('script, iframe, img').count()).toBe(0);
	expect(await article.locator('a[href^="javascript"]').count()).toBe(0);
	// markdown-it refuses javascript: links, so the source stays visible as plain text.
	await expect(article).toContainText("[link](javascript:window.__pwned='link')");
	await page.locator('li.card button.toggle').first().click();
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)
	).toBeUndefined();
	expect(dialogs).toEqual([]);

	// A binary file is refused with a plain message; nothing else changes.
	await page.goto('/');
	await page.getByTestId('import-files').setInputFiles({
		name: 'photo.md',
		mimeType: 'image/png',
		buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
	});
	await expect(page.getByTestId('import-results')).toContainText(
		'photo.md: This is a PNG image, not a Markdown article. Nothing in your library was changed.'
	);
	await expect(page.locator('ul.articles > li')).toHaveCount(6);
});
