/**
 * The order new cards come in. In the order the extractors made them, a
 * learner's first 20 new cards of seed 004 were all concept cards, from 5 of
 * its 8 top-level sections, and 11 of seed 000's first 20 were siblings of
 * an earlier one (a flow's step cards one after another). Instead: an
 * article's cards take turns by top-level section, each item's first card
 * before any item's second (siblings spread apart), and articles take turns
 * in the library. Pure and deterministic: no randomness, so the same library
 * gives the same order on every device.
 */
import type { Card } from '../cards/types';

/**
 * Takes one item from each list in turn (the first of every list, then the
 * second of every list, …), skipping lists that ran out, up to `limit`.
 * The first `n` items are the same whatever the limit, so a longer read
 * only adds to a shorter one.
 */
export function roundRobin<T>(lists: readonly (readonly T[])[], limit = Infinity): T[] {
	const out: T[] = [];
	const longest = Math.max(0, ...lists.map((l) => l.length));
	for (let i = 0; i < longest && out.length < limit; i++)
		for (const list of lists) {
			if (out.length >= limit) break;
			if (i < list.length) out.push(list[i]);
		}
	return out;
}

/**
 * An article's cards (given in article order) in the order they should come
 * as new cards: the top-level sections take turns (the level below the
 * heading path all cards share, so a title heading does not count), and
 * within a section every sibling group's first card comes before any
 * group's second (as Anki's default "card type, then order gathered"),
 * in source-line order (the extractors' order for one line). Returns the
 * card ids.
 */
export function interleaveArticle(
	cards: readonly (Pick<Card, 'id' | 'sibling'> & {
		context: Pick<Card['context'], 'headingPath' | 'line'>;
	})[]
): string[] {
	const paths = cards.map((c) => c.context.headingPath);
	const shared = sharedPrefix(paths);
	const seen = new Map<string, number>();
	const sections = new Map<string, { id: string; rank: number; line: number }[]>();
	cards.forEach((c, i) => {
		const rank = c.sibling ? (seen.get(c.sibling) ?? 0) : 0;
		if (c.sibling) seen.set(c.sibling, rank + 1);
		const top = paths[i][shared] ?? '';
		let section = sections.get(top);
		if (!section) sections.set(top, (section = []));
		section.push({ id: c.id, rank, line: c.context.line });
	});
	// Sections take turns in the order they stand in the article; Array.prototype.sort is
	// stable, so cards of one line keep the extractors' order.
	const first = (s: { line: number }[]) => s.reduce((m, x) => Math.min(m, x.line), Infinity);
	const lists = [...sections.values()]
		.sort((a, b) => first(a) - first(b))
		.map((s) => s.sort((a, b) => a.rank - b.rank || a.line - b.line).map((x) => x.id));
	return roundRobin(lists);
}

/** How many leading headings every path shares. */
function sharedPrefix(paths: readonly string[][]): number {
	if (!paths.length) return 0;
	let n = 0;
	while (paths.every((p) => n < p.length && p[n] === paths[0][n])) n++;
	return n;
}
