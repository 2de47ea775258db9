import DOMPurify from 'dompurify';
import type { Translate } from '../core/say';
import { renderMarkdown } from './markdown';

/**
 * Markdown → sanitised HTML for `{@html}`. DOMPurify keeps KaTeX's spans,
 * inline styles and MathML, and drops scripts, handlers and javascript: URLs.
 * KaTeX's `<semantics>`/`<annotation>` (the TeX source, read by screen
 * readers and copied with the formula) are text-only, so they are allowed;
 * `annotation-xml`, which can carry HTML, stays forbidden.
 */
const CONFIG = {
	ADD_TAGS: ['semantics', 'annotation'],
	ADD_ATTR: ['data-line', 'encoding']
};

/** `say` words the notes on formulas shown as source (see `tex` in markdown.ts). */
export function safeHtml(markdown: string, say?: Translate): string {
	return DOMPurify.sanitize(renderMarkdown(markdown, say), CONFIG);
}
