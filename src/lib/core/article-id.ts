import { cardId, mergeDuplicates } from './cards';
import type { ImportedArticle } from '.';

/**
 * The same import under another article id (see `articleIdentity`: a text
 * whose name is taken by a different article). Card ids, sibling keys and
 * `alsoIn` references are made from the article id, so they are made again,
 * exactly as `buildCards` would have made them for an article with this id;
 * ids that still collide get the same suffixes in the same order.
 */
export function withArticleId(imported: ImportedArticle, id: string): ImportedArticle {
	const { article, cards } = imported;
	const old = article.id;
	if (id === old) return imported;
	const moved = cards.map((c) => ({
		...c,
		id: cardId(id, c),
		articleId: id,
		...(c.sibling?.startsWith(old + ':') ? { sibling: id + c.sibling.slice(old.length) } : {}),
		...(c.alsoIn
			? { alsoIn: c.alsoIn.map((a) => (a.articleId === old ? { ...a, articleId: id } : a)) }
			: {})
	}));
	return { article: { ...article, id }, cards: mergeDuplicates(moved) };
}
