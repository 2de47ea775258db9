/**
 * A card's facet, for cards stored before facets existed (schema 6 and
 * older): derived once from the wording the extractors wrote then. New
 * cards carry their facet; nothing else reads a card's wording back.
 */
import { stripInline } from '../content/headings';
import type { TemplateId } from '../exercise/types';
import { HOLE, OLD_HOLE } from './cloze';
import type { Card, Facet } from './types';

type Stored = Pick<Card, 'kind' | 'front' | 'back' | 'tex' | 'steps' | 'exercise' | 'facet'>;

const SYMBOL = /\$([^$\n]+)\$\s*(?:表示什么|stand for)/;
const BOLD = /\*\*([^*]+)\*\*/;
const MERMAID = /\n*```mermaid[\s\S]*?```\s*$/;

const firstBlock = (markdown: string) => markdown.split(/\n\s*\n/)[0].trim();

/** "大模型（Large-scale Model）" → term and gloss. */
function splitGloss(full: string): { term: string; gloss?: string } {
	const m = full.match(/^(.+?)\s*[（(]([^（）()]+)[）)]$/);
	return m ? { term: m[1].trim(), gloss: m[2].trim() } : { term: full.trim() };
}

export function facetOf(card: Stored): Facet {
	if (card.facet) return card.facet;
	const back = card.back.replace(MERMAID, '').trim();
	const bold = card.front.match(BOLD)?.[1]?.trim();
	switch (card.kind) {
		case 'formula': {
			const tex = card.tex ?? '';
			if (card.front.trimStart().startsWith('$$')) {
				const name = firstBlock(back).match(/^\*\*([^*]+)\*\*$/)?.[1];
				return name
					? { type: 'formula', tex, ask: 'name', name }
					: { type: 'formula', tex, ask: 'meaning', description: stripInline(firstBlock(back)) };
			}
			const symbol = card.front.match(SYMBOL)?.[1];
			if (symbol)
				return { type: 'symbol', symbol, meaning: back, tex, ...(bold ? { name: bold } : {}) };
			return { type: 'formula', tex, ask: 'tex', ...(bold ? { name: bold } : {}) };
		}
		case 'cloze': {
			const hole = card.front.includes(OLD_HOLE) ? OLD_HOLE : HOLE;
			const at = card.front.indexOf(hole);
			const after = at < 0 ? '' : card.front.slice(at + hole.length);
			const filled = back.endsWith(after) ? back.slice(0, back.length - after.length) : '';
			const span = filled.match(/\*\*([^*]+)\*\*$/)?.[1] ?? '';
			const before = filled.slice(0, filled.length - span.length - 4);
			return { type: 'cloze', sentence: before + span + after, span, at: before.length };
		}
		case 'concept':
			return {
				type: 'definition',
				...splitGloss(bold ?? card.front),
				definition: stripInline(back)
			};
		case 'diagram': {
			if (card.steps) return { type: 'list', topic: bold ?? '', items: card.steps, ordered: true };
			const direction = /之前|before/.test(card.front) ? 'before' : 'after';
			const neighbours = firstBlock(back)
				.split(/、|, /)
				.map((s) => s.trim());
			return { type: 'flow', step: bold ?? '', neighbours, direction };
		}
		case 'list': {
			const items =
				card.steps ??
				back
					.split('\n')
					.filter((l) => /^\s*(?:[-*+]|\d+[.)])\s/.test(l))
					.map((l) => stripInline(l.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')));
			return { type: 'list', topic: card.front, items, ordered: !!card.steps };
		}
		case 'exercise':
			return { type: 'exercise', template: (card.exercise?.template ?? '') as TemplateId };
		case 'faq':
		default:
			return { type: 'faq', question: card.front };
	}
}
