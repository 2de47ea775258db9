import { expect, test } from '@playwright/test';
import { openLibrary, readTable } from './helpers';

/** Sample 004 (src/lib/samples/004_74aad78e91617ff9.md), as the library titles it: it has Chinese clozes. */
const SEED_004 = '大模型在 AI 时代的创业产品趋势';

interface ClozeCard {
	id: string;
	articleId: string;
	kind: string;
	facet?: { type: string; span?: string };
}

test('a Chinese cloze card shows a drawn blank, not asterisks, in review and the card browser', async ({
	page
}) => {
	await openLibrary(page);
	const articles = await readTable<{ id: string; title: string; lang: string }>(page, 'articles');
	const seed = articles.find((a) => a.title === SEED_004)!;
	expect(seed.lang).toMatch(/^zh/);
	const clozes = (await readTable<ClozeCard>(page, 'cards')).filter((c) => c.kind === 'cloze');
	const spanOf = new Map(clozes.map((c) => [c.id, c.facet?.span]));
	expect(clozes.filter((c) => c.articleId === seed.id).length).toBeGreaterThan(0);

	// In review: the front has one blank element and no Markdown emphasis left over.
	await page.goto(`/review?article=${seed.id}&kind=cloze`);
	const card = page.getByTestId('review-card');
	const id = (await card.getAttribute('data-card-id'))!;
	const front = card.locator('.front');
	await expect(front.locator('.cloze-blank')).toHaveCount(1);
	await expect(front.locator('.cloze-blank')).toBeVisible();
	expect(await front.innerText()).not.toContain('**');
	// The back shows the hidden span, marked, and no asterisks either.
	await page.keyboard.press('Space');
	const answer = card.locator('.back mark.cloze-answer');
	await expect(answer).toHaveText(spanOf.get(id)!);
	expect(await card.locator('.back').innerText()).not.toContain('**');

	// In the card browser: every cloze card of the sample library, each with its blank.
	await page.goto('/cards');
	await page.getByLabel('Kind').selectOption('cloze');
	await expect(page.getByTestId('card-count')).toHaveText(`${clozes.length} cards`);
	const rows = page.locator('ul.list > li');
	await expect(rows).toHaveCount(Math.min(50, clozes.length));
	for (const row of await rows.all()) {
		const rowId = (await row.getAttribute('data-card-id'))!;
		const face = row.locator(':scope > .prose').first();
		await expect(face.locator('.cloze-blank')).toHaveCount(1);
		expect(await face.innerText(), rowId).not.toContain('**');
		await expect(row.locator('details mark.cloze-answer')).toHaveText(spanOf.get(rowId)!);
	}
});
