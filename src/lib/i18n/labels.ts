/** Names the core keeps as ids (card kinds, interval units), as the UI shows them: pass through `t`. */
import type { CardKind } from '$lib/core';
import type { IntervalUnits } from '$lib/core/schedule';
import { language, msg } from './index.svelte';

export const KIND_NAMES: Record<CardKind, string> = {
	concept: msg('concept'),
	formula: msg('formula'),
	faq: msg('FAQ'),
	cloze: msg('cloze'),
	diagram: msg('diagram'),
	list: msg('list'),
	exercise: msg('exercise')
};

const ZH_UNITS: IntervalUnits = { m: '分钟', h: '小时', d: '天', mo: '个月', y: '年' };

/** Interval units in the UI language (English keeps the short m/h/d/mo/y of Anki's buttons). */
export function intervalUnits(): IntervalUnits | undefined {
	return language() === 'zh' ? ZH_UNITS : undefined;
}
