import katex from 'katex';
import { createMarkdown } from '../core/content/markdown';
import { BLANK, REVEAL_CLOSE, REVEAL_OPEN } from '../core/cards/face';
import { nestingProblem, TEX_LIMITS, type FormulaProblem } from '../core/content/katex-check';
import { english, msg, type Translate } from '../core/say';

/**
 * Markdown (articles, card faces) → HTML with KaTeX math. Imported text is
 * untrusted: raw HTML is off in the parser, KaTeX runs with `trust: false`,
 * and the browser passes the result through DOMPurify (`safe-html.ts`).
 * Block elements carry `data-line` (1-based source line) so a card can link
 * to its place in the article.
 */
const md = createMarkdown();

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const KATEX_OPTIONS = {
	throwOnError: false,
	trust: false,
	strict: 'ignore',
	output: 'htmlAndMathml',
	maxExpand: TEX_LIMITS.maxExpand,
	maxSize: TEX_LIMITS.maxSize
} as const;

/**
 * One formula → KaTeX HTML; never throws. KaTeX draws what it cannot parse
 * as red source by itself (`throwOnError: false`), but a stack overflow
 * (deep nesting) is thrown anyway and, unhandled, blanked the whole page. A
 * formula nested beyond `TEX_LIMITS.maxDepth` is not given to KaTeX at all
 * (measured: 5,000 nested `\frac` take 0.7 s to overflow); anything KaTeX
 * still throws is caught for this formula alone. Either way the formula is
 * shown as its TeX source with a note, and the rest of the text renders.
 */
export function tex(source: string, displayMode: boolean, say: Translate = english): string {
	const deep = nestingProblem(source);
	if (deep) return texSource(source, displayMode, say(NOTE, { reason: sayReason(deep, say) }));
	try {
		return katex.renderToString(source, { ...KATEX_OPTIONS, displayMode });
	} catch (e) {
		const reason =
			e instanceof RangeError ? say(TOO_DEEP) : e instanceof Error ? e.message : String(e);
		return texSource(source, displayMode, say(NOTE, { reason }));
	}
}

const NOTE = msg('This formula is shown as its TeX source: {{reason}}.');
const TOO_DEEP = msg('too deeply nested to typeset');

function sayReason(p: FormulaProblem, say: Translate): string {
	return typeof p.message === 'string' ? p.message : say(p.message.text, p.message.vars);
}

/** The formula as escaped source, with the note after it (spans only: inline math sits inside a <p>). */
function texSource(source: string, displayMode: boolean, note: string): string {
	const cls = displayMode ? 'math-refused display' : 'math-refused';
	return `<span class="${cls}"><code class="math-source">${escapeHtml(source)}</code><span class="math-note" role="note">${escapeHtml(note)}</span></span>`;
}

interface RenderEnv {
	say?: Translate;
}

md.renderer.rules.math_inline = (t, i, _o, env: RenderEnv) => tex(t[i].content, false, env.say);
md.renderer.rules.math_inline_display = (t, i, _o, env: RenderEnv) =>
	tex(t[i].content, true, env.say);
md.renderer.rules.math_block = (t, i, _o, env: RenderEnv) =>
	`<div class="math-display"${lineAttr(t[i].map)}>${tex(t[i].content, true, env.say)}</div>\n`;
md.renderer.rules.d2l_directive = () => '';

const fence = md.renderer.rules.fence!;
md.renderer.rules.fence = (t, i, options, env, self) => {
	const token = t[i];
	if (token.info.trim().toLowerCase() === 'mermaid') {
		// Drawn later, in the browser, by render/mermaid.ts (loaded on demand).
		return `<div class="mermaid-src"${lineAttr(token.map)}><pre>${escapeHtml(token.content)}</pre></div>\n`;
	}
	return fence(t, i, options, env, self);
};

function lineAttr(map: [number, number] | null): string {
	return map ? ` data-line="${map[0] + 1}"` : '';
}

// Every block that opens an element gets its source line.
md.core.ruler.push('data_line', (state) => {
	for (const token of state.tokens) {
		if (token.map && token.block && token.nesting === 1)
			token.attrSet('data-line', String(token.map[0] + 1));
		if (token.type === 'fence' || token.type === 'code_block')
			token.attrSet('data-line', String(token.map![0] + 1));
	}
});

/**
 * The card face's marks (see `core/cards/face.ts`) become elements after
 * Markdown: they are private-use characters, so no parser rule, escaping or
 * emphasis can touch them on the way.
 */
const MARKS = new RegExp(`[${BLANK}${REVEAL_OPEN}${REVEAL_CLOSE}]`, 'g');
const MARK_HTML: Record<string, string> = {
	[BLANK]: '<span class="cloze-blank" role="img" aria-label="blank">[…]</span>',
	[REVEAL_OPEN]: '<mark class="cloze-answer">',
	[REVEAL_CLOSE]: '</mark>'
};

/**
 * Markdown → HTML (not yet sanitised: see `safe-html.ts`). `say` words the
 * notes on formulas that cannot be typeset (the UI passes its `t`).
 */
export function renderMarkdown(source: string, say: Translate = english): string {
	const env: RenderEnv = { say };
	return md.render(source, env).replace(MARKS, (m) => MARK_HTML[m]);
}
