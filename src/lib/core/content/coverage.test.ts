import { describe, expect, it } from 'vitest';
import { corpusFiles, hasCorpus, sample } from '../../testing/fixtures';
import { allSections, flattenBlocks, parseArticle } from './parse';
import type { Article, Block } from './types';

/** Leaf text a reader will see, with the lines it came from. */
function leaves(article: Article): { start: number; end: number; text: string }[] {
	const out: { start: number; end: number; text: string }[] = [];
	for (const s of allSections(article.outline)) {
		if (s.level > 0) out.push({ start: s.lines.start, end: s.lines.start, text: s.heading });
		for (const b of flattenBlocks(s.blocks))
			out.push({ start: b.lines.start, end: b.lines.end, text: leafText(b) });
	}
	return out;
}

function leafText(b: Block): string {
	switch (b.kind) {
		case 'math':
			return b.tex;
		case 'table':
			return b.rows.flat().join(' ');
		case 'list':
		case 'quote':
			return '';
		default:
			return b.text;
	}
}

const squash = (s: string) => s.replace(/[\s|]+/g, '');
const MARKUP = /^(?:```.*|~~~.*|[-*_=]{3,}|\|?[\s:|-]+\|?|:[a-z_]+:(?:`[^`]*`)?)$/;

/** Lines of the file that no block, heading or warning accounts for. */
function lostLines(name: string, data: Uint8Array | string): string[] {
	const article = parseArticle(data, { path: name });
	const all = leaves(article);
	const warned = new Set(article.warnings.map((w) => w.line));
	const lines = article.source.split('\n');
	const lost: string[] = [];
	lines.forEach((raw, k) => {
		const n = k + 1;
		let s = raw.replace(/<\|[a-z_]+\|>/gi, '').trim();
		if (!s || MARKUP.test(s)) return;
		while (/^>\s?/.test(s)) s = s.replace(/^>\s?/, '').trim();
		s = s
			.replace(/^(?:[-*+]|\d+[.)])\s+/, '')
			.replace(/^#{1,6}\s+/, '')
			.replace(/^(?:\$\$|\\\[)/, '')
			.replace(/(?:\$\$|\\\])[.,]?$/, '')
			.replace(/\[\*\*|\*\*\]/g, '**');
		if (!squash(s)) return;
		const ok = all.some((l) => l.start <= n && n <= l.end && squash(l.text).includes(squash(s)));
		if (!ok && !warned.has(n)) lost.push(`${name}:${n}: ${raw}`);
	});
	return lost;
}

describe('no text is lost: every non-blank line is in a block the reader sees', () => {
	it.each(['000', '001', '002', '003', '004'])('seed %s', (n) => {
		const { path, source } = sample(n);
		expect(lostLines(path, source)).toEqual([]);
	});

	it.skipIf(!hasCorpus).each(corpusFiles().map(([name, data]) => ({ name, data })))(
		'corpus $name',
		({ name, data }) => {
			expect(lostLines(name, data)).toEqual([]);
		}
	);
});
