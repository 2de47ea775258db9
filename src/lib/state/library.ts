import { importArticles, type Article, type Card } from '$lib/core';
import { samples } from '$lib/samples';

export interface LibraryEntry {
	article: Article;
	cards: Card[];
}

let cached: LibraryEntry[] | null = null;

/** The sample library, built once per page load from the shipped articles. */
export function sampleLibrary(): LibraryEntry[] {
	if (!cached) {
		const { articles, cards } = importArticles(
			samples.map((s) => ({ data: s.source, path: s.path, title: s.title }))
		);
		cached = articles.map((article) => ({
			article,
			cards: cards.filter((c) => c.articleId === article.id)
		}));
	}
	return cached;
}
