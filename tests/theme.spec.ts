import { expect, test, type Page } from '@playwright/test';
import { openLibrary } from './helpers';

const background = (page: Page) =>
	page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('the theme: dark or light by choice, kept across a reload, system by default', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await openLibrary(page);
	expect(await background(page)).toBe('rgb(247, 247, 245)');

	await page.goto('/settings');
	await page.getByTestId('theme').selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await background(page)).toBe('rgb(21, 25, 29)');
	await page.reload();
	expect(await background(page)).toBe('rgb(21, 25, 29)');

	// "Same as the system" follows the system's scheme; light stays light under a dark system.
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.getByTestId('theme').selectOption('light');
	expect(await background(page)).toBe('rgb(247, 247, 245)');
	await page.getByTestId('theme').selectOption('system');
	expect(await background(page)).toBe('rgb(21, 25, 29)');
});
