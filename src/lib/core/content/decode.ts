import { ImportError } from '../errors';
import { msg } from '../say';

const MAGIC: [string, number[]][] = [
	[msg('a PDF document'), [0x25, 0x50, 0x44, 0x46]],
	[msg('a PNG image'), [0x89, 0x50, 0x4e, 0x47]],
	[msg('a JPEG image'), [0xff, 0xd8, 0xff]],
	[msg('a GIF image'), [0x47, 0x49, 0x46, 0x38]],
	[msg('a ZIP archive (or a Word/Excel file)'), [0x50, 0x4b, 0x03, 0x04]],
	[msg('a gzip archive'), [0x1f, 0x8b]]
];

/**
 * Offset of the first byte that breaks UTF-8 (by lead/continuation bytes;
 * TextDecoder's fatal mode is the judge, this only finds the place).
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		let need = 0;
		if (b < 0x80) need = 0;
		else if (b >= 0xc2 && b <= 0xdf) need = 1;
		else if (b >= 0xe0 && b <= 0xef) need = 2;
		else if (b >= 0xf0 && b <= 0xf4) need = 3;
		else return i;
		if (need && i + need >= bytes.length) return i;
		for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
		i += need + 1;
	}
	return -1;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/**
 * A UTF-16 file's byte order, by its BOM or, without one, by where its NUL
 * bytes fall: ASCII in UTF-16 is every other byte 0 (Windows Notepad's
 * "Unicode" writes UTF-16 LE). Text in UTF-8 has no NUL at all; binary
 * files have them at both parities.
 */
export function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	const head = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
	const zeros = [0, 0];
	for (let i = 0; i < head.length; i++) if (head[i] === 0) zeros[i % 2]++;
	const pairs = head.length / 2;
	// ASCII (line breaks, spaces, digits, Markdown marks) in 1 of 50 characters is enough,
	// even in Chinese; a NUL at the other parity (U+xx00, 1 in 256 CJK characters) is
	// allowed. The decoded text must then hold no control characters (see decodeUtf16),
	// which binary data read as UTF-16 nearly always does.
	const [even, odd] = zeros;
	if (odd >= Math.max(2, pairs / 50) && even <= odd / 8) return 'utf-16le';
	if (even >= Math.max(2, pairs / 50) && odd <= even / 8) return 'utf-16be';
	return null;
}

/** Characters no text file holds: C0 controls other than tab, line breaks and form feed. */
const isControl = (code: number) =>
	code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;

/** The text of a UTF-16 file, or null when it does not decode as UTF-16 text. */
function decodeUtf16(bytes: Uint8Array, order: 'utf-16le' | 'utf-16be'): string | null {
	try {
		const text = new TextDecoder(order, { fatal: true }).decode(bytes);
		for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return null;
		return text;
	} catch {
		return null;
	}
}

/** The bytes as text: UTF-16 when they are, else UTF-8; a refusal that says which and why. */
function decodeBytes(input: Uint8Array): string {
	const order = utf16Order(input);
	if (order) {
		const text = decodeUtf16(input, order);
		if (text !== null) return text;
		if (input[0] === 0xff || input[0] === 0xfe)
			// A UTF-16 BOM, but no UTF-16 text after it (an odd length, a broken surrogate pair).
			throw new ImportError(
				'encoding',
				msg(
					'This file starts as UTF-16 text ({{order}}) but does not read as UTF-16; save it as UTF-8 (in the editor: Save as…, encoding UTF-8) and import it again.'
				),
				{ order: order === 'utf-16le' ? 'LE' : 'BE' }
			);
	}
	const nul = input.subarray(0, 8192).indexOf(0);
	if (nul >= 0)
		throw new ImportError(
			'binary',
			msg('This file holds binary data (a NUL byte), not Markdown text.'),
			{},
			lineOfOffset(input, nul)
		);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(input);
	} catch {
		const bad = Math.max(0, firstInvalidUtf8(input));
		throw new ImportError(
			'encoding',
			msg('The file is not valid UTF-8 (byte {{byte}}); save it as UTF-8 and import it again.'),
			{ byte: bad + 1 },
			lineOfOffset(input, bad)
		);
	}
}

/**
 * Turns a file's bytes into article text, or throws an ImportError that says
 * in plain words why this is not a Markdown article. UTF-8 and UTF-16 (with
 * a BOM, or recognised by its NUL bytes) are read.
 */
export function decodeArticle(input: Uint8Array | string): string {
	let text: string;
	if (typeof input === 'string') {
		text = input;
	} else {
		if (input.length === 0) throw new ImportError('empty', msg('The file is empty.'));
		for (const [what, magic] of MAGIC) {
			if (magic.every((m, k) => input[k] === m)) {
				throw new ImportError('binary', msg('This is {{what}}, not a Markdown article.'), {
					what: { text: what }
				});
			}
		}
		text = decodeBytes(input);
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	if (text.includes('\u0000')) {
		throw new ImportError('binary', msg('This text holds binary data (a NUL byte), not Markdown.'));
	}
	if (!text.trim()) throw new ImportError('empty', msg('The file has no text in it.'));
	rejectOtherFormats(text);
	return text.replace(/\r\n?/g, '\n');
}

/** Formats that are text but clearly not an article. */
function rejectOtherFormats(text: string): void {
	const head = text.trimStart().slice(0, 200).toLowerCase();
	if (head.startsWith('<!doctype html') || head.startsWith('<html')) {
		throw new ImportError('not-markdown', msg('This is an HTML page, not a Markdown article.'));
	}
	if (head.startsWith('{\\rtf')) {
		throw new ImportError('not-markdown', msg('This is an RTF document, not a Markdown article.'));
	}
	if (head.startsWith('{') || head.startsWith('[')) {
		try {
			JSON.parse(text);
			throw new ImportError('not-markdown', msg('This is a JSON file, not a Markdown article.'));
		} catch (e) {
			if (e instanceof ImportError) throw e;
		}
	}
	// Text with almost no letters (a CSV of numbers, a log dump) makes no deck.
	const letters = (text.match(/[\p{L}]/gu) ?? []).length;
	if (letters < 3) {
		throw new ImportError('not-markdown', msg('This file has no readable prose to learn from.'));
	}
}
