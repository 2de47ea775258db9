import { expect, test } from '@playwright/test';
import { openLibrary, readTable } from './helpers';

const SAY = {
	en: 'Your rating was not saved (',
	zh: '你的评分没有保存（'
};

for (const lang of ['en', 'zh'] as const) {
	test(`a rating whose write fails is said (${lang}), the card stays and is still due after a reload`, async ({
		page
	}) => {
		await page.addInitScript((l) => localStorage.setItem('mnemo-lang', l), lang);
		await openLibrary(page);
		await page.goto('/review');
		const card = page.getByTestId('review-card');
		const id = await card.getAttribute('data-card-id');
		await page.keyboard.press('Space');
		await expect(card.locator('.back')).toBeVisible();

		// The disk is full: every IndexedDB write in this page fails from now on.
		await page.evaluate(() => {
			const full = () => {
				throw new DOMException('The disk is full', 'QuotaExceededError');
			};
			IDBObjectStore.prototype.put = full;
			IDBObjectStore.prototype.add = full;
		});
		await page.keyboard.press('3');
		const notice = page.getByTestId('notice');
		await expect(notice).toContainText(SAY[lang]);
		await expect(notice).toContainText('The disk is full');
		// The same card, its answer still shown, to be rated again.
		await expect(card).toHaveAttribute('data-card-id', id!);
		await expect(card.locator('.back')).toBeVisible();
		await expect(page.getByTestId('remaining').locator('.n-new')).toHaveText('20');

		// Dismissed, it goes; nothing was written, so after a reload the card is still first.
		await notice.getByRole('button').click();
		await expect(notice).toHaveCount(0);
		await page.reload();
		await expect(page.getByTestId('review-card')).toHaveAttribute('data-card-id', id!);
		expect(await readTable(page, 'reviewLog')).toEqual([]);
	});
}

test('settings that cannot be written are said in the same notice area, and nothing claims they were saved', async ({
	page
}) => {
	await openLibrary(page);
	await page.goto('/settings');
	await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();
	await page.evaluate(() => {
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('The database was closed', 'InvalidStateError');
		};
	});
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByTestId('notice')).toHaveText(
		/^The settings could not be saved: .*The database was closed/
	);
	await expect(page.locator('main')).not.toContainText('Saved. The new settings apply');
});
