import { expect, test, type Page } from '@playwright/test';
import { openLibrary, rateWithKeys, readTable, type LogRow } from './helpers';

/** Sample 004 (src/lib/samples/004_74aad78e91617ff9.md), as the library titles it. */
const SEED_004 = '大模型在 AI 时代的创业产品趋势';

interface StoredCard {
	id: string;
	articleId: string;
	kind: string;
	sibling?: string;
	context: { headingPath: string[] };
}

/** Sample 004's stored cards, with its sibling groups (key → card ids). */
async function seed004(page: Page) {
	const articles = await readTable<{ id: string; title: string }>(page, 'articles');
	const articleId = articles.find((a) => a.title === SEED_004)!.id;
	const cards = (await readTable<StoredCard>(page, 'cards')).filter(
		(c) => c.articleId === articleId
	);
	const groups = new Map<string, string[]>();
	for (const c of cards)
		if (c.sibling) groups.set(c.sibling, [...(groups.get(c.sibling) ?? []), c.id]);
	return { articleId, cards, groups, byId: new Map(cards.map((c) => [c.id, c])) };
}

/** Every new card in one day, and burying on or off; checks the setting is stored. */
async function settle(page: Page, bury: boolean): Promise<void> {
	await page.goto('/settings');
	await page.getByLabel('New cards per day').fill('500');
	const box = page.getByLabel('Bury siblings');
	// On by default.
	await expect(box).toBeChecked();
	await box.setChecked(bury);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('form [role=status]')).toContainText('Saved');
	await page.reload();
	await expect(page.getByLabel('Bury siblings')).toBeChecked({ checked: bury });
}

/**
 * Reviews until the summary: ordinary cards rated Easy (so none comes back
 * today), exercise cards answered wrong twice (rated by their outcome).
 * Returns the card ids in the order they were shown.
 */
async function reviewAll(page: Page): Promise<string[]> {
	const shown: string[] = [];
	const card = page.getByTestId('review-card');
	const summary = page.getByTestId('session-summary');
	for (let i = 0; i < 400; i++) {
		await expect(card.or(summary)).toBeVisible();
		if (await summary.isVisible()) return shown;
		const id = (await card.getAttribute('data-card-id'))!;
		shown.push(id);
		if (!(await card.getByTestId('exercise').count())) {
			await rateWithKeys(page, '4');
			continue;
		}
		await expect(card.getByTestId('tf-backend')).toHaveText(/webgl|cpu/, { timeout: 30_000 });
		const boxes = page.locator('[data-testid^="answer-"]');
		for (const verdict of ['Not quite', 'Not right']) {
			for (const box of await boxes.all()) await box.fill('123456');
			await page.keyboard.press('Enter');
			await expect(page.getByTestId('verdict')).toContainText(verdict);
		}
		await page.keyboard.press('Space');
		await expect(page.locator(`[data-testid="review-card"][data-card-id="${id}"]`)).toHaveCount(0);
	}
	throw new Error('the review did not end');
}

/** The shown cards (each once) grouped by sibling key. */
function shownByKey(shown: string[], byId: Map<string, StoredCard>): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	for (const id of shown) {
		const key = byId.get(id)?.sibling;
		if (key) out.set(key, (out.get(key) ?? new Set()).add(id));
	}
	return out;
}

test('review of seed 004 shows no two siblings on one day; they come the next day', async ({
	page
}) => {
	test.setTimeout(240_000);
	await openLibrary(page);
	await settle(page, true);
	const { articleId, cards, groups, byId } = await seed004(page);
	// The check below can fail: the seed has sibling groups (a formula's cards, a flow's steps).
	const multi = [...groups.values()].filter((g) => g.length >= 2);
	expect(multi.length).toBeGreaterThanOrEqual(5);
	expect(Math.max(...multi.map((g) => g.length))).toBeGreaterThanOrEqual(6);
	const onePerItem = cards.filter((c) => !c.sibling).length + groups.size;

	await page.goto(`/review?article=${articleId}`);
	await expect(page.locator('[data-testid="remaining"] .n-new')).toHaveText(String(onePerItem));
	const shown = await reviewAll(page);
	for (const [key, ids] of shownByKey(shown, byId)) expect([key, ids.size]).toEqual([key, 1]);
	// Every other card did come: one card of each source item, all cards without siblings.
	expect(new Set(shown).size).toBe(onePerItem);
	// The first 20 come from every top-level section, not the first few only.
	const sections = new Set(cards.map((c) => c.context.headingPath[0]));
	const early = new Set(shown.slice(0, 20).map((id) => byId.get(id)!.context.headingPath[0]));
	expect(early).toEqual(sections);
	// What was stored agrees: today's ratings hold one card per sibling key.
	const log = await readTable<LogRow>(page, 'reviewLog');
	const rated = [...new Set(log.map((e) => e.cardId))];
	expect(rated.sort()).toEqual([...new Set(shown)].sort());

	// The next day, each group with a card left brings one more.
	await page.clock.setFixedTime(new Date(Date.now() + 86_400_000));
	await page.goto(`/review?article=${articleId}`);
	await expect(page.locator('[data-testid="remaining"] .n-new')).toHaveText(String(multi.length));
});

test('with burying off, siblings of seed 004 come on the same day', async ({ page }) => {
	test.setTimeout(240_000);
	await openLibrary(page);
	await settle(page, false);
	const { articleId, cards, byId } = await seed004(page);

	await page.goto(`/review?article=${articleId}`);
	await expect(page.locator('[data-testid="remaining"] .n-new')).toHaveText(String(cards.length));
	const shown = await reviewAll(page);
	expect(new Set(shown).size).toBe(cards.length);
	const together = [...shownByKey(shown, byId).values()].filter((ids) => ids.size >= 2);
	expect(together.length).toBeGreaterThanOrEqual(5);
});
