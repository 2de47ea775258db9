/**
 * The one-file backup: every table of the library as JSON, with a format
 * marker, the schema it came from, row counts and a checksum. Reading a
 * backup validates all of it before anything is written, so a damaged or
 * foreign file is refused with a reason and the library stays as it is.
 */
import { msg, UserError } from '../say';
import { hash } from '../text/hash';

export const BACKUP_FORMAT = 'mnemo-backup';
export const BACKUP_VERSION = 1;

/**
 * Each table, with the field(s) its rows are stored under (unique in the
 * table). `since`: the schema that added it; a backup from before has none,
 * which reads as empty. What each row must hold is declared in `schema.ts`.
 */
export const BACKUP_TABLES: Record<TableName, { key: readonly string[]; since?: number }> = {
	articles: { key: ['id'] },
	articleTexts: { key: ['id'] },
	articleKeys: { key: ['id'] },
	cards: { key: ['id'] },
	schedules: { key: ['cardId'] },
	fresh: { key: ['id'] },
	reviewLog: { key: ['id'] },
	quizResults: { key: ['id'] },
	exerciseAttempts: { key: ['id'] },
	history: { key: ['cardId', 'at'], since: 6 },
	settings: { key: ['key'] }
};

export type TableName =
	| 'articles'
	| 'articleTexts'
	| 'articleKeys'
	| 'cards'
	| 'schedules'
	| 'fresh'
	| 'reviewLog'
	| 'quizResults'
	| 'exerciseAttempts'
	| 'history'
	| 'settings';
export const TABLE_NAMES = Object.keys(BACKUP_TABLES) as TableName[];
export type Rows = Record<TableName, Record<string, unknown>[]>;

export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: number;
	/** The database schema version the rows follow. */
	schema: number;
	exportedAt: Date;
	counts: Record<TableName, number>;
	/** Hash of the serialised tables: a changed or cut file does not match. */
	checksum: string;
	tables: Rows;
}

export class BackupError extends UserError {
	override name = 'BackupError';
}

/** Dates survive the round trip as {"$date": ISO}; JSON alone would turn them into strings. */
function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
	const raw = this[key];
	return raw instanceof Date ? { $date: raw.toISOString() } : value;
}

function reviver(_key: string, value: unknown): unknown {
	if (value && typeof value === 'object' && !Array.isArray(value)) {
		const o = value as Record<string, unknown>;
		if (typeof o.$date === 'string' && Object.keys(o).length === 1) return new Date(o.$date);
	}
	return value;
}

export function serialiseBackup(tables: Rows, schema: number, now = new Date()): string {
	const body = JSON.stringify(tables, replacer);
	const counts = Object.fromEntries(Object.entries(tables).map(([t, r]) => [t, r.length]));
	const head = JSON.stringify(
		{
			format: BACKUP_FORMAT,
			version: BACKUP_VERSION,
			schema,
			exportedAt: now,
			counts,
			checksum: hash(body)
		},
		replacer
	);
	// The tables go last, so the header is readable at the top of the file.
	return `${head.slice(0, -1)},"tables":${body}}`;
}

/**
 * Reads and fully checks a backup, before anything is written. Every
 * refusal names what is wrong: not JSON (or cut short), not a Mnemo backup,
 * a newer format, a missing table, a row count that is not the rows'; a row
 * that does not fit its table's schema (the table, the row and the field),
 * two rows with the same id; a checksum that does not match.
 */
export async function parseBackup(text: string, schema: number): Promise<Backup> {
	let data: unknown;
	try {
		data = JSON.parse(text, reviver);
	} catch (e) {
		const reason = (e as Error).message;
		const at = Number(reason.match(/position (\d+)/)?.[1] ?? -1);
		const cut = /end of JSON|Unexpected end/i.test(reason) || at >= text.trimEnd().length - 1;
		const ours = text.startsWith(`{"format":"${BACKUP_FORMAT}"`);
		throw new BackupError(
			ours && cut
				? msg(
						'This backup is cut short (the file ends in the middle): it may not have finished downloading or copying.'
					)
				: ours
					? msg('This backup is damaged: it is not valid JSON ({{reason}}).')
					: msg('This file is not a Mnemo backup: it is not valid JSON ({{reason}}).'),
			{ reason }
		);
	}
	const b = data as Partial<Backup>;
	if (!b || typeof b !== 'object' || b.format !== BACKUP_FORMAT)
		throw new BackupError(
			msg('This file is not a Mnemo backup (it has no "mnemo-backup" marker).')
		);
	if (typeof b.version !== 'number' || b.version > BACKUP_VERSION)
		throw new BackupError(
			msg(
				'This backup was made by a newer Mnemo (backup format {{version}}); this version reads format {{known}}. Update Mnemo, then restore it.'
			),
			{ version: String(b.version), known: BACKUP_VERSION }
		);
	if (typeof b.schema !== 'number' || b.schema > schema)
		throw new BackupError(
			msg(
				'This backup holds a newer library layout (schema {{schema}}; this Mnemo knows {{known}}). Update Mnemo, then restore it.'
			),
			{ schema: String(b.schema), known: schema }
		);
	if (!b.tables || typeof b.tables !== 'object')
		throw new BackupError(msg('This backup has no tables.'));
	// valibot comes with the first restore, not with the first page.
	const { checkCount, checkTable } = await import('./schema');
	// Summed as written, before tables an older backup lacks are filled in.
	let sum = '';
	try {
		sum = hash(JSON.stringify(b.tables, replacer));
	} catch {
		// An invalid date cannot be written back; the row checks below name it.
	}
	const counts = (b.counts && typeof b.counts === 'object' ? b.counts : {}) as Record<
		string,
		unknown
	>;
	for (const name of TABLE_NAMES) {
		const since = BACKUP_TABLES[name].since ?? 0;
		if (b.schema < since && !(name in b.tables)) {
			(b.tables as Partial<Rows>)[name] = [];
			counts[name] = 0;
			continue;
		}
		const rows = (b.tables as Partial<Rows>)[name];
		if (!Array.isArray(rows))
			throw new BackupError(msg('This backup is missing the “{{name}}” table.'), { name });
		checkCount(name, counts[name], rows.length);
		checkTable(name, rows);
	}
	b.counts = counts as Record<TableName, number>;
	if (sum !== b.checksum)
		throw new BackupError(
			msg('This backup does not match its checksum: the file was changed or damaged.')
		);
	return b as Backup;
}
