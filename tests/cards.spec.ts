import { expect, test } from '@playwright/test';
import { listedNew, openLibrary, readTable, type ScheduleRow } from './helpers';

test('card browser: search in Chinese, filter, suspend, edit, delete', async ({ page }) => {
	await openLibrary(page);
	await page.goto('/cards');
	const count = page.getByTestId('card-count');
	await expect(count).toHaveText(/^\d+ cards$/);
	const all = Number((await count.textContent())!.split(' ')[0]);
	expect(all).toBeGreaterThan(200); // the five sample articles give 280

	await page.getByLabel('Search cards').fill('梯度下降（Gradient Descent）');
	await page.getByLabel('Kind').selectOption('formula');
	const gd = page
		.locator('ul.list > li')
		.filter({ hasText: '梯度下降（Gradient Descent） 的公式是什么？' });
	await expect(gd).toHaveCount(1);
	const id = (await gd.getAttribute('data-card-id'))!;
	// After the edit the front no longer matches the filter text, so follow the row by id.
	const row = page.locator(`ul.list > li[data-card-id="${id}"]`);

	await gd.getByRole('button', { name: 'Suspend' }).click();
	await expect(gd.locator('.chip', { hasText: 'suspended' })).toBeVisible();
	// A new card (never rated, so without a schedule row) leaves the new-card list and comes back.
	const listed = async () => (await listedNew(page)).includes(id);
	await expect.poll(listed).toBe(false);
	await gd.getByRole('button', { name: 'Unsuspend' }).click();
	await expect.poll(listed).toBe(true);
	expect((await readTable<ScheduleRow>(page, 'schedules')).find((s) => s.cardId === id)).toBe(
		undefined
	);

	await gd.getByRole('button', { name: 'Edit' }).click();
	const dialog = page.getByRole('dialog', { name: 'Edit card' });
	await dialog
		.getByLabel('Front')
		.fill('My own question about $w_{t+1}$ and 梯度下降（Gradient Descent）');
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(row.locator('.katex').first()).toBeVisible();
	await expect(row).toContainText('My own question about');
	const edited = (
		await readTable<{ id: string; edited: boolean; front: string }>(page, 'cards')
	).find((c) => c.id === id)!;
	expect(edited.edited).toBe(true);

	page.once('dialog', (d) => void d.accept());
	await row.getByRole('button', { name: 'Delete' }).click();
	await expect(row).toHaveCount(0);
	await page.getByLabel('Search cards').fill('');
	await page.getByLabel('Kind').selectOption('');
	await expect(count).toHaveText(`${all - 1} cards`);
});
