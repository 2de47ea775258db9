/**
 * New cards are not given a schedule row when they are imported: writing
 * 10,000 rows nobody has rated yet was half the time of storing a large
 * import. Instead each article keeps one row listing its new cards in
 * article order (live and not suspended). A card gets its schedule row at
 * its first rating, and leaves the list then. Until then its schedule is
 * the empty FSRS state, due at the article's import time plus its place in
 * the list, so new cards come in import order, article order within.
 *
 * The functions that write take part in the caller's transaction, which
 * must include `db.fresh`.
 */
import { newSchedule, type Schedule } from '$lib/core/schedule';
import { db, type FreshRow } from './db';

/** The empty schedule a listed card has until its first rating. */
function virtual(row: FreshRow, index: number): Schedule {
	return newSchedule(row.cardIds[index], new Date(row.at.getTime() + index));
}

/** New cards of the whole library, in order, up to `limit`. */
export async function freshSchedules(limit = Infinity): Promise<Schedule[]> {
	const rows = (await db.fresh.toArray()).sort((a, b) => a.at.getTime() - b.at.getTime());
	const out: Schedule[] = [];
	for (const row of rows)
		for (let i = 0; i < row.cardIds.length && out.length < limit; i++) out.push(virtual(row, i));
	return out;
}

/** Every listed new card's schedule, by card id. */
export async function freshById(): Promise<Map<string, Schedule>> {
	const out = new Map<string, Schedule>();
	for (const row of await db.fresh.toArray())
		row.cardIds.forEach((_, i) => out.set(row.cardIds[i], virtual(row, i)));
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
export async function relist(cards: { id: string; articleId: string }[]): Promise<void> {
	const byArticle = new Map<string, string[]>();
	for (const c of cards) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c.id]);
	for (const [articleId, ids] of byArticle) {
		const row = (await db.fresh.get(articleId)) ?? { id: articleId, at: new Date(), cardIds: [] };
		const have = new Set(row.cardIds);
		await db.fresh.put({ ...row, cardIds: [...row.cardIds, ...ids.filter((id) => !have.has(id))] });
	}
}
