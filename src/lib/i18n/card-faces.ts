import type { Card } from '$lib/core';
import { clozeFaces } from '$lib/core/cards/face';
import { templateOf } from '$lib/core/exercise';
import { t } from './index.svelte';

/**
 * The front and back a card shows. Cards hold their article's text in its
 * language; an exercise card's text is Mnemo's own (a template's title,
 * formula and legend), so unless the learner edited it, it is shown in the
 * UI's language. The stored text stays as imported: it is part of the
 * card's identity (see `cardId`). A cloze's blank is drawn (`clozeFaces`).
 */
export function faceOf(
	card: Pick<Card, 'kind' | 'front' | 'back' | 'exercise' | 'facet'> & { edited?: boolean }
): { front: string; back: string } {
	const template =
		card.kind === 'exercise' && !card.edited ? templateOf(card.exercise?.template ?? '') : null;
	if (!template) return clozeFaces(card);
	const note = card.exercise?.articleNote;
	return {
		front: `${t('Exercise: compute **{{title}}** with fresh numbers.', { title: t(template.title) })}\n\n$$\n${template.formula}\n$$`,
		back: [t(template.legend), note ? t(note) : ''].filter(Boolean).join('\n\n')
	};
}
