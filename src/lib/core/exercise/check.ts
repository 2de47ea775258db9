import { english, msg, type Translate } from '../say';
import type { Mistake } from './types';

/** A typed answer counts when it agrees to 3 significant digits (0.5 % relative)… */
export const RELATIVE_TOLERANCE = 0.005;
/** …or, for values near zero, within this absolute distance. */
export const ABSOLUTE_TOLERANCE = 0.0005;
export const TOLERANCE_TEXT = msg('within 0.5 % (3 significant digits)');

export function within(given: number, expected: number, rel = RELATIVE_TOLERANCE): boolean {
	if (!Number.isFinite(expected)) return given === expected;
	return Math.abs(given - expected) <= Math.max(rel * Math.abs(expected), ABSOLUTE_TOLERANCE);
}

/**
 * A number as a learner types it: full-width digits, a Unicode minus, a
 * decimal comma, exponents (1e-3) and simple fractions (1/3) are accepted.
 */
export function parseNumber(text: string): number | null {
	let s = text
		.normalize('NFKC')
		.trim()
		.replace(/[\u2212\u2013]/g, '-')
		.replace(/\s+/g, '');
	if (/^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
	const frac = s.match(/^(-?\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/);
	if (frac) return Number(frac[2]) ? Number(frac[1]) / Number(frac[2]) : null;
	if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(s)) return null;
	return Number(s);
}

export interface ValueVerdict {
	given: number | null;
	expected: number;
	ok: boolean;
	/** |given − expected| / |expected|, when both are there. */
	error: number | null;
}

export interface Verdict {
	correct: boolean;
	values: ValueVerdict[];
	/** A known wrong way that gives exactly the learner's numbers. */
	mistake?: string;
}

/** Marks each typed value against the expected one and names a known mistake when it fits. */
export function checkAnswer(
	given: (number | null)[],
	expected: number[],
	mistakes: Mistake[] = []
): Verdict {
	const values = expected.map((e, i): ValueVerdict => {
		const g = given[i] ?? null;
		const ok = g !== null && within(g, e);
		const error = g === null ? null : e === 0 ? Math.abs(g) : Math.abs(g - e) / Math.abs(e);
		return { given: g, expected: e, ok, error };
	});
	const correct = values.every((v) => v.ok);
	const mistake = correct
		? undefined
		: mistakes.find(
				(m) =>
					m.values.length === given.length &&
					m.values.every((v, i) => given[i] !== null && Number.isFinite(v) && within(given[i]!, v))
			)?.say;
	return { correct, values, mistake };
}

/** How a wrong value relates to the right one, in words, when there is a simple relation. */
export function howOff(given: number, expected: number, t: Translate = english): string {
	if (expected !== 0 && within(-given, expected)) return t('the sign is flipped');
	for (const [f, say] of [
		[2, msg('twice the answer')],
		[0.5, msg('half the answer')],
		[10, msg('10× the answer (decimal point?)')],
		[0.1, msg('a tenth of the answer (decimal point?)')]
	] as const)
		if (expected !== 0 && within(given, expected * f)) return t(say);
	// Two significant digits, written plainly (toPrecision alone gives 3.0e+2 for 300).
	const two = (v: number) => String(Number(v.toPrecision(2)));
	if (expected === 0) return t('off by {{d}}', { d: two(Math.abs(given)) });
	const pct = ((given - expected) / Math.abs(expected)) * 100;
	if (Math.abs(pct) >= 1000)
		return t('{{f}}× the answer', { f: Number((given / expected).toPrecision(2)) });
	const p = Math.abs(pct) < 1 ? Math.abs(pct).toFixed(2) : two(Math.abs(pct));
	return pct > 0 ? t('{{p}} % too high', { p }) : t('{{p}} % too low', { p });
}
