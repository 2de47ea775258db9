import { bucketOf } from '$lib/core/schedule';
import { db, type CardRow } from './db';
import { relist, unlist } from './fresh';
import { recount } from './library';

export type CardWithStatus = CardRow & { status: string; due?: Date };

/** Every live card with its state; fast enough to filter in memory for tens of thousands. */
export async function cardsWithStatus(): Promise<CardWithStatus[]> {
	const [cards, schedules] = await Promise.all([db.cards.toArray(), db.schedules.toArray()]);
	const byId = new Map(schedules.map((s) => [s.cardId, s]));
	return cards
		.filter((c) => !c.retired)
		.map((c) => {
			const s = byId.get(c.id);
			const status = c.suspended ? 'suspended' : (s?.bucket ?? 'new');
			return { ...c, status, due: s?.due };
		});
}

export async function getCard(id: string): Promise<CardRow | undefined> {
	return db.cards.get(id);
}

/**
 * Suspended cards keep their schedule but leave every queue until
 * unsuspended; a new card leaves (and rejoins) its article's list.
 */
export async function setSuspended(ids: string[], suspended: boolean): Promise<void> {
	await db.transaction('rw', db.cards, db.schedules, db.fresh, async () => {
		const cards = (await db.cards.bulkGet(ids)).filter((c): c is CardRow => !!c);
		await db.cards.bulkPut(cards.map((c) => ({ ...c, suspended })));
		const stored = await db.schedules.bulkGet(cards.map((c) => c.id));
		const unrated = cards.filter((c, i) => !stored[i] && !c.retired);
		if (suspended)
			await unlist(
				unrated.map((c) => c.id),
				unrated.map((c) => c.articleId)
			);
		else await relist(unrated);
		const schedules = stored.filter((s) => !!s);
		const retired = new Set(cards.filter((c) => c.retired).map((c) => c.id));
		await db.schedules.bulkPut(
			schedules.map((s) => ({
				...s,
				bucket: suspended || retired.has(s.cardId) ? 'off' : bucketOf(s.state)
			}))
		);
	});
}

/** Deletes cards and their schedules; their past ratings stay in the review log. */
export async function deleteCards(ids: string[]): Promise<void> {
	const tables = [db.cards, db.schedules, db.articles, db.articleKeys, db.fresh];
	await db.transaction('rw', tables, async () => {
		const articleIds = (await db.cards.bulkGet(ids)).flatMap((c) => (c ? [c.articleId] : []));
		await unlist(ids, articleIds);
		await db.schedules.bulkDelete(ids);
		await db.cards.bulkDelete(ids);
		await recount(articleIds);
	});
}

/** The learner's own wording; a re-import of the article keeps it. */
export async function editCard(id: string, front: string, back: string): Promise<void> {
	await db.cards.update(id, { front, back, edited: true });
}

/**
 * The cards to hand to Anki: live and not suspended, in an article or the
 * whole library. Exercise cards stay: they draw new numbers and check them
 * with TensorFlow.js, which Anki cannot do.
 */
export async function cardsForAnki(articleId?: string): Promise<CardRow[]> {
	const cards = articleId
		? await db.cards.where('articleId').equals(articleId).toArray()
		: await db.cards.toArray();
	return cards.filter((c) => !c.retired && !c.suspended && c.kind !== 'exercise');
}
