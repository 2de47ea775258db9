/** Runs extractors on an inline Markdown article, for the extractors' own tests. */
import { allSections, parseArticle } from '../content/parse';
import type { Extractor } from './extract';
import { isZh, SourceLines } from './text';
import type { CardDraft } from './types';

/** The drafts `extractors` make of `md`, each seeing the drafts before it (as `buildCards` runs them). */
export function run(md: string | Uint8Array, ...extractors: Extractor[]): CardDraft[] {
	const article = parseArticle(md, { path: 'test.md' });
	const sections = allSections(article.outline);
	const src = new SourceLines(article.source);
	const zh = isZh(article.lang);
	const out: CardDraft[] = [];
	for (const extract of extractors)
		out.push(...extract({ article, sections, src, zh, earlier: [...out] }));
	return out;
}
