/**
 * The language an answer is written in, for keeping a question's options in
 * one language: one Chinese option beside English ones gives the answer away
 * (or gives a wrong one away), whatever the two languages' share of the text.
 */
export type AnswerLanguage = 'zh' | 'en' | 'none';

const MATH = /\$\$[\s\S]*?\$\$|\$[^$\n]*\$|`[^`]*`/g;

/**
 * 'zh' when the text holds any Chinese character outside its formulas and
 * code, 'en' when it holds a Latin word, 'none' when it is only formulas,
 * numbers or symbols (which fit beside either language).
 */
export function languageOf(markdown: string): AnswerLanguage {
	const prose = markdown.replace(MATH, ' ');
	if (/\p{Script=Han}/u.test(prose)) return 'zh';
	return /\p{Script=Latin}{2,}/u.test(prose) ? 'en' : 'none';
}

/** Two texts can stand side by side: the same language, or one of them has none. */
export function sameLanguage(a: string, b: string): boolean {
	const x = languageOf(a);
	const y = languageOf(b);
	return x === y || x === 'none' || y === 'none';
}
