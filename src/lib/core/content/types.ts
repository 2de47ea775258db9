/** What the content pipeline makes of one Markdown article. */
import { english, type Said, type Vars } from '../say';

export type WarningCode =
	| 'chat-token'
	| 'katex'
	| 'unclosed-math'
	| 'empty-section'
	| 'mermaid'
	/** A character reference in an Anki note that names no character (read as U+FFFD). */
	| 'entity';

/**
 * A note about the input, kept with the article. `text` and `vars` say it
 * in the UI's language; `message` is the English (all that articles stored
 * before `text` existed have).
 */
export interface ImportWarning extends Partial<Said> {
	/** 1-based line in the original file. */
	line: number;
	code: WarningCode;
	message: string;
}

export function warning(line: number, code: WarningCode, text: string, vars?: Vars): ImportWarning {
	return { line, code, text, ...(vars ? { vars } : {}), message: english(text, vars) };
}

/**
 * A problem with the input (a formula that does not typeset, stripped
 * template tokens), as opposed to a note that a section made no cards.
 */
export const isProblem = (w: ImportWarning) => w.code !== 'empty-section';

/** 1-based, inclusive source line range. */
export interface Lines {
	start: number;
	end: number;
}

export type Block =
	| { kind: 'paragraph'; text: string; lines: Lines }
	| { kind: 'math'; tex: string; lines: Lines; label?: string }
	| { kind: 'code'; lang: string; text: string; lines: Lines }
	| { kind: 'mermaid'; text: string; lines: Lines }
	| { kind: 'list'; ordered: boolean; items: ListItem[]; lines: Lines }
	| { kind: 'quote'; blocks: Block[]; lines: Lines }
	| { kind: 'table'; rows: string[][]; lines: Lines }
	| { kind: 'html'; text: string; lines: Lines }
	| { kind: 'heading'; level: number; text: string; lines: Lines };

export interface ListItem {
	blocks: Block[];
	lines: Lines;
}

export interface Section {
	/** Heading text as written, inline Markdown kept. */
	heading: string;
	/** Heading text without numbering ("1.2.1 ", "第1章：") for prompts. */
	title: string;
	/** 0 for the text before the first heading. */
	level: number;
	/** Titles from the top down to this section. */
	path: string[];
	/** The section's own lines, heading included, subsections excluded. */
	lines: Lines;
	/** Last line of the section and all its subsections. */
	endLine: number;
	blocks: Block[];
	children: Section[];
}

export interface Article {
	id: string;
	title: string;
	lang: 'zh' | 'en';
	/** The Markdown exactly as imported. */
	source: string;
	/** Root section (level 0); its children are the top headings. */
	outline: Section;
	warnings: ImportWarning[];
}
