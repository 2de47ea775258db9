import DOMPurify from 'dompurify';
import type { Translate } from '../core/say';
import { renderMarkdown } from './markdown';
import { isLocal, localCss } from './remote';

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

/**
 * An instance of its own, so its hook does not reach Mermaid's use of DOMPurify. The hook runs
 * in DOMPurify's inert document, before anything can load: an image from another host becomes
 * its alt text in brackets (with the address as a tooltip), and a style's remote url() goes.
 */
const purify = typeof window === 'undefined' ? null : DOMPurify(window);
purify?.addHook('afterSanitizeAttributes', (node) => {
	if (node.hasAttribute('style'))
		node.setAttribute('style', localCss(node.getAttribute('style') ?? ''));
	if (node.tagName !== 'IMG') return;
	const src = node.getAttribute('src') ?? '';
	if (isLocal(src) && !node.hasAttribute('srcset')) return;
	const note = node.ownerDocument.createElement('span');
	note.className = 'remote-image';
	note.textContent = `[${node.getAttribute('alt') || 'image'}]`;
	note.title = src;
	node.replaceWith(note);
});

/** `say` words the notes on formulas shown as source (see `tex` in markdown.ts). */
export function safeHtml(markdown: string, say?: Translate): string {
	return (purify ?? DOMPurify).sanitize(renderMarkdown(markdown, say), CONFIG);
}
