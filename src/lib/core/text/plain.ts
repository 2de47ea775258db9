/**
 * A Markdown sentence as plain text, with the places a cloze must know:
 * which stretches were set in bold or italics (the author's key terms) and
 * which are math or code (never hidden). Inline TeX stays as `$…$`.
 */

export interface Range {
	start: number;
	end: number;
}

export interface PlainSentence {
	/** Plain text: emphasis and code marks gone, links reduced to their text, lines joined. */
	text: string;
	/** Bold or italic stretches (the words only). */
	marked: Range[];
	/** Inline math and code: a span may not overlap them. */
	locked: Range[];
}

const CJK = '\\p{Script=Han}，。、；：！？（）“”';
/** A line break between two CJK characters is no space; elsewhere it is one. */
const CJK_BREAK = new RegExp(`([${CJK}])[ \\t]*\\n\\s*(?=[${CJK}])`, 'gu');

/** d2l roles that only cite (dropped) and those that point elsewhere (the sentence leans on them). */
const CITE = /\s*:citep?:`?[^\s`，。；,;]+`?/g;
/** `:citet:` names the authors in the sentence ("We invoke :citet:`X` who…"): the sentence needs it. */
const POINTER = /:(?:numref|eqref|ref|label|citet):/;

/**
 * Plain text of a Markdown sentence, or null when it carries what a cloze
 * cannot show: a slide marker (`[**…**]`, `(~~…~~)`), HTML, an image, or a
 * reference to a numbered figure or equation it depends on.
 */
export function plainSentence(raw: string): PlainSentence | null {
	if (/~~|\[\*\*|\*\*\]|<\/?[a-z!]|!\[/i.test(raw) || POINTER.test(raw)) return null;
	const src = raw
		.replace(CITE, '')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(CJK_BREAK, '$1')
		.replace(/\s*\n\s*/g, ' ');
	let text = '';
	const marked: Range[] = [];
	const locked: Range[] = [];
	let i = 0;
	while (i < src.length) {
		const rest = src.slice(i);
		const math = rest.match(/^\$\$[^$]+\$\$|^\$[^$\n]+\$/);
		const code = rest.match(/^`([^`]+)`/);
		const strong = rest.match(/^\*\*([^*]+)\*\*|^__([^_]+)__/);
		// Italics: "*word*" or "_word_" not inside a word (snake_case stays).
		const em =
			/[\p{L}\p{N}]/u.test(src[i - 1] ?? '') && src[i] === '_'
				? null
				: rest.match(/^\*([^*\s](?:[^*]*[^*\s])?)\*|^_([^_\s](?:[^_]*[^_\s])?)_(?![\p{L}\p{N}])/u);
		if (math) {
			locked.push({ start: text.length, end: text.length + math[0].length });
			text += math[0];
			i += math[0].length;
		} else if (code) {
			locked.push({ start: text.length, end: text.length + code[1].length });
			text += code[1];
			i += code[0].length;
		} else if (strong || em) {
			const m = (strong ?? em)!;
			const inner = m[1] ?? m[2];
			marked.push({ start: text.length, end: text.length + inner.length });
			text += inner;
			i += m[0].length;
		} else {
			text += src[i];
			i++;
		}
	}
	const lead = text.length - text.trimStart().length;
	const shift = (r: Range) => ({ start: r.start - lead, end: r.end - lead });
	return { text: text.trim(), marked: marked.map(shift), locked: locked.map(shift) };
}

/** The ranges overlap. */
export const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
