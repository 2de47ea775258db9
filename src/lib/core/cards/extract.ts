import type { Article, Section } from '../content/types';
import type { SourceLines } from './text';
import type { CardDraft } from './types';

/** What every extractor is given. */
export interface Extraction {
	article: Article;
	/** Every section, depth first, in document order. */
	sections: Section[];
	src: SourceLines;
	zh: boolean;
	/**
	 * Drafts of the extractors that ran before this one: exercises read the
	 * formula cards' facets, clozes skip the sentences concepts already use.
	 */
	earlier: readonly CardDraft[];
}

/** One card kind's rule: article → drafts, each with its facet. */
export type Extractor = (x: Extraction) => CardDraft[];
