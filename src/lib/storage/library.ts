import { contentKey, type ImportedArticle } from '$lib/core';
import { bucketOf, newSchedule, type Schedule } from '$lib/core/schedule';
import { db, type CardRow } from './db';

export interface SaveResult {
	articleId: string;
	title: string;
	added: number;
	updated: number;
	unchanged: number;
	retired: number;
	/** Cards identical to one another article already has. */
	merged: number;
}

/**
 * Stores an imported article and its cards in one transaction. On
 * re-import: unchanged cards keep their schedule and history, changed ones
 * get the new text (unless the learner edited them), new ones are added,
 * and cards whose source is gone are retired (kept, never shown).
 */
export async function saveImport(
	{ article, cards }: ImportedArticle,
	now = new Date()
): Promise<SaveResult> {
	return db.transaction('rw', db.articles, db.cards, db.schedules, async () => {
		const result: SaveResult = {
			articleId: article.id,
			title: article.title,
			added: 0,
			updated: 0,
			unchanged: 0,
			retired: 0,
			merged: 0
		};
		const existing = new Map(
			(await db.cards.where('articleId').equals(article.id).toArray()).map((c) => [c.id, c])
		);
		const keys = cards.map(contentKey);
		const elsewhere = new Set(
			(await db.cards.where('key').anyOf(keys).toArray())
				.filter((c) => c.articleId !== article.id && !c.retired)
				.map((c) => c.key)
		);
		const putCards: CardRow[] = [];
		const putSchedules: Schedule[] = [];
		const revive: string[] = [];
		const seen = new Set<string>();
		cards.forEach((card, k) => {
			const key = keys[k];
			const old = existing.get(card.id);
			if (!old && elsewhere.has(key)) {
				result.merged++;
				return;
			}
			seen.add(card.id);
			if (!old) {
				putCards.push({
					...card,
					key,
					suspended: false,
					retired: 0,
					edited: false,
					createdAt: now
				});
				// New cards come up in article order: their due times are a millisecond apart.
				putSchedules.push(newSchedule(card.id, new Date(now.getTime() + k)));
				result.added++;
				return;
			}
			const text = old.edited
				? { front: old.front, back: old.back }
				: { front: card.front, back: card.back };
			const changed = !old.edited && (old.front !== card.front || old.back !== card.back);
			putCards.push({ ...old, ...card, ...text, key, retired: 0, edited: old.edited });
			if (old.retired) revive.push(card.id);
			if (changed) result.updated++;
			else result.unchanged++;
		});
		const retire = [...existing.values()].filter((c) => !seen.has(c.id) && !c.retired);
		for (const c of retire) putCards.push({ ...c, retired: 1 });
		result.retired = retire.length;

		await db.articles.put({ ...article, importedAt: now });
		await db.cards.bulkPut(putCards);
		await db.schedules.bulkPut(putSchedules);
		const toggle = await db.schedules.bulkGet([...retire.map((c) => c.id), ...revive]);
		await db.schedules.bulkPut(
			toggle
				.filter((s): s is Schedule => !!s)
				.map((s) => {
					const card = putCards.find((c) => c.id === s.cardId)!;
					return { ...s, bucket: card.retired || card.suspended ? 'off' : bucketOf(s.state) };
				})
		);
		return result;
	});
}

/** Removes an article with its cards and schedules; the review log (history) is kept. */
export async function deleteArticle(id: string): Promise<void> {
	await db.transaction('rw', db.articles, db.cards, db.schedules, async () => {
		const ids = await db.cards.where('articleId').equals(id).primaryKeys();
		await db.schedules.bulkDelete(ids);
		await db.cards.bulkDelete(ids);
		await db.articles.delete(id);
	});
}

export interface ArticleSummary {
	id: string;
	title: string;
	lang: string;
	importedAt: Date;
	problems: number;
	counts: Record<string, number>;
}

/** Articles with their active cards counted by kind (read from an index, not the cards). */
export async function listArticles(): Promise<ArticleSummary[]> {
	const [articles, keys] = await Promise.all([
		db.articles.orderBy('importedAt').toArray(),
		db.cards.orderBy('[articleId+retired+kind]').keys()
	]);
	const counts = new Map<string, Record<string, number>>();
	for (const key of keys as unknown as [string, number, string][]) {
		const [articleId, retired, kind] = key;
		if (retired) continue;
		const c = counts.get(articleId) ?? {};
		c[kind] = (c[kind] ?? 0) + 1;
		counts.set(articleId, c);
	}
	return articles.map((a) => ({
		id: a.id,
		title: a.title,
		lang: a.lang,
		importedAt: a.importedAt,
		problems: a.warnings.filter((w) => w.code !== 'empty-section').length,
		counts: counts.get(a.id) ?? {}
	}));
}
