import { describe, expect, it } from 'vitest';
import { sample } from '../../testing/fixtures';
import { contentHash } from '../cards';
import { importArticle } from '../index';
import { DEFAULT_SCHEDULE, makeScheduler, newSchedule, rate } from '../schedule';
import { parseBackup, serialiseBackup, TABLE_NAMES, type Rows } from './index';
import { FACET_TYPES } from './schema';
import { formatBytes } from './size';

/** A small library; every row has the fields its table's schema asks for. */
function rows(): Rows {
	const empty = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as Rows;
	return {
		...empty,
		articles: [
			{
				id: 'a',
				title: '梯度下降',
				lang: 'zh',
				warnings: [],
				importedAt: new Date('2026-11-01T08:00:00Z'),
				counts: { faq: 1 }
			}
		],
		cards: [
			{
				id: 'c',
				articleId: 'a',
				kind: 'faq',
				front: 'Q?',
				back: '$x^2$',
				context: { headingPath: ['梯度下降'], line: 3, endLine: 4 },
				tags: [],
				key: 'k',
				suspended: false,
				retired: 0,
				edited: false,
				createdAt: new Date(0)
			}
		],
		reviewLog: [
			{
				id: 1,
				cardId: 'c',
				rating: 3,
				state: 0,
				due: new Date('2026-11-02T09:00:00Z'),
				stability: 0,
				difficulty: 0,
				elapsed_days: 0,
				last_elapsed_days: 0,
				scheduled_days: 0,
				learning_steps: 0,
				review: new Date('2026-11-02T09:30:00Z'),
				duration: 2000,
				source: 'review'
			}
		],
		settings: [{ key: 'schedule', value: { desiredRetention: 0.9 } }]
	};
}

/**
 * A library as the app stores it: an article imported by the core (cards
 * with facets and siblings), a card rated twice, a quiz, an exercise, an
 * imported review and the settings.
 */
function makeLibrary(): Rows {
	const now = new Date('2026-11-20T08:00:00Z');
	const { path, source } = sample('003');
	const { article, cards } = importArticle(source, { path });
	const { source: text, outline, ...meta } = article;
	const cardRows = cards.map((c) => ({
		...c,
		key: contentHash(c),
		suspended: false,
		retired: 0,
		edited: false,
		createdAt: now
	}));
	const scheduler = makeScheduler(DEFAULT_SCHEDULE);
	const first = rate(scheduler, newSchedule(cards[0].id, now), 3, now, 4200);
	const later = new Date(+now + 600_000);
	const second = rate(scheduler, first.schedule, 1, later, 3100, 'quiz');
	return {
		articles: [{ ...meta, importedAt: now, counts: { faq: 2, formula: 5 } }],
		articleTexts: [{ id: article.id, source: text, outline }],
		articleKeys: [{ id: article.id, keys: cardRows.map((c) => c.key) }],
		cards: cardRows,
		schedules: [second.schedule],
		fresh: [{ id: article.id, at: now, cardIds: cards.slice(1).map((c) => c.id) }],
		reviewLog: [
			{ ...first.entry, id: 1 },
			{ ...second.entry, id: 2 }
		],
		quizResults: [
			{
				id: 1,
				topic: `article:${article.id}`,
				scope: { articleId: article.id },
				seed: 's',
				types: ['truefalse'],
				finishedAt: later,
				score: 1,
				total: 1,
				answers: [
					{
						type: 'truefalse',
						prompt: 'p',
						cardIds: [cards[0].id],
						given: 'true',
						expected: 'true',
						correct: true
					}
				]
			}
		],
		exerciseAttempts: [
			{
				id: 1,
				template: 'mse',
				seed: 'x',
				at: later,
				given: [0.5, null],
				expected: [0.5, 2],
				correct: false,
				backend: 'cpu',
				ms: 5100
			}
		],
		history: [
			{ cardId: '7', at: Date.UTC(2024, 2, 29), rating: 3, duration: 2500, source: 'a.csv' }
		],
		settings: [
			{ key: 'schedule', value: { ...DEFAULT_SCHEDULE } },
			{ key: 'theme', value: 'dark' },
			{ key: 'samplesImported', value: true }
		]
	} as unknown as Rows;
}

const stored = makeLibrary();
const library = (): Rows => structuredClone(stored);

/** A library changed by someone who then wrote a matching checksum (it is not a seal). */
function edited(change: (r: Rows) => void): string {
	const r = library();
	change(r);
	return serialiseBackup(r, 7);
}

describe('backup file', () => {
	it('round-trips every table, dates as dates', async () => {
		const text = serialiseBackup(rows(), 4, new Date('2026-11-23T00:00:00Z'));
		expect(text.startsWith('{"format":"mnemo-backup","version":1,"schema":4,')).toBe(true);
		const b = await parseBackup(text, 4);
		expect(b.tables).toEqual(rows());
		expect(b.tables.reviewLog[0].review).toBeInstanceOf(Date);
		expect(b.counts.cards).toBe(1);
	});

	it.each([
		['cut short', (t: string) => t.slice(0, t.length - 40), /cut short/],
		['cut short after a comma', (t: string) => t.slice(0, t.indexOf(',"cards"') + 1), /cut short/],
		['damaged inside', (t: string) => t.replace('"tables":{', '"tables":{{'), /backup is damaged/],
		['not JSON', () => 'id,front,back\n1,a,b', /not valid JSON/],
		['foreign JSON', () => '{"cards": []}', /not a Mnemo backup/],
		[
			'a newer format',
			(t: string) => t.replace('"version":1', '"version":2'),
			/newer Mnemo \(backup format 2\)/
		],
		[
			'a newer schema',
			(t: string) => t.replace('"schema":4', '"schema":9'),
			/newer library layout/
		],
		['an edited row', (t: string) => t.replace('梯度下降', '随机梯度下降'), /checksum/],
		[
			'a removed row',
			(t: string) => t.replace(/"reviewLog":\[[^\]]*\]/, '"reviewLog":[]'),
			/“reviewLog” table has 0 rows but the backup says 1/
		],
		[
			'a row without its id',
			(t: string) => t.replace('"cardId":"c","rating"', '"rating"'),
			/Row 1 of “reviewLog” has no “cardId”/
		],
		[
			'a bad date',
			(t: string) => t.replace('2026-11-02T09:30:00.000Z', 'yesterday'),
			/invalid date in “review”/
		]
	])('refuses %s with a reason', async (_what, spoil, message) => {
		const text = serialiseBackup(rows(), 4);
		await expect(parseBackup(spoil(text), 4)).rejects.toThrow(message);
	});
});

describe('backup rows are checked against their schema before anything is written', () => {
	it('accepts a library as the app stores it: facets, siblings, schedules, settings', async () => {
		const lib = library();
		expect(lib.cards.some((c) => c.facet && c.sibling)).toBe(true);
		const b = await parseBackup(serialiseBackup(lib, 7), 7);
		expect(b.tables).toEqual(lib);
		expect(b.tables.schedules[0].due).toBeInstanceOf(Date);
	});

	it('accepts cards stored before facets, and settings it does not know', async () => {
		const text = edited((r) => {
			for (const c of r.cards) delete c.facet;
			r.settings.push({ key: 'somethingNew', value: { any: ['thing'] } });
		});
		expect((await parseBackup(text, 7)).tables.settings).toHaveLength(4);
	});

	it('declares every facet type', () => {
		expect(FACET_TYPES.sort()).toEqual(
			[
				'definition',
				'formula',
				'symbol',
				'cloze',
				'faq',
				'point',
				'flow',
				'list',
				'exercise'
			].sort()
		);
	});

	it.each([
		[
			'a card front that is a number',
			(r: Rows) => (r.cards[1].front = 42),
			'Row 2 of “cards”: “front” is the number 42, but it should be a text. The file was changed or damaged.'
		],
		[
			'a card back that is an object',
			(r: Rows) => (r.cards[0].back = { html: '<b>x</b>' }),
			'Row 1 of “cards”: “back” is an object, but it should be a text.'
		],
		[
			'a bogus card kind',
			(r: Rows) => (r.cards[2].kind = 'bogus'),
			'Row 3 of “cards”: “kind” is the text “bogus”, but it should be one of concept, formula, faq, cloze, diagram, list, exercise.'
		],
		[
			'a bogus facet type',
			(r: Rows) => (r.cards[0].facet = { type: 'riddle', question: '?' }),
			'Row 1 of “cards”: “facet.type” is the text “riddle”, but it should be one of definition, formula, symbol, cloze, faq, point, flow, list, exercise.'
		],
		[
			'a facet that is text',
			(r: Rows) => (r.cards[0].facet = 'faq'),
			'Row 1 of “cards”: “facet” is the text “faq”, but it should be an object.'
		],
		[
			'a sibling that is a number',
			(r: Rows) => (r.cards[0].sibling = 3),
			'Row 1 of “cards”: “sibling” is the number 3, but it should be a text.'
		],
		[
			'a tag that is not text',
			(r: Rows) => (r.cards[0].tags = ['ok', 7]),
			'Row 1 of “cards”: “tags[1]” is the number 7, but it should be a text.'
		],
		[
			'a bogus schedule state',
			(r: Rows) => (r.schedules[0].state = 7),
			'Row 1 of “schedules”: “state” is the number 7, but it should be one of 0, 1, 2, 3.'
		],
		[
			'a schedule state as text',
			(r: Rows) => (r.schedules[0].state = 'Review'),
			'Row 1 of “schedules”: “state” is the text “Review”, but it should be one of 0, 1, 2, 3.'
		],
		[
			'a bogus bucket',
			(r: Rows) => (r.schedules[0].bucket = 'later'),
			'“bucket” is the text “later”, but it should be one of new, learn, review, off.'
		],
		[
			'negative stability',
			(r: Rows) => (r.schedules[0].stability = -1),
			'“stability” is the number -1, but it should be at least 0.'
		],
		[
			'a fractional reps',
			(r: Rows) => (r.schedules[0].reps = 1.5),
			'“reps” is the number 1.5, but it should be a whole number.'
		],
		[
			'a rating of 5',
			(r: Rows) => (r.reviewLog[1].rating = 5),
			'Row 2 of “reviewLog”: “rating” is the number 5, but it should be one of 1, 2, 3, 4.'
		],
		[
			'a review in 2150',
			(r: Rows) => (r.reviewLog[0].review = new Date('2150-01-01T00:00:00Z')),
			'Row 1 of “reviewLog”: “review” is a date, but it should be a date between 1970 and 2100.'
		],
		[
			'an import date before 1970',
			(r: Rows) => (r.articles[0].importedAt = new Date('1969-12-31T23:59:59Z')),
			'“importedAt” is a date, but it should be a date between 1970 and 2100.'
		],
		[
			'a date stored as text',
			(r: Rows) => (r.fresh[0].at = '2026-11-20'),
			'Row 1 of “fresh”: “at” is the text “2026-11-20”, but it should be a date.'
		],
		[
			'an imported review at 1e20 ms',
			(r: Rows) => (r.history[0].at = 1e20),
			'Row 1 of “history”: “at” is the number 100000000000000000000, but it should be a date between 1970 and 2100.'
		],
		[
			'an unknown language',
			(r: Rows) => (r.articles[0].lang = 'fr'),
			'“lang” is the text “fr”, but it should be one of zh, en.'
		],
		[
			'an empty card id',
			(r: Rows) => (r.cards[0].id = ''),
			'Row 1 of “cards”: “id” is the text “”, but it should be a text that is not empty.'
		],
		[
			'a desired retention of 2',
			(r: Rows) => (r.settings[0].value = { ...DEFAULT_SCHEDULE, desiredRetention: 2 }),
			'Row 1 of “settings”: “value.desiredRetention” is the number 2, but it should be a number above 0 and at most 1.'
		],
		[
			'fitted weights of the wrong length',
			(r: Rows) => (r.settings[0].value = { ...DEFAULT_SCHEDULE, weights: [1, 2, 3] }),
			'“value.weights” is a list, but it should be a list of 17, 19 or 21 numbers.'
		],
		[
			'a learning step without a unit',
			(r: Rows) => (r.settings[0].value = { ...DEFAULT_SCHEDULE, learningSteps: ['10'] }),
			'“value.learningSteps[0]” is the text “10”, but it should be a step like 1m, 10m or 1d.'
		],
		[
			'a bogus theme',
			(r: Rows) => (r.settings[1].value = 'neon'),
			'Row 2 of “settings”: “value” is the text “neon”, but it should be one of system, light, dark.'
		]
	])('refuses %s, naming the table, the row and the field', async (_what, change, message) => {
		await expect(parseBackup(edited(change), 7)).rejects.toThrow(message);
	});

	it.each([
		[
			'cards',
			(r: Rows) => r.cards.push({ ...r.cards[0] }),
			(r: Rows) =>
				`Rows 1 and ${r.cards.length} of “cards” have the same id “${r.cards[0].id}”: a library holds each only once`
		],
		[
			'reviewLog',
			(r: Rows) => (r.reviewLog[1].id = 1),
			() => 'Rows 1 and 2 of “reviewLog” have the same id “1”'
		],
		[
			'history',
			(r: Rows) => r.history.push({ ...r.history[0], rating: 1 }),
			(r: Rows) => `Rows 1 and 2 of “history” have the same cardId + at “7 + ${r.history[0].at}”`
		],
		[
			'settings',
			(r: Rows) => r.settings.push({ key: 'theme', value: 'light' }),
			() => 'Rows 2 and 4 of “settings” have the same key “theme”'
		]
	])('refuses two rows of “%s” with the same id, in its own words', async (_t, change, message) => {
		const r = library();
		change(r);
		await expect(parseBackup(serialiseBackup(r, 7), 7)).rejects.toThrow(message(r));
	});

	it('refuses a row count written as text without calling it a mismatch', async () => {
		const text = serialiseBackup(library(), 7);
		const n = library().cards.length;
		const spoilt = text.replace(`"cards":${n},`, `"cards":"${n}",`);
		expect(spoilt).not.toBe(text);
		const refused = parseBackup(spoilt, 7);
		await expect(refused).rejects.toThrow(
			`The backup gives the row count of the “cards” table as the text “${n}”, not as a number: the file was changed or damaged.`
		);
		await expect(refused).rejects.not.toThrow(/rows but the backup says/);
	});

	it('refuses a backup that does not say how many rows a table has', async () => {
		const text = serialiseBackup(library(), 7).replace(/"fresh":1,/, '');
		await expect(parseBackup(text, 7)).rejects.toThrow(
			'The backup does not say how many rows the “fresh” table has'
		);
	});
});

describe('backup from an older schema', () => {
	it('reads a table the older library did not have as empty', async () => {
		const old: Partial<Rows> = rows();
		delete old.history;
		const text = serialiseBackup(old as Rows, 5).replace(',"history":0', '');
		const b = await parseBackup(text, 6);
		expect(b.tables.history).toEqual([]);
		expect(b.tables.reviewLog).toHaveLength(1);
		await expect(parseBackup(serialiseBackup(old as Rows, 6), 6)).rejects.toThrow(
			/missing the “history” table/
		);
	});
});

describe('file sizes', () => {
	it('shows kilobytes under a megabyte', () => {
		expect(formatBytes(454_321)).toBe('454 KB');
		expect(formatBytes(999_400)).toBe('999 KB');
		expect(formatBytes(999_600)).toBe('1.0 MB');
		expect(formatBytes(2_440_000)).toBe('2.4 MB');
		expect(formatBytes(812)).toBe('812 B');
		expect(formatBytes(1.3e11)).toBe('130.0 GB');
	});
});
