import { hash } from '../text/hash';
import { normalise } from '../text/normalise';
import { HOLE, OLD_HOLE } from './cloze';
import type { Card, CardDraft } from './types';

/**
 * A card's id depends only on where it is (article, heading path), what kind
 * it is and what it asks, so re-importing an edited article gives unchanged
 * cards the same id, and their review history stays with them.
 */
export function cardId(
	articleId: string,
	draft: Pick<CardDraft, 'kind' | 'front' | 'context'>
): string {
	// Clozes once wrote their blank as **[…]**: an unchanged cloze keeps its id (and history).
	const front = draft.kind === 'cloze' ? draft.front.replace(HOLE, OLD_HOLE) : draft.front;
	return hash(
		[articleId, draft.context.headingPath.join('\u001f'), draft.kind, normalise(front)].join(
			'\u0000'
		)
	);
}

/** Two cards that ask and answer the same thing are one card. */
export function contentKey(card: Pick<Card, 'kind' | 'front' | 'back'>): string {
	return [card.kind, normalise(card.front), normalise(card.back)].join('\u0000');
}

/** The content key as a short hash: cheap to index in storage. */
export function contentHash(card: Pick<Card, 'kind' | 'front' | 'back'>): string {
	return hash(contentKey(card));
}

/**
 * Merges identical cards (the seeds repeat the MSE and gradient-descent
 * formulas, within and across articles): the first keeps its id and place,
 * later copies are listed in `alsoIn`. Ids that still collide (same prompt,
 * different answer, same section) get a deterministic suffix.
 */
export function mergeDuplicates(cards: Card[]): Card[] {
	const byKey = new Map<string, Card>();
	const ids = new Set<string>();
	const out: Card[] = [];
	for (const card of cards) {
		const key = contentKey(card);
		const first = byKey.get(key);
		if (first) {
			(first.alsoIn ??= []).push({ articleId: card.articleId, context: card.context });
			continue;
		}
		let id = card.id;
		for (let n = 2; ids.has(id); n++) id = `${card.id}-${n}`;
		ids.add(id);
		const kept = { ...card, id };
		byKey.set(key, kept);
		out.push(kept);
	}
	return out;
}
