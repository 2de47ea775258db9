import { expect, test } from '@playwright/test';
import { openLibrary, rateWithKeys, readTable, type LogRow } from './helpers';

test('two tabs stay in step: a rating in one updates the other, and none is lost', async ({
	context
}) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await openLibrary(a);
	await b.goto('/');
	const badge = b.getByTestId('due-count');
	await expect(badge).toHaveText('20');

	await a.goto('/review');
	const first = await rateWithKeys(a, '3');
	await expect(badge).toHaveText('19');

	await b.goto('/review');
	const second = await rateWithKeys(b, '3');
	expect(second).not.toBe(first);
	await expect(a.getByTestId('due-count')).toHaveText('18');

	const log = await readTable<LogRow>(a, 'reviewLog');
	expect(log.map((e) => e.cardId).sort()).toEqual([first, second].sort());
});
