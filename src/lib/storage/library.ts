import {
	articleIdentity,
	contentHash,
	sharesName,
	withArticleId,
	type ImportedArticle,
	type Section
} from '$lib/core';
import { bucketOf, interleaveArticle, type Schedule } from '$lib/core/schedule';
import { db, type ArticleRow, type ArticleTextRow, type CardRow } from './db';
import { siblingMap } from './fresh';

export interface SaveResult {
	articleId: string;
	title: string;
	added: number;
	updated: number;
	unchanged: number;
	retired: number;
	/** Cards identical to one another article already has. */
	merged: number;
	/**
	 * The article that already had this file's name but other text: this
	 * one was added beside it as a new article (see `articleIdentity`).
	 */
	namesake?: { id: string; title: string };
}

/**
 * Stores an imported article and its cards in one transaction. A file is
 * a stored article only when its name and its text say so (a different
 * text under a taken name becomes a new article beside it). On
 * re-import: unchanged cards keep their schedule and history, changed ones
 * get the new text (unless the learner edited them), new ones are added,
 * and cards whose source is gone are retired (kept, never shown).
 */
export async function saveImport(imported: ImportedArticle, now = new Date()): Promise<SaveResult> {
	const tables = [db.articles, db.articleTexts, db.cards, db.schedules, db.articleKeys, db.fresh];
	return db.transaction('rw', tables, async () => {
		const { article, cards, namesake } = await identify(imported);
		const result: SaveResult = {
			articleId: article.id,
			title: article.title,
			added: 0,
			updated: 0,
			unchanged: 0,
			retired: 0,
			merged: 0,
			...(namesake ? { namesake } : {})
		};
		const existing = new Map(
			(await db.cards.where('articleId').equals(article.id).toArray()).map((c) => [c.id, c])
		);
		const keys = cards.map(contentHash);
		// Live cards of other articles, by content: one small row per article.
		const elsewhere = new Set(
			(await db.articleKeys.toArray()).filter((r) => r.id !== article.id).flatMap((r) => r.keys)
		);
		const addCards: CardRow[] = [];
		const putCards: CardRow[] = [];
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
				addCards.push({
					...card,
					key,
					suspended: false,
					retired: 0,
					edited: false,
					createdAt: now
				});
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

		// addCards and putCards hold every card the article still has, plus the ones retired now.
		const { source, outline, ...meta } = article;
		await db.articles.put({
			...meta,
			importedAt: now,
			counts: countKinds([...addCards, ...putCards])
		});
		await db.articleTexts.put({ id: article.id, source, outline });
		await db.articleKeys.put({ id: article.id, keys: liveKeys([...addCards, ...putCards]) });
		// New rows are added rather than put: nothing old to read or replace.
		await db.cards.bulkAdd(addCards);
		await db.cards.bulkPut(putCards);
		const toggleIds = [...retire.map((c) => c.id), ...revive];
		const toggle = await db.schedules.bulkGet(toggleIds);
		await db.schedules.bulkPut(
			toggle
				.filter((s): s is Schedule => !!s)
				.map((s) => {
					const card = putCards.find((c) => c.id === s.cardId)!;
					return { ...s, bucket: card.retired || card.suspended ? 'off' : bucketOf(s.state) };
				})
		);
		// The article's new cards, sections taking turns (see fresh.ts): those listed
		// before, those added now, and revived ones never rated.
		const old = await db.fresh.get(article.id);
		const listed = new Set(old?.cardIds);
		for (const c of addCards) listed.add(c.id);
		toggleIds.forEach((id, i) => {
			if (!toggle[i] && revive.includes(id)) listed.add(id);
		});
		for (const c of [...retire, ...putCards.filter((c) => c.suspended)]) listed.delete(c.id);
		await db.fresh.put({
			id: article.id,
			at: old?.at ?? now,
			cardIds: interleaveArticle(cards).filter((id) => listed.has(id)),
			siblings: siblingMap(cards)
		});
		return result;
	});
}

/**
 * Which stored article this import is (the core's `articleIdentity` on the
 * articles under its name), and the import under that article's id.
 */
async function identify(
	imported: ImportedArticle
): Promise<ImportedArticle & { namesake?: { id: string; title: string } }> {
	const baseId = imported.article.id;
	// The name's own id and the distinct ids made from it (`${baseId}-…`), in one key range.
	const rows = (
		await db.articles
			.where('id')
			.between(baseId, baseId + '-\uffff', true, true)
			.toArray()
	).filter((a) => sharesName(a.id, baseId));
	if (!rows.length) return imported;
	const texts = await db.articleTexts.bulkGet(rows.map((a) => a.id));
	const decided = articleIdentity(
		{ id: baseId, source: imported.article.source },
		rows.map((a, i) => ({ id: a.id, title: a.title, source: texts[i]?.source ?? '' }))
	);
	const placed = withArticleId(imported, decided.id);
	return decided.kind === 'distinct' ? { ...placed, namesake: decided.namesake } : placed;
}

/** Removes an article with its cards and schedules; the review log (history) is kept. */
export async function deleteArticle(id: string): Promise<void> {
	const tables = [db.articles, db.articleTexts, db.cards, db.schedules, db.articleKeys, db.fresh];
	await db.transaction('rw', tables, async () => {
		const ids = await db.cards.where('articleId').equals(id).primaryKeys();
		await db.schedules.bulkDelete(ids);
		await db.cards.bulkDelete(ids);
		await db.articles.delete(id);
		await db.articleTexts.delete(id);
		await db.articleKeys.delete(id);
		await db.fresh.delete(id);
	});
}

function liveKeys(cards: Pick<CardRow, 'key' | 'retired'>[]): string[] {
	return cards.filter((c) => !c.retired).map((c) => c.key);
}

/** Live (not retired) cards by kind. */
export function countKinds(
	cards: (Pick<CardRow, 'kind'> & { retired?: 0 | 1 })[]
): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const c of cards) if (!c.retired) counts[c.kind] = (counts[c.kind] ?? 0) + 1;
	return counts;
}

/** Recounts the cards of these articles and their content keys (after cards were deleted). */
export async function recount(articleIds: string[]): Promise<void> {
	for (const id of new Set(articleIds)) {
		const cards = await db.cards.where('articleId').equals(id).toArray();
		const counts = countKinds(cards);
		await db.articleKeys.put({ id, keys: liveKeys(cards) });
		await db.articles
			.where('id')
			.equals(id)
			.modify((a) => {
				a.counts = counts;
			});
	}
}

export interface ArticleSummary {
	id: string;
	title: string;
	lang: string;
	importedAt: Date;
	problems: number;
	counts: Record<string, number>;
}

/** Articles with their live cards counted by kind. */
export async function listArticles(): Promise<ArticleSummary[]> {
	const articles = await db.articles.orderBy('importedAt').toArray();
	return articles.map((a) => ({
		id: a.id,
		title: a.title,
		lang: a.lang,
		importedAt: a.importedAt,
		problems: a.warnings.filter((w) => w.code !== 'empty-section').length,
		counts: a.counts ?? {}
	}));
}

/** An article's sections, depth first, for choosing part of it (e.g. a quiz topic). */
export async function articleSections(
	id: string
): Promise<{ path: string[]; title: string; level: number }[]> {
	const text = await db.articleTexts.get(id);
	const out: { path: string[]; title: string; level: number }[] = [];
	const walk = (s: Section) => {
		if (s.level > 0) out.push({ path: s.path, title: s.title, level: s.level });
		s.children.forEach(walk);
	};
	if (text) walk(text.outline);
	return out;
}

export async function articlesByTitle(): Promise<ArticleRow[]> {
	return db.articles.orderBy('title').toArray();
}

/** An article with its text and live cards, for its page; undefined when not in the library. */
export async function loadArticle(
	id: string
): Promise<{ article: ArticleRow & ArticleTextRow; cards: CardRow[] } | undefined> {
	const [meta, text, cards] = await Promise.all([
		db.articles.get(id),
		db.articleTexts.get(id),
		db.cards.where('articleId').equals(id).toArray()
	]);
	if (!meta || !text) return undefined;
	return { article: { ...meta, ...text }, cards: cards.filter((c) => !c.retired) };
}
