/**
 * A review history from elsewhere, as CSV with the header
 * `card_id,review_rating,review_time,review_duration` (the columns in any
 * order; extra columns ignored). Ratings are 1–4 (Again…Easy); times are
 * ISO 8601 or epoch milliseconds; durations are milliseconds and optional.
 * A bad row stops the import with its line number: a history with holes
 * would fit a wrong schedule.
 */
import type { Grade } from 'ts-fsrs';
import { msg, UserError, type Vars } from '../say';
import type { HistoryReview } from './history';

export interface CsvReview extends HistoryReview {
	duration: number;
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
			.map((s) => s.trim())
			.includes(c)
	);
}

function parseTime(raw: string): number {
	if (/^\d{10,}$/.test(raw)) return Number(raw);
	// Python writes microseconds (…32.250000+00:00); Date takes milliseconds.
	const t = Date.parse(raw.replace(/(\.\d{3})\d+/, '$1'));
	return t;
}

export function parseRevlogCsv(text: string): CsvReview[] {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const header = lines[0].split(',').map((s) => s.trim().toLowerCase());
	const missing = REQUIRED.filter((c) => !header.includes(c));
	if (missing.length) {
		throw new RevlogCsvError(
			msg(
				'This is not a review history: the first line needs the columns card_id, review_rating and review_time (missing {{missing}}).'
			),
			{ missing: missing.join(', ') },
			1
		);
	}
	const col = Object.fromEntries(header.map((h, i) => [h, i]));
	const reviews: CsvReview[] = [];
	for (let i = 1; i < lines.length; i++) {
		const line = i + 1;
		if (!lines[i].trim()) continue;
		const f = lines[i].split(',').map((s) => s.trim());
		const cardId = f[col.card_id];
		if (!cardId) throw new RevlogCsvError(msg('the card_id is empty.'), {}, line);
		const rating = Number(f[col.review_rating]);
		if (!Number.isInteger(rating) || rating < 1 || rating > 4) {
			throw new RevlogCsvError(
				msg('review_rating must be 1, 2, 3 or 4 (Again, Hard, Good, Easy), not "{{value}}".'),
				{ value: f[col.review_rating] ?? '' },
				line
			);
		}
		const at = parseTime(f[col.review_time] ?? '');
		if (!Number.isFinite(at)) {
			throw new RevlogCsvError(
				msg('review_time "{{value}}" is not a date and time.'),
				{ value: f[col.review_time] ?? '' },
				line
			);
		}
		const duration = col.review_duration === undefined ? 0 : Number(f[col.review_duration] || 0);
		if (!Number.isFinite(duration) || duration < 0) {
			throw new RevlogCsvError(
				msg('review_duration "{{value}}" is not a number of milliseconds.'),
				{ value: f[col.review_duration] },
				line
			);
		}
		reviews.push({ cardId, rating: rating as Grade, at, duration });
	}
	if (!reviews.length) throw new RevlogCsvError(msg('The file has a header but no reviews.'));
	return reviews;
}
