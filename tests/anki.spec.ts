import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openLibrary, readTable } from './helpers';

test('an article exported to Anki text, and that file imported back as a deck', async ({
	page
}) => {
	await openLibrary(page);
	await page.getByRole('link', { name: '大模型创业：行业发展趋势与挑战' }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('anki-export').click()
	]);
	expect(download.suggestedFilename()).toBe('大模型创业：行业发展趋势与挑战.anki.txt');
	const text = readFileSync(await download.path(), 'utf8');
	const lines = text.trimEnd().split('\n');
	expect(lines.slice(0, 4)).toEqual([
		'#separator:tab',
		'#html:true',
		'#deck:大模型创业：行业发展趋势与挑战',
		'#tags column:3'
	]);
	// The neuron formula in Anki's display delimiters; no exercise cards (Anki cannot check them).
	expect(text).toContain('\\[y = \\sigma(W \\cdot x + b)\\]');
	expect(text).not.toMatch(/\texercise$/m);
	const notes = lines.length - 4;

	await page.goto('/');
	await page.getByTestId('import-files').setInputFiles({
		name: 'from-anki.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(text.replace('#deck:大模型创业：行业发展趋势与挑战', '#deck:From Anki'))
	});
	const result = page.getByTestId('import-results').locator('> li').first();
	await expect(result).toContainText('From Anki');
	const summary = (await result.innerText()).replace(/\s+/g, ' ');
	const added = Number(summary.match(/(\d+) new/)![1]);
	const merged = Number(summary.match(/(\d+) already in another article/)?.[1] ?? 0);
	expect(added + merged).toBe(notes);
	const articles = await readTable<{ id: string; title: string }>(page, 'articles');
	const deck = articles.find((a) => a.title === 'From Anki')!;
	const cards = (
		await readTable<{ articleId: string; front: string; tags: string[] }>(page, 'cards')
	).filter((c) => c.articleId === deck.id);
	expect(cards).toHaveLength(added);
	expect(cards.every((c) => c.tags[0] === 'anki' && c.tags.includes('mnemo'))).toBe(true);
	expect(cards.map((c) => c.front)).toContain(
		'$$\ny = \\sigma(W \\cdot x + b)\n$$\n\n这个公式是什么？'
	);
});
