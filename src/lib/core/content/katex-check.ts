import katex from 'katex';

export interface FormulaProblem {
	message: string;
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
 */
export function checkTex(tex: string, displayMode: boolean): FormulaProblem | null {
	try {
		parse(tex, { displayMode, throwOnError: true, trust: false, strict: 'ignore' });
		return null;
	} catch (e) {
		const message =
			e instanceof Error ? e.message.replace(/^KaTeX parse error:\s*/, '') : String(e);
		return { message };
	}
}
