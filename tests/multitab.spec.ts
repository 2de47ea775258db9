import { expect, test } from '@playwright/test';
import {
	currentCard,
	openLibrary,
	rateWithKeys,
	readTable,
	type LogRow,
	type ScheduleRow
} from './helpers';

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

test('two tabs rating the same card at once: the second rating starts from the first', async ({
	context
}) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await openLibrary(a);
	await a.goto('/review');
	await b.goto('/review');
	const shown = await currentCard(a);
	expect(await currentCard(b)).toBe(shown);
	for (const p of [a, b]) {
		await p.keyboard.press('Space');
		await expect(p.locator('.controls .grade')).toHaveCount(4);
	}
	// Both tabs rate the card they show within the same moment.
	await Promise.all([a.keyboard.press('3'), b.keyboard.press('3')]);
	await expect
		.poll(async () => (await readTable<LogRow>(a, 'reviewLog')).length)
		.toBeGreaterThanOrEqual(2);

	const log = (await readTable<LogRow>(a, 'reviewLog')).filter((e) => e.cardId === shown);
	const schedule = (await readTable<ScheduleRow>(a, 'schedules')).find((s) => s.cardId === shown);
	// Either both ratings reached the card, the second computed from the first (a
	// learning card by then), or the second tab had already moved on to another card.
	expect(schedule?.reps).toBe(log.length);
	expect(log.map((e) => e.state)).toEqual(log.length === 2 ? [0, 1] : [0]);
});

test('a card rated in another tab is replaced on screen, with a note', async ({ context }) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await openLibrary(a);
	await a.goto('/review');
	await b.goto('/review');
	const shown = await currentCard(b);
	await b.keyboard.press('Space');
	expect(await rateWithKeys(a, '4')).toBe(shown);

	await expect(b.getByTestId('rated-elsewhere')).toBeVisible();
	await expect(b.getByTestId('review-card')).not.toHaveAttribute('data-card-id', shown);
	const next = await currentCard(b);
	await b.keyboard.press('Space');
	await b.keyboard.press('3');
	await expect(b.getByTestId('rated-elsewhere')).toHaveCount(0);
	const log = await readTable<LogRow>(a, 'reviewLog');
	expect(log.map((e) => e.cardId)).toEqual([shown, next]);
	expect((await readTable<ScheduleRow>(a, 'schedules')).find((s) => s.cardId === shown)?.reps).toBe(
		1
	);
});
