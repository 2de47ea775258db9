import { expect, test } from '@playwright/test';
import { readTable } from './helpers';

/**
 * A learner who last used the schema-2 app (before exercises) opens this
 * version: the database upgrades in place, nothing is lost, and the
 * content keys move from a card index to one row per article.
 */
test('a schema-2 library upgrades: cards, history and the keys of live cards kept', async ({
	page
}) => {
	await page.goto('/favicon.svg');
	await page.evaluate(
		() =>
			new Promise<void>((done, fail) => {
				// The layout Dexie made for schema version 2 (IndexedDB version 20).
				const open = indexedDB.open('mnemo', 20);
				open.onupgradeneeded = () => {
					const db = open.result;
					const store = (name: string, keyPath: string, auto = false) =>
						db.createObjectStore(name, { keyPath, autoIncrement: auto });
					const articles = store('articles', 'id');
					articles.createIndex('title', 'title');
					articles.createIndex('importedAt', 'importedAt');
					store('articleTexts', 'id');
					const cards = store('cards', 'id');
					cards.createIndex('articleId', 'articleId');
					cards.createIndex('key', 'key');
					store('schedules', 'cardId').createIndex('[bucket+due]', ['bucket', 'due']);
					const log = store('reviewLog', 'id', true);
					log.createIndex('cardId', 'cardId');
					log.createIndex('review', 'review');
					store('settings', 'key');
					const quiz = store('quizResults', 'id', true);
					quiz.createIndex('[topic+finishedAt]', ['topic', 'finishedAt']);
					quiz.createIndex('finishedAt', 'finishedAt');
				};
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['articles', 'cards', 'reviewLog', 'settings'], 'readwrite');
					const now = new Date();
					tx.objectStore('articles').put({
						id: 'old',
						title: 'Old article',
						lang: 'en',
						warnings: [],
						importedAt: now,
						counts: { concept: 1 }
					});
					const card = (id: string, key: string, retired: 0 | 1) => ({
						id,
						articleId: 'old',
						kind: 'concept',
						front: `What is **${id}**?`,
						back: id,
						context: { headingPath: ['Old'], line: 1, endLine: 1 },
						tags: ['concept'],
						key,
						suspended: false,
						retired,
						edited: false,
						createdAt: now
					});
					tx.objectStore('cards').put(card('live', 'k-live', 0));
					tx.objectStore('cards').put(card('gone', 'k-gone', 1));
					tx.objectStore('reviewLog').add({ cardId: 'live', rating: 3, review: now });
					// The samples were imported on the first visit back then.
					tx.objectStore('settings').put({ key: 'samplesImported', value: true });
					tx.oncomplete = () => {
						db.close();
						done();
					};
					tx.onerror = () => fail(tx.error);
				};
			})
	);

	await page.goto('/');
	await expect(page.locator('ul.articles > li')).toContainText(['Old article']);
	expect(await readTable(page, 'articleKeys')).toEqual(
		expect.arrayContaining([{ id: 'old', keys: ['k-live'] }])
	);
	expect((await readTable<{ id: string }>(page, 'cards')).map((c) => c.id)).toEqual(
		expect.arrayContaining(['live', 'gone'])
	);
	expect(await readTable(page, 'reviewLog')).toHaveLength(1);
	// Schema 7: a card stored without a facet gets the one its wording implies.
	const live = (await readTable<{ id: string; facet?: unknown }>(page, 'cards')).find(
		(c) => c.id === 'live'
	);
	expect(live?.facet).toEqual({ type: 'definition', term: 'live', definition: 'live' });
	const indexes = await page.evaluate(
		() =>
			new Promise<string[]>((done) => {
				const open = indexedDB.open('mnemo');
				open.onsuccess = () => {
					const names = [...open.result.transaction('cards').objectStore('cards').indexNames];
					open.result.close();
					done(names);
				};
			})
	);
	expect(indexes).toEqual(['articleId']);
});
