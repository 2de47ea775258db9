/**
 * Typed answers graded like a careful teacher: what does not change the
 * answer is ignored (case, full-/half-width, spaces, punctuation, an article,
 * singular or plural, the tense of a verb); one slip of the keyboard in a
 * long word is "almost — check the spelling", shown to the learner but not
 * counted wrong; numbers count in any usual form within `NUMBER_TOLERANCE`.
 */
import { plain } from './answers';
import { numbersAgree, parseNumber } from './numbers';

/** One run of a character diff between the learner's answer and the right one. */
export interface DiffPart {
	text: string;
	/** `same`, `extra` (typed but not expected) or `missing` (expected but not typed). */
	op: 'same' | 'extra' | 'missing';
}

/** right; almost (one typo: counted right, the spelling shown); wrong. */
export type Verdict = 'right' | 'almost' | 'wrong';

export interface TypedGrade {
	verdict: Verdict;
	/** Not wrong: right, or almost. */
	correct: boolean;
	/** Where the answer differs from the nearest accepted form (empty when the same). */
	diff: DiffPart[];
	/** The accepted form the answer was compared with. */
	nearest: string;
}

/** A typo is forgiven only in a word this long: in "rate" vs "rat" one letter is the word. */
export const TYPO_MIN_LETTERS = 6;

const ARTICLES = new Set(['a', 'an', 'the']);

/** Folds what should not matter: case, width, white space and punctuation. */
export function foldAnswer(text: string): string {
	return plain(text)
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\p{P}]+/gu, '');
}

/**
 * An English word's stem, enough to equate inflections a teacher accepts:
 * plural -s/-es/-ies, past -ed, -ing ("gradients", "computed", "computing").
 */
export function stem(word: string): string {
	if (word.length <= 3) return word;
	let w = word;
	if (/ies$/.test(w)) w = w.slice(0, -3) + 'y';
	else if (/(ss|us|is)$/.test(w)) return w;
	else if (/(ch|sh|x|z|ss)es$/.test(w)) w = w.slice(0, -2);
	else if (/s$/.test(w)) w = w.slice(0, -1);
	else if (/ing$/.test(w) && w.length > 5) w = w.slice(0, -3).replace(/(.)\1$/, '$1');
	else if (/ed$/.test(w) && w.length > 4) w = w.slice(0, -2).replace(/(.)\1$/, '$1');
	// "compute", "computed", "computing" → "comput"; a short "rate" keeps its e.
	return w.length > 4 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/**
 * The answer as a teacher reads it: folded, Latin words without articles and
 * stemmed, every other character (Chinese) kept as it is.
 */
export function readAnswer(text: string): string {
	const folded = plain(text).normalize('NFKC').toLowerCase();
	return folded
		.split(/[\s\p{P}]+/u)
		.filter((w) => w && !ARTICLES.has(w))
		.map((w) => w.replace(/\p{Script=Latin}+/gu, (latin) => (latin === w ? stem(latin) : latin)))
		.join('');
}

/** Damerau–Levenshtein distance (a swap of two neighbours is one edit), by code point. */
export function editDistance(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	const d = Array.from({ length: x.length + 1 }, (_, i) =>
		Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
	);
	for (let i = 1; i <= x.length; i++)
		for (let j = 1; j <= y.length; j++) {
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
				d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	return d[x.length][y.length];
}

/**
 * One typo in a long word: the two differ by one edit, the expected answer
 * is Latin letters (a Chinese character is a word of its own, not a slip)
 * and it has a word of at least `TYPO_MIN_LETTERS` letters.
 */
function oneTypo(given: string, expected: string): boolean {
	if (/\p{Script=Han}/u.test(expected)) return false;
	const longWord = plain(expected)
		.split(/[^\p{L}]+/u)
		.some((w) => [...w].length >= TYPO_MIN_LETTERS);
	return longWord && editDistance(given, expected) === 1;
}

function verdictOf(text: string, accepted: string): Verdict {
	const n = parseNumber(plain(text));
	const m = parseNumber(plain(accepted));
	// A number is right within the tolerance and never "almost": 0.32 is not a typo of 0.33.
	if (m !== null) return n !== null && numbersAgree(n, m) ? 'right' : 'wrong';
	const given = foldAnswer(text);
	if (!given) return 'wrong';
	if (given === foldAnswer(accepted)) return 'right';
	const read = readAnswer(text);
	const want = readAnswer(accepted);
	if (read && read === want) return 'right';
	return oneTypo(given, foldAnswer(accepted)) || (read && oneTypo(read, want)) ? 'almost' : 'wrong';
}

const RANK: Record<Verdict, number> = { right: 2, almost: 1, wrong: 0 };

/** The best verdict any accepted form gives, without the diff (cheap enough to vet distractors). */
export function judge(text: string, accepted: string[]): Verdict {
	let best: Verdict = 'wrong';
	for (const a of accepted) {
		const v = verdictOf(text, a);
		if (RANK[v] > RANK[best]) best = v;
		if (best === 'right') break;
	}
	return best;
}

/** A typed answer against the accepted forms: the best verdict any of them gives. */
export function gradeTyped(text: string, accepted: string[]): TypedGrade {
	const given = foldAnswer(text);
	let best: TypedGrade | null = null;
	for (const a of accepted) {
		const verdict = verdictOf(text, a);
		const diff = verdict === 'right' ? [] : diffChars(given, foldAnswer(a));
		const grade = { verdict, correct: verdict !== 'wrong', diff, nearest: a };
		if (
			!best ||
			RANK[verdict] > RANK[best.verdict] ||
			(verdict === best.verdict && cost(diff) < cost(best.diff))
		)
			best = grade;
	}
	return best ?? { verdict: 'wrong', correct: false, diff: [], nearest: '' };
}

const cost = (d: DiffPart[]) =>
	d.filter((p) => p.op !== 'same').reduce((s, p) => s + [...p.text].length, 0);

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
