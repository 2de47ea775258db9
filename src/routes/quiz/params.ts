import { msg } from '$lib/i18n/index.svelte';
/** A quiz lives in its URL, so it can be bookmarked and retaken. */
import { CARD_KINDS, type CardKind } from '$lib/core';
import { QUESTION_TYPES, QUIZ_MAX, type QuestionType } from '$lib/core/quiz';
import type { QuizSetup } from '$lib/state/quiz-session.svelte';

export function readSetup(params: URLSearchParams): Omit<QuizSetup, 'seed'> & { seed?: string } {
	const kind = params.get('kind') as CardKind | null;
	const section = params.get('section');
	const types = (params.get('types') ?? '')
		.split(',')
		.filter((t): t is QuestionType => QUESTION_TYPES.includes(t as QuestionType));
	const size = Number(params.get('size'));
	return {
		scope: {
			...(params.get('article') ? { articleId: params.get('article')! } : {}),
			...(section ? { section: section.split('\u001f') } : {}),
			...(kind && CARD_KINDS.includes(kind) ? { kind } : {}),
			...(params.get('weak') === '1' ? { weak: true } : {})
		},
		size: Number.isInteger(size) && size > 0 ? Math.min(size, QUIZ_MAX) : 10,
		types: types.length ? types : [...QUESTION_TYPES],
		seed: params.get('seed') ?? undefined
	};
}

export function quizQuery(setup: Omit<QuizSetup, 'seed'> & { seed?: string }): string {
	const p = new URLSearchParams();
	if (setup.scope.articleId) p.set('article', setup.scope.articleId);
	// A control character never found in a heading separates the path.
	if (setup.scope.section?.length) p.set('section', setup.scope.section.join('\u001f'));
	if (setup.scope.kind) p.set('kind', setup.scope.kind);
	if (setup.scope.weak) p.set('weak', '1');
	p.set('size', String(setup.size));
	if (setup.types.length < QUESTION_TYPES.length) p.set('types', setup.types.join(','));
	if (setup.seed) p.set('seed', setup.seed);
	return '?' + p.toString();
}

export const TYPE_LABELS: Record<QuestionType, string> = {
	choice: msg('Multiple choice'),
	truefalse: msg('True / false'),
	typed: msg('Typed answer'),
	matching: msg('Matching'),
	ordering: msg('Ordering')
};
