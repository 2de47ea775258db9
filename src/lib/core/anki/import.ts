/**
 * Anki's "Notes in Plain Text" export → an article and its cards. The
 * header lines (#separator, #html, #tags column, #deck, #guid column …)
 * say how to read the rows; fields may be quoted ("" for a quote inside).
 * Each note's first field is the front, the second the back; its tags are
 * kept. The article is a readable page of all notes, one section each.
 */
import { mergeDuplicates } from '../cards/identity';
import { cardId } from '../cards/identity';
import type { Card, CardDraft } from '../cards/types';
import { decodeArticle } from '../content/decode';
import { parseArticle } from '../content/parse';
import { warning, type ImportWarning } from '../content/types';
import { ImportError } from '../errors';
import { msg } from '../say';
import type { ImportedArticle } from '../index';

const SEPARATORS: Record<string, string> = {
	tab: '\t',
	comma: ',',
	semicolon: ';',
	space: ' ',
	pipe: '|',
	colon: ':'
};

/** True when the text starts with Anki's header lines. */
export function isAnkiText(text: string): boolean {
	return /^\uFEFF?#(?:separator|html|tags column|deck|notetype|columns|guid column):/i.test(text);
}

interface Header {
	separator: string;
	html: boolean;
	deck?: string;
	/** 0-based columns that are not note fields. */
	special: Set<number>;
	tags?: number;
	deckColumn?: number;
}

function readHeader(lines: string[]): { header: Header; body: number } {
	const header: Header = { separator: '\t', html: false, special: new Set() };
	let i = 0;
	for (; i < lines.length && lines[i].startsWith('#'); i++) {
		const m = lines[i].match(/^#([a-z ]+):(.*)$/i);
		if (!m) continue;
		const [key, value] = [m[1].trim().toLowerCase(), m[2].trim()];
		const column = Number(value) - 1;
		if (key === 'separator') header.separator = SEPARATORS[value.toLowerCase()] ?? value;
		else if (key === 'html') header.html = value.toLowerCase() === 'true';
		else if (key === 'deck') header.deck = value;
		else if (key.endsWith(' column') && column >= 0) {
			header.special.add(column);
			if (key === 'tags column') header.tags = column;
			if (key === 'deck column') header.deckColumn = column;
		}
	}
	return { header, body: i };
}

/** Rows of fields, honouring double-quoted fields (which may hold separators and newlines). */
function readRows(text: string, sep: string): { fields: string[]; line: number }[] {
	const rows: { fields: string[]; line: number }[] = [];
	let fields: string[] = [];
	let field = '';
	let quoted = false;
	let line = 1;
	let start = 1;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else {
				if (ch === '\n') line++;
				field += ch;
			}
		} else if (ch === '"' && field === '') quoted = true;
		else if (ch === sep) {
			fields.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			fields.push(field);
			if (fields.some((f) => f.trim())) rows.push({ fields, line: start });
			fields = [];
			field = '';
			line++;
			start = line;
		} else field += ch;
	}
	fields.push(field);
	if (fields.some((f) => f.trim())) rows.push({ fields, line: start });
	return rows;
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' '
};

/**
 * The character a numeric reference names, or U+FFFD for one that names
 * none (beyond U+10FFFF, a surrogate, NUL), as HTML reads it: one bad
 * reference in a deck of thousands of notes is not a reason to refuse it.
 */
function fromCodePoint(code: number): string | null {
	if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
		return null;
	return String.fromCodePoint(code);
}

/**
 * Anki's HTML and math → Mnemo's Markdown ($…$, $$…$$). A character
 * reference that names no character becomes U+FFFD and is added to `bad`.
 */
export function fromAnkiField(value: string, html: boolean, bad: string[] = []): string {
	let s = value;
	if (html) {
		s = s
			.replace(/<br\s*\/?>/gi, '\n')
			.replace(/<\/(?:div|p)>\s*/gi, '\n\n')
			.replace(/<(?:div|p)[^>]*>/gi, '')
			.replace(/<ol[^>]*>([\s\S]*?)<\/ol>/gi, (_, items: string) => {
				let n = 0;
				return items.replace(/<li[^>]*>/gi, () => `${++n}. `);
			})
			.replace(/<li[^>]*>/gi, '- ')
			.replace(/<\/li>\s*/gi, '\n')
			.replace(/<\/?(?:ul|ol)[^>]*>\s*/gi, '\n')
			.replace(/<(?:b|strong)>([\s\S]*?)<\/(?:b|strong)>/gi, '**$1**')
			.replace(/<(?:i|em)>([\s\S]*?)<\/(?:i|em)>/gi, '*$1*')
			.replace(/<code>([\s\S]*?)<\/code>/gi, '`$1`')
			.replace(/<img[^>]*src="([^"]*)"[^>]*>/gi, '[image: $1]')
			.replace(/<[^>]+>/g, '')
			.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
				if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
				const hex = /^#x/i.test(e);
				const char = fromCodePoint(parseInt(e.slice(hex ? 2 : 1), hex ? 16 : 10));
				if (char === null) bad.push(m);
				return char ?? '\uFFFD';
			});
	}
	return s
		.replace(/\\\[([\s\S]*?)\\\]/g, (_, t: string) => `\n\n$$\n${t.trim()}\n$$\n\n`)
		.replace(/\\\(([\s\S]*?)\\\)/g, (_, t: string) => `$${t.trim()}$`)
		.replace(/\[\$\$\]([\s\S]*?)\[\/\$\$\]/g, (_, t: string) => `\n\n$$\n${t.trim()}\n$$\n\n`)
		.replace(/\[\$\]([\s\S]*?)\[\/\$\]/g, (_, t: string) => `$${t.trim()}$`)
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** One note's front as a short section title. */
function titleOf(front: string): string {
	const plain = front
		.replace(/\$+[^$]*\$+/g, '…')
		.replace(/[*`#>]+/g, '')
		.replace(/\n+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return plain.length > 60 ? plain.slice(0, 59) + '…' : plain || 'Note';
}

export function importAnkiText(
	input: Uint8Array | string,
	opts: { path?: string } = {}
): ImportedArticle {
	const text = decodeArticle(input).replace(/^\uFEFF/, '');
	const lines = text.split(/\r?\n/);
	const { header, body } = readHeader(lines);
	const rows = readRows(lines.slice(body).join('\n'), header.separator);
	const notes = rows.flatMap(({ fields, line }) => {
		const content = fields.filter((_, i) => !header.special.has(i));
		if (content.length < 2 || !content[0].trim()) return [];
		const tags =
			header.tags !== undefined ? (fields[header.tags] ?? '').split(/\s+/).filter(Boolean) : [];
		const bad: string[] = [];
		return [
			{
				front: fromAnkiField(content[0], header.html, bad),
				back: fromAnkiField(content[1], header.html, bad),
				bad,
				tags,
				deck: header.deckColumn !== undefined ? fields[header.deckColumn] : undefined,
				line: line + body
			}
		];
	});
	if (!notes.length)
		throw new ImportError(
			'empty',
			msg(
				'This Anki file has no notes with a front and a back (each row needs two fields separated by the #separator).'
			),
			{},
			body + 1
		);
	const fileName = opts.path
		?.split('/')
		.pop()
		?.replace(/\.[^.]+$/, '');
	const title = header.deck ?? notes[0].deck?.split('::').pop() ?? fileName ?? 'Anki deck';

	// The article: every note as a section, front then back.
	const parts = [`# ${title}`, '', `Imported from Anki: ${notes.length} notes.`, ''];
	const drafts: (CardDraft & { tags: string[] })[] = [];
	const warnings: ImportWarning[] = [];
	notes.forEach((n, k) => {
		const heading = `${k + 1}. ${titleOf(n.front)}`;
		const start = parts.length + 1;
		parts.push(`## ${heading}`, '', n.front, '', '---', '', n.back, '');
		// On the note's heading in the article, which is where the page can point.
		if (n.bad.length)
			warnings.push(
				warning(
					start,
					'entity',
					msg(
						'Note {{note}} (line {{line}} of the file): {{entities}} names no character; it shows as �.'
					),
					{ note: k + 1, line: n.line, entities: [...new Set(n.bad)].join(' ') }
				)
			);
		drafts.push({
			kind: 'faq',
			front: n.front,
			back: n.back,
			facet: { type: 'faq', question: n.front },
			context: { headingPath: [heading], line: start, endLine: parts.length - 1 },
			tags: ['anki', ...n.tags]
		});
	});
	const article = parseArticle(parts.join('\n'), { path: opts.path ?? `${title}.txt`, title });
	article.warnings = [...article.warnings, ...warnings].sort((a, b) => a.line - b.line);
	const cards = drafts.map((d): Card => ({
		...d,
		id: cardId(article.id, d),
		articleId: article.id
	}));
	return { article, cards: mergeDuplicates(cards) };
}
