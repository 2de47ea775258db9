import { describe, expect, it } from 'vitest';
import { parseBackup, serialiseBackup, TABLE_NAMES, type Rows } from './index';

function rows(): Rows {
	const empty = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as Rows;
	return {
		...empty,
		articles: [{ id: 'a', title: '梯度下降', importedAt: new Date('2026-11-01T08:00:00Z') }],
		cards: [
			{
				id: 'c',
				articleId: 'a',
				kind: 'faq',
				front: 'Q?',
				back: '$x^2$',
				key: 'k',
				createdAt: new Date(0)
			}
		],
		reviewLog: [{ id: 1, cardId: 'c', rating: 3, review: new Date('2026-11-02T09:30:00Z') }],
		settings: [{ key: 'schedule', value: { desiredRetention: 0.9 } }]
	};
}

describe('backup file', () => {
	it('round-trips every table, dates as dates', () => {
		const text = serialiseBackup(rows(), 4, new Date('2026-11-23T00:00:00Z'));
		expect(text.startsWith('{"format":"mnemo-backup","version":1,"schema":4,')).toBe(true);
		const b = parseBackup(text, 4);
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
	])('refuses %s with a reason', (_what, spoil, message) => {
		const text = serialiseBackup(rows(), 4);
		expect(() => parseBackup(spoil(text), 4)).toThrow(message);
	});
});

describe('backup from an older schema', () => {
	it('reads a table the older library did not have as empty', () => {
		const old: Partial<Rows> = rows();
		delete old.history;
		const text = serialiseBackup(old as Rows, 5).replace(',"history":0', '');
		const b = parseBackup(text, 6);
		expect(b.tables.history).toEqual([]);
		expect(b.tables.reviewLog).toHaveLength(1);
		expect(() => parseBackup(serialiseBackup(old as Rows, 6), 6)).toThrow(
			/missing the “history” table/
		);
	});
});
