/**
 * What Markdown cannot draw on a card face. A cloze blank written as
 * `**[…]**` is literal asterisks in Chinese (CommonMark's flanking rules
 * need a space or punctuation beside `**`; 21 of 34 Chinese cloze fronts
 * showed them), so the face puts private-use marks in the Markdown and the
 * renderer turns them into elements (`render/markdown.ts`).
 */
import { HOLE, OLD_HOLE } from './cloze';
import { facetOf } from './facet';
import type { Card } from './types';

/** Where the blank is drawn. */
export const BLANK = '\uE010';
/** Around the revealed span on the back. */
export const REVEAL_OPEN = '\uE011';
export const REVEAL_CLOSE = '\uE012';

/**
 * A cloze card's faces with the blank and the revealed span marked. Other
 * cards, and clozes the learner edited, show their text as stored.
 */
export function clozeFaces(
	card: Pick<Card, 'kind' | 'front' | 'back' | 'facet'> & { edited?: boolean }
): { front: string; back: string } {
	if (card.kind !== 'cloze' || card.edited) return { front: card.front, back: card.back };
	const f = facetOf(card);
	if (f.type !== 'cloze' || !f.span) return { front: card.front, back: card.back };
	const hole = card.front.includes(OLD_HOLE) ? OLD_HOLE : HOLE;
	const at = card.front.indexOf(hole);
	if (at < 0) return { front: card.front, back: card.back };
	const end = f.at + f.span.length;
	return {
		front: card.front.slice(0, at) + BLANK + card.front.slice(at + hole.length),
		back: f.sentence.slice(0, f.at) + REVEAL_OPEN + f.span + REVEAL_CLOSE + f.sentence.slice(end)
	};
}
