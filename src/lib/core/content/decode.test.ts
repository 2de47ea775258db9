import { describe, expect, it } from 'vitest';
import { ImportError } from '../errors';
import { importArticle } from '../index';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

function failure(input: Uint8Array | string): ImportError {
	try {
		importArticle(input, { path: 'x.md' });
	} catch (e) {
		expect(e).toBeInstanceOf(ImportError);
		return e as ImportError;
	}
	throw new Error('import did not fail');
}

describe('bad input gives a typed error with a plain message', () => {
	it('refuses an empty file and a file of blank lines', () => {
		expect(failure(bytes()).code).toBe('empty');
		expect(failure(utf8('  \n\n \t\n')).message).toMatch(/no text/);
	});

	it('names the binary format it recognises', () => {
		const png = failure(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0));
		expect(png.code).toBe('binary');
		expect(png.message).toMatch(/PNG image/);
		expect(failure(utf8('%PDF-1.7\n...')).message).toMatch(/PDF/);
	});

	it('refuses NUL bytes with the line they are on', () => {
		const e = failure(utf8('# Title\n\nsome text\n\u0000\u0001binary'));
		expect(e.code).toBe('binary');
		expect(e.line).toBe(4);
	});

	it('refuses invalid UTF-8 and says on which line', () => {
		const head = utf8('# 标题\n\n第一段。\n');
		const e = failure(new Uint8Array([...head, 0xc3, 0x28, 0x0a]));
		expect(e.code).toBe('encoding');
		expect(e.line).toBe(4);
		expect(e.message).toMatch(/^Line 4: The file is not valid UTF-8/);
	});

	it('refuses a UTF-16 BOM that no UTF-16 text follows, saying how to save it', () => {
		const e = failure(bytes(0xff, 0xfe, 0x23, 0x00, 0x20));
		expect(e.code).toBe('encoding');
		expect(e.message).toBe(
			'This file starts as UTF-16 text (LE) but does not read as UTF-16; save it as UTF-8 (in the editor: Save as…, encoding UTF-8) and import it again.'
		);
	});

	it('still refuses binary data with NUL bytes at both byte positions', () => {
		const e = failure(bytes(0x23, 0x20, 0, 0, 0x41, 0, 0, 0x42, 0x0a, 0, 0, 0, 0x43, 0x44));
		expect(e.code).toBe('binary');
	});

	it('refuses HTML pages and JSON files as not Markdown', () => {
		expect(failure(utf8('<!DOCTYPE html><html><body>hi</body></html>')).code).toBe('not-markdown');
		expect(failure(utf8('{"cards": [1, 2, 3]}')).message).toMatch(/JSON/);
	});

	it('accepts a BOM and CRLF line endings, keeping line numbers', () => {
		const { article } = importArticle(
			utf8('\ufeff# Linear Regression\r\n\r\nText <|im_sep|> here.\r\n'),
			{
				path: 'a.md'
			}
		);
		expect(article.title).toBe('Linear Regression');
		expect(article.warnings).toContainEqual(
			expect.objectContaining({ line: 3, code: 'chat-token' })
		);
	});
});

describe('chat-template tokens: stripped to a fixed point, titles included', () => {
	it('leaves no token behind when tokens are nested inside one another', () => {
		const { article, cards } = importArticle(
			utf8(
				'# Tokens <|im_<|x|>start|>here\n\n## Gradient\n\nThe **gradient** is the vector of partial derivatives <|im_<|x|>start|>of a function.\n'
			),
			{ path: 'a.md' }
		);
		expect(article.title).toBe('Tokens here');
		const text = cards.map((c) => c.front + c.back).join('\n');
		expect(text).toContain('partial derivatives of a function');
		expect(text).not.toMatch(/<\||im_start/);
		expect(article.warnings).toContainEqual(
			expect.objectContaining({
				line: 5,
				code: 'chat-token',
				vars: { tokens: '<|x|> <|im_start|>' }
			})
		);
	});

	it('strips tokens from a title taken from the file name, or given', () => {
		const named = importArticle(utf8('Some text without a heading.\n'), {
			path: 'notes<|endoftext|>.md'
		});
		expect(named.article.title).toBe('notes');
		const given = importArticle(utf8('# Heading\n\nText.\n'), {
			path: 'a.md',
			title: '<｜begin▁of▁sentence｜>My notes'
		});
		expect(given.article.title).toBe('My notes');
	});

	it('falls back to the file name, then a heading, when a title is only tokens', () => {
		const h1 = importArticle(utf8('# <|assistant|><|im_sep|>\n\n## Loss\n\nText.\n'), {
			path: 'deep-learning.md'
		});
		expect(h1.article.title).toBe('deep-learning');
		const file = importArticle(utf8('## Loss functions\n\nText.\n'), { path: '<|im_end|>.md' });
		expect(file.article.title).toBe('Loss functions');
	});
});

/** The text as UTF-16 bytes in either order, with or without a BOM. */
function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
	const units = [...(bom ? '\ufeff' : ''), ...text].flatMap((ch) => {
		const out: number[] = [];
		for (let i = 0; i < ch.length; i++) out.push(ch.charCodeAt(i));
		return out;
	});
	const b = new Uint8Array(units.length * 2);
	units.forEach((u, i) => {
		const [hi, lo] = [u >> 8, u & 0xff];
		b[2 * i] = order === 'le' ? lo : hi;
		b[2 * i + 1] = order === 'le' ? hi : lo;
	});
	return b;
}

describe('UTF-16 files (Windows Notepad’s “Unicode”) are read, not refused as binary', () => {
	const md = '# 梯度下降\r\n\r\n**梯度下降**是一种优化算法。学习率 $\\eta$ 控制步长 😀。\r\n';

	it.each([
		['LE with a BOM', utf16(md, 'le')],
		['BE with a BOM', utf16(md, 'be')],
		['LE without a BOM, by its NUL bytes', utf16(md, 'le', false)],
		['BE without a BOM, by its NUL bytes', utf16(md, 'be', false)]
	])('reads UTF-16 %s', (_what, data) => {
		const { article, cards } = importArticle(data, { path: 'notes.md' });
		expect(article.title).toBe('梯度下降');
		expect(article.source).toBe(md.replace(/\r\n/g, '\n'));
		expect(cards.length).toBeGreaterThan(0);
	});

	it('reads an English UTF-16 file as its text', () => {
		const text = '# Gradient descent\n\nGradient descent is an optimisation algorithm.\n';
		expect(importArticle(utf16(text, 'le'), { path: 'a.md' }).article.source).toBe(text);
	});
});
