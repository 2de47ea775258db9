/**
 * New cards are not given a schedule row when they are imported: writing
 * 10,000 rows nobody has rated yet was half the time of storing a large
 * import. Instead each article keeps one row listing its new cards (live and
 * not suspended) in the order they should come: its sections taking turns,
 * siblings apart (`interleaveArticle`, applied when the article is saved).
 * A card gets its schedule row at its first rating, and leaves the list
 * then. Until then its schedule is the empty FSRS state, due at the first
 * import time plus its place in the library's order, where the articles
 * take turns (`roundRobin`, in import order): so today's new cards come
 * from every article, not the oldest one's alone.
 *
 * The functions that write take part in the caller's transaction, which
 * must include `db.fresh`.
 */
import { newSchedule, roundRobin, type Candidate, type Schedule } from '$lib/core/schedule';
import type { Card } from '$lib/core';
import { db } from './db';

/** Listed new cards with their empty schedules and, where the list knows it, their sibling keys. */
export interface FreshCandidates {
	candidates: Candidate[];
	/** Cards of lists written before sibling keys were kept: their keys must be read from the cards. */
	unknown: string[];
}

/** New cards of the whole library, in the order they come (see above), up to `limit`. */
export async function freshCandidates(limit = Infinity): Promise<FreshCandidates> {
	const rows = (await db.fresh.toArray()).sort((a, b) => a.at.getTime() - b.at.getTime());
	const from = rows[0]?.at.getTime() ?? 0;
	const unknown: string[] = [];
	const lists = rows.map((r) => r.cardIds.map((id) => ({ id, siblings: r.siblings })));
	const candidates = roundRobin(lists, limit).map(({ id, siblings }, i): Candidate => {
		const s = newSchedule(id, new Date(from + i));
		if (!siblings) unknown.push(id);
		const sibling = siblings?.[id];
		return sibling ? { ...s, sibling } : s;
	});
	return { candidates, unknown };
}

/** New cards of the whole library, in the order they come, up to `limit`. */
export async function freshSchedules(limit = Infinity): Promise<Schedule[]> {
	return (await freshCandidates(limit)).candidates;
}

/** Every listed new card's schedule, by card id. */
export async function freshById(): Promise<Map<string, Schedule>> {
	return new Map((await freshSchedules()).map((s) => [s.cardId, s]));
}

/** The sibling keys of these cards, for an article's list (only cards that have one). */
export function siblingMap(cards: Pick<Card, 'id' | 'sibling'>[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const c of cards) if (c.sibling) out[c.id] = c.sibling;
	return out;
}

/** Removes cards from their articles' lists (first rating, suspend, delete, retire). */
export async function unlist(cardIds: string[], articleIds: string[]): Promise<void> {
	const gone = new Set(cardIds);
	for (const row of await db.fresh.bulkGet([...new Set(articleIds)])) {
		if (!row || !row.cardIds.some((id) => gone.has(id))) continue;
		await db.fresh.put({ ...row, cardIds: row.cardIds.filter((id) => !gone.has(id)) });
	}
}

/** Puts cards (new, without a schedule row) back on their article's list, at the end. */
export async function relist(
	cards: { id: string; articleId: string; sibling?: string }[]
): Promise<void> {
	const byArticle = new Map<string, typeof cards>();
	for (const c of cards) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
	for (const [articleId, back] of byArticle) {
		const row = (await db.fresh.get(articleId)) ?? {
			id: articleId,
			at: new Date(),
			cardIds: [],
			siblings: {}
		};
		const have = new Set(row.cardIds);
		const added = back.filter((c) => !have.has(c.id));
		await db.fresh.put({
			...row,
			cardIds: [...row.cardIds, ...added.map((c) => c.id)],
			// A list written before sibling keys were kept stays without them (its keys are read).
			...(row.siblings ? { siblings: { ...row.siblings, ...siblingMap(added) } } : {})
		});
	}
}
