/** The framework-free heart of Mnemo: Markdown in, article and cards out. */
import { buildCards } from './cards';
import type { Card } from './cards';
import { mergeDuplicates } from './cards/identity';
import { parseArticle, type ParseOptions } from './content/parse';
import type { Article } from './content/types';

export { ImportError } from './errors';
export { prepareSource } from './content/parse';
export {
	articleIdentity,
	sharesName,
	textSimilarity,
	type Identity,
	type StoredText
} from './content/identity';
export { withArticleId } from './article-id';
export type { Article, ImportWarning, Section, Block } from './content/types';
export { isProblem } from './content/types';
export type { Card, CardKind, CardContext } from './cards';
export { CARD_KINDS, contentHash, contentKey } from './cards';

export interface ImportedArticle {
	article: Article;
	cards: Card[];
}

/** One file → its article (with all warnings, by line) and its cards. */
export function importArticle(
	input: Uint8Array | string,
	opts: ParseOptions = {}
): ImportedArticle {
	const article = parseArticle(input, opts);
	const { cards, warnings } = buildCards(article);
	article.warnings = [...article.warnings, ...warnings].sort((a, b) => a.line - b.line);
	return { article, cards };
}

/** Several files → articles and one deck, identical cards across articles merged. */
export function importArticles(
	inputs: { data: Uint8Array | string; path?: string; title?: string }[]
): { articles: Article[]; cards: Card[] } {
	const done = inputs.map((i) => importArticle(i.data, { path: i.path, title: i.title }));
	return {
		articles: done.map((d) => d.article),
		cards: mergeDuplicates(done.flatMap((d) => d.cards))
	};
}
