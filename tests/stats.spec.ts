import { expect, test } from '@playwright/test';
import { openLibrary, rateWithKeys } from './helpers';

test('statistics: reviews today, the forecast and states follow the ratings, drawn as charts', async ({
	page
}) => {
	await openLibrary(page);
	await page.goto('/stats');
	await expect(page.getByTestId('stats-summary')).toHaveText(
		'0 reviews in all, 0 today; a streak of 0 days.'
	);

	await page.goto('/review');
	await rateWithKeys(page, '3');
	await rateWithKeys(page, '3');
	await rateWithKeys(page, '1');
	await page.goto('/stats');
	await expect(page.getByTestId('stats-summary')).toHaveText(
		'3 reviews in all, 3 today; a streak of 1 day.'
	);
	// New cards rated Good or Again are in learning, due again today.
	await expect(page.getByTestId('states-summary')).toContainText(' 3 learning, 0 young, 0 mature');
	await expect(page.getByTestId('forecast-summary')).toHaveText('3 due today, 3 in 30 days.');
	// The charts are drawn by the charting library, as SVG: the heatmap, forecast, states, articles.
	await expect(page.locator('.chart svg')).toHaveCount(4);
	await expect(page.getByRole('img', { name: 'Cards by state' }).locator('svg')).toContainText(
		'learning: 3'
	);
	await expect(
		page.getByRole('img', { name: 'Cards of each article' }).locator('svg text')
	).toContainText(['大模型创业：行业发展趋势与挑战']);
});
