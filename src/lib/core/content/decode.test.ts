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
