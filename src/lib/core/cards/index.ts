import { allSections } from '../content/parse';
import { warning, type Article, type ImportWarning, type Section } from '../content/types';
import { msg } from '../say';
import { clozeCards } from './cloze';
import { conceptCards } from './concept';
import { diagramCards } from './diagram';
import { exerciseCards } from './exercise';
import { faqCards } from './faq';
import { fitDrafts } from './fit';
import { formulaCards } from './formula';
import { cardId, mergeDuplicates } from './identity';
import { listCards } from './list';
import { pointCards } from './point';
import { summaryCards } from './summary';
import { normalise } from '../text/normalise';
import type { Extractor } from './extract';
import { isLearnable } from './scope';
import { isZh, SourceLines } from './text';
import type { Card, CardDraft } from './types';

export * from './types';
export type { Extraction, Extractor } from './extract';
export { cardId, contentHash, contentKey, mergeDuplicates } from './identity';

/**
 * The extractors, in the order they run: each sees the drafts of those
 * before it (exercises read formulas, clozes read concepts).
 */
export const EXTRACTORS: Extractor[] = [
	conceptCards,
	summaryCards,
	formulaCards,
	exerciseCards,
	faqCards,
	diagramCards,
	listCards,
	clozeCards,
	// Last: a section no other card covers gets its key point.
	pointCards
];

/** Article → its cards (deduplicated within the article) and the sections that gave none. */
export function buildCards(article: Article): { cards: Card[]; warnings: ImportWarning[] } {
	const src = new SourceLines(article.source);
	const sections = allSections(article.outline);
	const zh = isZh(article.lang);
	const drafts: CardDraft[] = [];
	for (const extract of EXTRACTORS)
		drafts.push(...extract({ article, sections, src, zh, earlier: drafts }));
	const katexLines = new Set(article.warnings.filter((w) => w.code === 'katex').map((w) => w.line));
	const cards = oneCardPerAnswer(fitDrafts(drafts, article)).map((d): Card => ({
		...d,
		id: cardId(article.id, d),
		articleId: article.id,
		...(d.sibling ? { sibling: `${article.id}:${d.sibling}` } : {}),
		tags: [
			d.kind,
			...(d.kind === 'formula' && hasKatexProblem(d, katexLines) ? ['formula-error'] : [])
		]
	}));
	return { cards: mergeDuplicates(cards), warnings: emptySections(sections, drafts) };
}

/**
 * Two prose cards (concept, FAQ, key point, cloze) with the very same answer
 * are one card asked twice (a heading's concept card and a "…称为X" card of
 * the same sentence, judged a duplicate on unseen articles): the first is
 * kept. Formula, diagram and exercise cards share answers on purpose
 * (a formula's name and reverse cards).
 */
function oneCardPerAnswer(drafts: CardDraft[]): CardDraft[] {
	const seen = new Set<string>();
	return drafts.filter((d) => {
		if (!['concept', 'faq', 'cloze'].includes(d.kind)) return true;
		const key = normalise(d.back.replace(/\*\*/g, ''));
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

function hasKatexProblem(d: CardDraft, lines: Set<number>): boolean {
	for (let l = d.context.line; l <= d.context.endLine; l++) if (lines.has(l)) return true;
	return false;
}

/**
 * Sections with prose of their own that no card draws on. Their text is
 * still in the reading view; the warning says where the deck is thin.
 */
function emptySections(sections: Section[], drafts: CardDraft[]): ImportWarning[] {
	const covered = (s: Section) =>
		drafts.some((d) => d.context.line <= s.lines.end && d.context.endLine >= s.lines.start) ||
		drafts.some(
			(d) => d.context.headingPath.join('\u0000').startsWith(s.path.join('\u0000')) && s.level > 0
		);
	return sections
		.filter(isLearnable)
		.filter((s) => !covered(s))
		.map((s) =>
			warning(
				s.lines.start,
				'empty-section',
				msg('Section “{{title}}” yielded no cards; it stays readable in the article.'),
				{ title: s.title }
			)
		);
}
