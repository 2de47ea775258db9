/**
 * A review history from elsewhere, as CSV with the header
 * `card_id,review_rating,review_time,review_duration` (the columns in any
 * order; extra columns ignored). Ratings are 1–4 (Again…Easy); times are
 * ISO 8601 or epoch milliseconds (10-digit epoch seconds are read as
 * seconds, with a warning); durations are milliseconds and optional.
 *
 * The file is read by papaparse (RFC 4180: quoted fields may hold commas,
 * quotes and line breaks), each row is checked against a declared valibot
 * schema, and a bad row stops the import with its line number: a history
 * with holes would fit a wrong schedule.
 */
import type { Grade } from 'ts-fsrs';
import {
	check,
	object,
	optional,
	pipe,
	rawTransform,
	regex,
	safeParse,
	string,
	transform,
	trim
} from 'valibot';
import { msg, UserError, type Said, type Vars } from '../say';
import type { HistoryReview } from './history';

export interface CsvReview extends HistoryReview {
	duration: number;
}

/** The reviews of a file, and what was read other than as written (with its line). */
export interface RevlogCsv {
	reviews: CsvReview[];
	warnings: Said[];
}

export class RevlogCsvError extends UserError {
	constructor(text: string, vars?: Vars, line?: number) {
		super(text, vars, line);
		this.name = 'RevlogCsvError';
	}
}

const REQUIRED = ['card_id', 'review_rating', 'review_time'] as const;

/** True when the text's first line is a review-history header. */
export function isRevlogCsv(text: string): boolean {
	const head = text
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/, 1)[0]
		.toLowerCase();
	return REQUIRED.every((c) =>
		head
			.split(',')
			.map((s) => s.trim().replace(/^"|"$/g, ''))
			.includes(c)
	);
}

/** Reviews outside these years are a wrong unit or a typo, not a review (1e20 ms was stored). */
const FIRST = Date.UTC(1970, 0, 1);
const LAST = Date.UTC(2101, 0, 1) - 1;

const ISO =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * An ISO 8601 date (UTC midnight) or date and time (local time without an
 * offset, as `Date.parse` reads it), every part in its range: 2024-02-30,
 * 25:00 or "Tuesday 5" are not times (`Date.parse` took "1" for 2001-01-01).
 */
export function parseIsoTime(raw: string): number {
	const m = ISO.exec(raw);
	if (!m) return NaN;
	const [, y, mo, d, h, mi, s, frac, zone] = m;
	const [year, month, day] = [Number(y), Number(mo), Number(d)];
	const [hour, minute, second] = [Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)];
	if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return NaN;
	if (hour > 23 || minute > 59 || second > 59) return NaN;
	// Python writes microseconds (…32.250000+00:00); a Date holds milliseconds.
	const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
	if (h === undefined) return Date.UTC(year, month - 1, day);
	if (zone === undefined) return +new Date(year, month - 1, day, hour, minute, second, ms);
	let offset = 0;
	if (zone.toUpperCase() !== 'Z') {
		const oh = Number(zone.slice(1, 3));
		const om = Number(zone.slice(3).replace(':', '') || 0);
		if (oh > 23 || om > 59) return NaN;
		offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
	}
	return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset;
}

/** A time as the file writes it: how it was read, or why it is not one. */
type Time = { at: number; seconds: boolean } | { refused: string };

function readTime(raw: string): Time {
	let at: number;
	let seconds = false;
	if (/^\d{13}$/.test(raw)) at = Number(raw);
	else if (/^\d{10}(?:\.\d+)?$/.test(raw)) {
		// Epoch seconds (Unix time): read as milliseconds they all fell in January 1970.
		at = Math.round(Number(raw) * 1000);
		seconds = true;
	} else if (/^-?\d+(?:\.\d*)?(?:e[+-]?\d+)?$/i.test(raw))
		return {
			refused: msg(
				'review_time "{{value}}" is a number but not a time: write epoch milliseconds (13 digits, like 1711744352250) or ISO 8601 (like 2024-03-29T20:32:32Z).'
			)
		};
	else at = parseIsoTime(raw);
	if (!Number.isFinite(at))
		return {
			refused: msg(
				'review_time "{{value}}" is not a date and time. Write ISO 8601 (like 2024-03-29T20:32:32Z) or epoch milliseconds.'
			)
		};
	if (at < FIRST || at > LAST)
		return { refused: msg('review_time "{{value}}" falls outside the years 1970 to 2100.') };
	return { at, seconds };
}

/** One row, by the header's names: each field checked and read into its type. */
function rowSchema() {
	return object({
		card_id: pipe(
			string(),
			trim(),
			check((s) => s.length > 0, msg('the card_id is empty.'))
		),
		review_rating: pipe(
			string(),
			trim(),
			regex(
				/^[1-4]$/,
				msg('review_rating must be 1, 2, 3 or 4 (Again, Hard, Good, Easy), not "{{value}}".')
			),
			transform((s) => Number(s) as Grade)
		),
		review_time: pipe(
			string(),
			trim(),
			rawTransform(({ dataset, addIssue, NEVER }) => {
				const time = readTime(dataset.value);
				if ('refused' in time) {
					addIssue({ message: time.refused });
					return NEVER;
				}
				return time as { at: number; seconds: boolean };
			})
		),
		review_duration: optional(
			pipe(
				string(),
				trim(),
				regex(
					/^(?:\d+(?:\.\d+)?)?$/,
					msg('review_duration "{{value}}" is not a number of milliseconds.')
				),
				transform((s) => Number(s || 0))
			),
			''
		)
	});
}

let built: ReturnType<typeof rowSchema> | undefined;
/** Built on first use, so a page that never reads a CSV does not build it. */
const schema = () => (built ??= rowSchema());

/** The column of a row schema's field, for the value a refusal quotes. */
const COLUMNS = ['card_id', 'review_rating', 'review_time', 'review_duration'];

/**
 * Reads a review-history CSV. Throws a RevlogCsvError with the line of the
 * first bad row (the header, a row with too few or too many fields, an
 * unclosed quote, a card id, rating, time or duration that is not one).
 */
export async function parseRevlogCsv(text: string): Promise<RevlogCsv> {
	const { default: Papa } = await import('papaparse');
	const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const lineAt = lineFinder(body);
	const reviews: CsvReview[] = [];
	const seconds: number[] = [];
	let header: string[] = [];
	let problem: RevlogCsvError | null = null;
	let start = 0;
	Papa.parse<string[]>(body, {
		step(result, parser) {
			const from = start;
			start = result.meta.cursor;
			const fields = result.data;
			const line = lineAt(from);
			const fail = (text: string, vars: Vars = {}) => {
				problem = new RevlogCsvError(text, vars, line);
				parser.abort();
			};
			const quotes = result.errors.find((e) => e.type === 'Quotes');
			if (quotes)
				return fail(
					msg(
						'A quoted field is not closed: a field that starts with " needs a " at its end (and "" for a quote inside).'
					)
				);
			if (!header.length) {
				header = fields.map((s) => s.trim().toLowerCase());
				const missing = REQUIRED.filter((c) => !header.includes(c));
				if (missing.length)
					fail(
						msg(
							'This is not a review history: the first line needs the columns card_id, review_rating and review_time (missing {{missing}}).'
						),
						{ missing: missing.join(', ') }
					);
				return;
			}
			if (fields.every((f) => !f.trim())) return;
			const counts = { found: fields.length, expected: header.length };
			if (fields.length > header.length)
				return fail(
					msg(
						'This row has {{found}} fields but the header has {{expected}}: a field with a comma in it needs quotes around it ("a,b").'
					),
					counts
				);
			if (fields.length < header.length)
				return fail(
					msg('This row has {{found}} fields but the header has {{expected}}: some are missing.'),
					counts
				);
			const row = Object.fromEntries(
				COLUMNS.filter((c) => header.includes(c)).map((c) => [c, fields[header.indexOf(c)]])
			);
			const parsed = safeParse(schema(), row, { abortEarly: true });
			if (!parsed.success) {
				const issue = parsed.issues[0];
				const column = String(issue.path?.[0]?.key ?? '');
				return fail(issue.message, { value: (row[column] ?? '').trim() });
			}
			const { card_id, review_rating, review_time, review_duration } = parsed.output;
			if (review_time.seconds) seconds.push(line);
			reviews.push({
				cardId: card_id,
				rating: review_rating,
				at: review_time.at,
				duration: review_duration
			});
		}
	});
	if (problem) throw problem;
	if (!header.length) throw new RevlogCsvError(msg('The file is empty.'));
	if (!reviews.length) throw new RevlogCsvError(msg('The file has a header but no reviews.'));
	const warnings: Said[] = seconds.length
		? [
				{
					text: msg('Line {{line}}: {{what}}'),
					vars: {
						line: seconds[0],
						what: {
							text: msg(
								'review_time is in seconds since 1970 (10 digits), not milliseconds: read as seconds on {{rows}} rows, the first on this line.'
							),
							vars: { rows: seconds.length }
						}
					}
				}
			]
		: [];
	return { reviews, warnings };
}

/** The 1-based line of a character offset, for offsets that only grow. */
function lineFinder(text: string): (offset: number) => number {
	let at = 0;
	let line = 1;
	return (offset) => {
		for (; at < offset; at++) if (text.charCodeAt(at) === 10) line++;
		return line;
	};
}
