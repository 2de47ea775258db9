import { createMarkdown } from '../content/markdown';
import type { Card } from '../cards/types';

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Markdown → HTML for Anki, math in Anki's own `\( \)` and `\[ \]` delimiters. */
const md = createMarkdown();
md.renderer.rules.math_inline = (t, i) => `\\(${escapeHtml(t[i].content)}\\)`;
md.renderer.rules.math_inline_display = (t, i) => `\\[${escapeHtml(t[i].content)}\\]`;
md.renderer.rules.math_block = (t, i) => `<p>\\[${escapeHtml(t[i].content)}\\]</p>`;
md.renderer.rules.d2l_directive = () => '';

/** One Anki field: HTML on one line (a tab or newline would end the field or the note). */
export function ankiField(markdown: string): string {
	return md
		.render(markdown)
		.replace(/<pre>[\s\S]*?<\/pre>/g, (pre) => pre.replace(/\n/g, '<br>'))
		.replace(/\n/g, '')
		.replace(/\t/g, '    ')
		.trim();
}

/** A tag Anki accepts: no spaces. */
const tag = (s: string) => s.trim().replace(/\s+/g, '_');

/**
 * Cards as an Anki-importable text file (File → Import): tab-separated
 * front, back and tags, with the header lines Anki reads.
 */
export function toAnkiText(cards: Card[], deck: string): string {
	const header = [
		'#separator:tab',
		'#html:true',
		`#deck:${deck.replace(/[\t\n]/g, ' ')}`,
		'#tags column:3'
	];
	const rows = cards.map((c) =>
		[ankiField(c.front), ankiField(c.back), ['mnemo', ...c.tags].map(tag).join(' ')].join('\t')
	);
	return [...header, ...rows].join('\n') + '\n';
}
