import DOMPurify from 'dompurify';
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

export function safeHtml(markdown: string): string {
	return DOMPurify.sanitize(renderMarkdown(markdown), CONFIG);
}
