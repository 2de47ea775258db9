import katex from 'katex';
import { createMarkdown } from '../core/content/markdown';
import { BLANK, REVEAL_CLOSE, REVEAL_OPEN } from '../core/cards/face';

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

export function tex(source: string, displayMode: boolean): string {
	return katex.renderToString(source, {
		displayMode,
		throwOnError: false,
		trust: false,
		strict: 'ignore',
		output: 'htmlAndMathml'
	});
}

md.renderer.rules.math_inline = (t, i) => tex(t[i].content, false);
md.renderer.rules.math_inline_display = (t, i) => tex(t[i].content, true);
md.renderer.rules.math_block = (t, i) =>
	`<div class="math-display"${lineAttr(t[i].map)}>${tex(t[i].content, true)}</div>\n`;
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

export function renderMarkdown(source: string): string {
	return md.render(source).replace(MARKS, (m) => MARK_HTML[m]);
}
