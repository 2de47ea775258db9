import katex from 'katex';
import { msg, type Said } from '../say';

export interface FormulaProblem {
	/** KaTeX's own (English) message, or one of ours to translate. */
	message: string | Said;
}

/**
 * Bounds on what KaTeX is asked to typeset, shared by the import check and
 * the renderer so a formula flagged at import is the one refused on screen.
 *
 * - `maxDepth`: KaTeX's parser and builder recurse once (or more) per level
 *   of nesting and never bound it, so deep nesting ends in "Maximum call
 *   stack size exceeded", which `throwOnError: false` does not catch.
 *   Measured in Node 20 (about 1 MB of stack, like a browser tab):
 *   `\frac{1}{…}` and `\underbrace{…}_{a}` overflow at about 625 levels, `{…}`
 *   at 1,875, `\color` switches at 1,094. Below that, the HTML still has to be
 *   shown: KaTeX writes up to 11 nested elements per level (`\underbrace`; 7
 *   for `\frac`, 8 for a matrix) and Chromium's HTML parser keeps 512 levels
 *   of elements (deeper ones are moved up, garbling the formula), so 40
 *   levels (446 elements) is the most that still draws right. The deepest of
 *   984 formulas in the corpus and seeds is nested 4 levels (`texDepth`).
 * - `maxExpand`: macro expansions per formula (KaTeX's default, said
 *   explicitly); `\def\a{\a\a}\a` is refused at once. The corpus needs at
 *   most 24.
 * - `maxSize`: user-given sizes (`\rule{1e6em}{…}`) are capped at this many
 *   em, so one formula cannot cover the page. No corpus formula gives a size.
 */
export const TEX_LIMITS = { maxDepth: 40, maxExpand: 1000, maxSize: 20 } as const;

/** Commands that switch style or font for the rest of their group: KaTeX parses that rest as their body, one level deeper each. */
const SWITCHES = new Set([
	'color',
	'displaystyle',
	'textstyle',
	'scriptstyle',
	'scriptscriptstyle',
	'tiny',
	'scriptsize',
	'footnotesize',
	'small',
	'normalsize',
	'large',
	'Large',
	'LARGE',
	'huge',
	'Huge',
	'rm',
	'bf',
	'it',
	'sf',
	'tt',
	'cal',
	'frak',
	'Bbb',
	'bold',
	'mit'
]);

/**
 * How deeply this TeX nests, in one linear pass: every `{…}`, `\left…\right`
 * and `\begin…\end` opens a level, and every style/font switch (`\color`,
 * `\displaystyle`, `\Large`…) adds one until its group (or its array cell)
 * ends, as KaTeX's recursive parser sees it. Escaped braces (`\{`) do not
 * count. Stops early once `stopAt` is exceeded, so a 50 KB formula costs
 * microseconds.
 */
export function texDepth(tex: string, stopAt = Infinity): number {
	// Switches in each open group; the depth is the groups plus all their switches.
	const switches: number[] = [0];
	let depth = 0;
	let max = 0;
	const open = () => {
		switches.push(0);
		depth++;
	};
	const close = () => {
		if (switches.length === 1) return; // an unbalanced `}`: KaTeX refuses it, nothing to count
		depth -= 1 + switches.pop()!;
	};
	const endCell = () => {
		depth -= switches[switches.length - 1];
		switches[switches.length - 1] = 0;
	};
	for (let i = 0; i < tex.length; i++) {
		const c = tex[i];
		if (c === '{') open();
		else if (c === '}') close();
		else if (c === '&') endCell();
		else if (c === '%') {
			const eol = tex.indexOf('\n', i);
			i = eol < 0 ? tex.length : eol;
		} else if (c === '\\') {
			let j = i + 1;
			while (j < tex.length && /[A-Za-z]/.test(tex[j])) j++;
			if (j === i + 1) {
				// `\\` ends a row (a cell); `\{`, `\}`, `\&` are symbols.
				if (tex[j] === '\\') endCell();
				i = j;
				continue;
			}
			const name = tex.slice(i + 1, j);
			if (name === 'left' || name === 'begin') open();
			else if (name === 'right' || name === 'end') close();
			else if (name === 'middle' || name === 'cr') endCell();
			else if (SWITCHES.has(name)) {
				switches[switches.length - 1]++;
				depth++;
			}
			i = j - 1;
		}
		if (depth > max) {
			max = depth;
			if (max > stopAt) return max;
		}
	}
	return max;
}

/** The refusal of a formula nested deeper than `TEX_LIMITS.maxDepth`, or null. */
export function nestingProblem(tex: string): FormulaProblem | null {
	const depth = texDepth(tex, TEX_LIMITS.maxDepth);
	if (depth <= TEX_LIMITS.maxDepth) return null;
	return {
		message: {
			text: msg('nested more than {{limit}} levels deep, too deep to typeset'),
			vars: { limit: TEX_LIMITS.maxDepth }
		}
	};
}

/**
 * KaTeX's parser, without building HTML: a formula that parses typesets
 * (rendering never fails on parsed input with `throwOnError: false`), and
 * parsing alone is about six times faster than rendering, which keeps the
 * import above its speed budget. `__parse` is KaTeX's own entry point for
 * tools; the version is pinned with Mermaid's.
 */
const parse = (katex as unknown as { __parse: (tex: string, options: object) => unknown }).__parse;

/**
 * Whether KaTeX can typeset this TeX. Strict-mode complaints (CJK text
 * inside math, as d2l-zh writes `$\mathbf{X}和\mathbf{W}$`) are not errors:
 * KaTeX renders them fine, so they are ignored rather than reported.
 * Nesting beyond the bound is refused before KaTeX sees it (5,000 nested
 * `\frac` took 0.9 s to overflow the stack); a stack overflow KaTeX still
 * reaches is reported like any parse error.
 */
export function checkTex(tex: string, displayMode: boolean): FormulaProblem | null {
	const deep = nestingProblem(tex);
	if (deep) return deep;
	try {
		parse(tex, {
			displayMode,
			throwOnError: true,
			trust: false,
			strict: 'ignore',
			maxExpand: TEX_LIMITS.maxExpand,
			maxSize: TEX_LIMITS.maxSize
		});
		return null;
	} catch (e) {
		if (e instanceof RangeError) return { message: { text: msg('too deeply nested to typeset') } };
		const message =
			e instanceof Error ? e.message.replace(/^KaTeX parse error:\s*/, '') : String(e);
		return { message };
	}
}
