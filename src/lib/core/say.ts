/**
 * Texts the core writes for people (exercise tasks, import problems,
 * refusals of a file) are English templates with {{placeholders}} and their
 * values. The UI shows them through its language table (`src/lib/i18n`),
 * the CLI and tests read them in English; the core never needs to know
 * which language is on screen.
 */
export type Vars = Record<string, string | number | Said>;

/** Turns a template and its values into text; the UI passes its `t`, the default is `english`. */
export type Translate = (text: string, vars?: Vars) => string;

/** The English text: the template with its values filled in. */
export const english: Translate = (text, vars) =>
	text.replace(/\{\{(\w+)\}\}/g, (all, name: string) => {
		const v = vars?.[name];
		return v === undefined ? all : typeof v === 'object' ? english(v.text, v.vars) : String(v);
	});

/** Marks a text kept in a table as one people read, so the language tables' check finds it. */
export const msg = (text: string): string => text;

/**
 * A text with its values, kept to be shown later in whatever language is
 * chosen then. A value may itself be a `Said` (a reason inside a refusal).
 */
export interface Said {
	text: string;
	vars?: Vars;
}

/**
 * An error people read. `message` is the English text (with "Line n: " in
 * front when the problem has a place in the file); `text`, `vars` and
 * `line` let the UI say it in the learner's language.
 */
export class UserError extends Error implements Said {
	readonly text: string;
	readonly vars?: Vars;
	readonly line?: number;

	constructor(text: string, vars?: Vars, line?: number) {
		super(withLine(english(text, vars), line));
		this.name = 'UserError';
		this.text = text;
		this.vars = vars;
		this.line = line;
	}
}

/** "Line 3: …" in English; the UI words it through `t` (see `saidOf`). */
function withLine(text: string, line?: number): string {
	return line ? english(LINE, { line, what: text }) : text;
}

const LINE = msg('Line {{line}}: {{what}}');

export const isSaid = (v: unknown): v is Said =>
	!!v && typeof v === 'object' && typeof (v as Said).text === 'string';

/** What anything thrown says: a `UserError` with its values (and line), anything else by its message. */
export function saidOf(e: unknown): Said {
	if (e instanceof UserError) {
		const said = { text: e.text, vars: e.vars };
		return e.line ? { text: LINE, vars: { line: e.line, what: said } } : said;
	}
	return { text: '{{reason}}', vars: { reason: (e as Error)?.message ?? String(e) } };
}
