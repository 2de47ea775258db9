/**
 * Grading: typed answers are compared after folding case, full-/half-width,
 * spaces and punctuation (Chinese too); numbers within a tolerance. The other
 * question types are right or wrong per part, and a wrong part names the
 * card it came from so the scheduler can bring it back.
 */
import type { Question, Response } from './types';
import { plain } from './answers';

/** Relative tolerance for numeric answers (0.5 %), with an absolute floor for answers near 0. */
export const NUMBER_TOLERANCE = { relative: 0.005, absolute: 1e-6 };

/** One run of a character diff between the learner's answer and the right one. */
export interface DiffPart {
	text: string;
	/** `same`, `extra` (typed but not expected) or `missing` (expected but not typed). */
	op: 'same' | 'extra' | 'missing';
}

export interface Grade {
	correct: boolean;
	/** Cards answered wrongly. */
	missed: string[];
	/** For typed answers: where the learner's answer differs from the nearest accepted one. */
	diff?: DiffPart[];
}

/** Folds what should not matter: case, width, white space and punctuation. */
export function foldAnswer(text: string): string {
	return plain(text)
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\p{P}]+/gu, '');
}

function asNumber(text: string): number | null {
	const t = plain(text).normalize('NFKC').replace(/\s+/g, '').replace(/,/g, '');
	if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?%?$/i.test(t)) return null;
	const n = Number(t.replace('%', ''));
	return t.endsWith('%') ? n / 100 : n;
}

export function numbersAgree(given: number, expected: number): boolean {
	return (
		Math.abs(given - expected) <=
		Math.max(NUMBER_TOLERANCE.absolute, NUMBER_TOLERANCE.relative * Math.abs(expected))
	);
}

/** Typed answer against the accepted forms. */
export function gradeTyped(
	text: string,
	accepted: string[]
): { correct: boolean; diff: DiffPart[] } {
	const given = foldAnswer(text);
	const n = asNumber(text);
	for (const a of accepted) {
		const m = asNumber(a);
		if (n !== null && m !== null ? numbersAgree(n, m) : given !== '' && given === foldAnswer(a))
			return { correct: true, diff: [{ text: given, op: 'same' }] };
	}
	// Show the difference against the accepted form closest to what was typed.
	const cost = (d: DiffPart[]) =>
		d.filter((p) => p.op !== 'same').reduce((s, p) => s + [...p.text].length, 0);
	const diffs = accepted.map((a) => diffChars(given, foldAnswer(a)));
	return { correct: false, diff: diffs.sort((a, b) => cost(a) - cost(b))[0] ?? [] };
}

/** Character diff (longest common subsequence), by code point so Chinese stays whole. */
export function diffChars(given: string, expected: string): DiffPart[] {
	const a = [...given];
	const b = [...expected];
	const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i--)
		for (let j = b.length - 1; j >= 0; j--)
			lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
	const parts: DiffPart[] = [];
	const push = (text: string, op: DiffPart['op']) => {
		const last = parts[parts.length - 1];
		if (last?.op === op) last.text += text;
		else parts.push({ text, op });
	};
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) {
			push(a[i++], 'same');
			j++;
		} else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j]))
			push(b[j++], 'missing');
		else push(a[i++], 'extra');
	}
	return parts;
}

/** Grades any question. */
export function grade(question: Question, response: Response): Grade {
	const all = (ok: boolean): Grade => ({ correct: ok, missed: ok ? [] : question.cardIds });
	switch (question.type) {
		case 'choice':
			return all(response.type === 'choice' && response.pick === question.answer);
		case 'truefalse':
			return all(response.type === 'truefalse' && response.value === question.truth);
		case 'typed': {
			const g = gradeTyped(response.type === 'typed' ? response.text : '', question.accepted);
			return { ...all(g.correct), diff: g.diff };
		}
		case 'matching': {
			const picks = response.type === 'matching' ? response.picks : [];
			const missed = question.cardIds.filter((_, i) => picks[i] !== question.pairs[i]);
			return { correct: missed.length === 0, missed };
		}
		case 'ordering': {
			const order = response.type === 'ordering' ? response.order : [];
			return all(question.steps.length === order.length && order.every((s, i) => s === i));
		}
	}
}
