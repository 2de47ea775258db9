import { describe, expect, it } from 'vitest';
import { importArticle } from '../index';
import { sample } from '$lib/testing/fixtures';
import { interleaveArticle, roundRobin } from './new-order';
import { buildQueue } from './queue';
import { newSchedule } from './scheduler';
import { DEFAULT_SCHEDULE } from './settings';

const NOW = new Date('2026-03-10T09:00:00');

/** A card as `interleaveArticle` reads it. */
function card(id: string, path: string[], line: number, sibling?: string) {
	return { id, context: { headingPath: path, line }, ...(sibling ? { sibling } : {}) };
}

describe('round robin', () => {
	it('takes the first of every list, then the second, skipping lists that ran out', () => {
		expect(roundRobin([['a1', 'a2', 'a3'], ['b1'], ['c1', 'c2']])).toEqual([
			'a1',
			'b1',
			'c1',
			'a2',
			'c2',
			'a3'
		]);
	});

	it('gives the same first items whatever the limit', () => {
		const lists = [['a1', 'a2', 'a3'], ['b1'], ['c1', 'c2']];
		expect(roundRobin(lists, 4)).toEqual(roundRobin(lists).slice(0, 4));
		expect(roundRobin([], 3)).toEqual([]);
	});
});

describe('new cards of one article', () => {
	const T = 'Title';
	const cards = [
		card('intro', [T], 2),
		card('a-concept', [T, 'A'], 5),
		card('a-formula-name', [T, 'A', 'A.1'], 9, 'x:formula:9'),
		card('a-formula-reverse', [T, 'A', 'A.1'], 9, 'x:formula:9'),
		card('a-symbol', [T, 'A', 'A.1'], 9, 'x:formula:9'),
		card('a-late', [T, 'A', 'A.2'], 14),
		card('b-concept', [T, 'B'], 20, 'x:s:1'),
		card('b-cloze', [T, 'B'], 20, 'x:s:1'),
		card('c-faq', [T, 'C'], 30),
		// Made by a later extractor, but it stands first in section B.
		card('b-list', [T, 'B'], 18)
	];

	it('lets the top-level sections under the title take turns, in article order', () => {
		expect(interleaveArticle(cards)).toEqual([
			'intro',
			'a-concept',
			'b-list',
			'c-faq',
			'a-formula-name',
			'b-concept',
			'a-late',
			'b-cloze',
			'a-formula-reverse',
			'a-symbol'
		]);
	});

	it('brings every item’s first card before any sibling’s second', () => {
		const order = interleaveArticle(cards);
		const rank = (id: string) => order.indexOf(id);
		expect(rank('a-late')).toBeLessThan(rank('a-formula-reverse'));
		expect(rank('a-formula-reverse')).toBeLessThan(rank('a-symbol'));
	});

	it('keeps one section in source order, and an empty article empty', () => {
		const one = [card('p', ['Only'], 3), card('q', ['Only'], 1), card('r', ['Only'], 2)];
		expect(interleaveArticle(one)).toEqual(['q', 'r', 'p']);
		expect(interleaveArticle([])).toEqual([]);
	});
});

describe('seed 004 as new cards', () => {
	const { path, source } = sample('004');
	const { cards } = importArticle(source, { path });
	const byId = new Map(cards.map((c) => [c.id, c]));
	const order = interleaveArticle(cards);
	const top = (id: string) => byId.get(id)!.context.headingPath[0];

	it('orders every card once', () => {
		expect([...order].sort()).toEqual(cards.map((c) => c.id).sort());
	});

	it('spreads the first 20 new cards over every section, not only the first ones', () => {
		const sections = new Set(cards.map((c) => top(c.id)));
		expect(sections.size).toBeGreaterThanOrEqual(6);
		const first = order.slice(0, 20);
		expect(new Set(first.map(top))).toEqual(sections);
		expect(first.map(top)).toContain('附录：常见问题与解答');
		expect(new Set(first.map((id) => byId.get(id)!.kind)).size).toBeGreaterThan(3);
	});

	it('shows one card per source item on a day with every new card allowed', () => {
		const groups = new Map<string, number>();
		for (const c of cards) if (c.sibling) groups.set(c.sibling, (groups.get(c.sibling) ?? 0) + 1);
		// The seed has real sibling groups: a formula's six cards, the flow's eleven.
		expect(Math.max(...groups.values())).toBeGreaterThanOrEqual(6);
		const candidates = order.map((id, i) => ({
			...newSchedule(id, new Date(NOW.getTime() - 86_400_000 + i)),
			sibling: byId.get(id)!.sibling
		}));
		const settings = { ...DEFAULT_SCHEDULE, newPerDay: 1000 };
		const q = buildQueue(candidates, { new: 0, review: 0 }, settings, NOW);
		const shown = q.cardIds.map((id) => byId.get(id)!);
		const keys = shown.flatMap((c) => (c.sibling ? [c.sibling] : []));
		expect(new Set(keys).size).toBe(keys.length);
		expect(keys.length).toBe(groups.size);
		expect(shown.length).toBe(cards.filter((c) => !c.sibling).length + groups.size);
		// Of each source item, the card the extractors made first comes (a formula before its symbols).
		for (const key of groups.keys())
			expect(shown.find((c) => c.sibling === key)).toBe(cards.find((c) => c.sibling === key));
		const off = buildQueue(
			candidates,
			{ new: 0, review: 0 },
			{ ...settings, burySiblings: false },
			NOW
		);
		expect(off.cardIds).toHaveLength(cards.length);
	});
});
