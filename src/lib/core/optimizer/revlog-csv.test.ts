import { describe, expect, it } from 'vitest';
import { english } from '../say';
import { isRevlogCsv, parseIsoTime, parseRevlogCsv } from './revlog-csv';

const HEAD = 'card_id,review_rating,review_time,review_duration';
const csv = (...rows: string[]) => [HEAD, ...rows].join('\n');

describe('review-history CSV: times', () => {
	it.each([
		['a lone digit ("1" was read as 2001-01-01)', '1', 'is a number but not a time'],
		['two digits ("12" was read as 2001-12-01)', '12', 'is a number but not a time'],
		['a weekday and a day ("Tuesday 5")', 'Tuesday 5', 'is not a date and time'],
		['a day February does not have (2024-02-30)', '2024-02-30', 'is not a date and time'],
		['hour 24', '2024-03-29T24:00:00Z', 'is not a date and time'],
		['month 13', '2024-13-01', 'is not a date and time'],
		['a date without dashes', '20240329', 'is a number but not a time'],
		['1e20 milliseconds, written out', '100000000000000000000', 'is a number but not a time'],
		['1e20 milliseconds, as 1e20', '1e20', 'is a number but not a time'],
		['a negative time', '-1711744352250', 'is a number but not a time'],
		['a time after 2100 (ISO)', '2150-01-01T00:00:00Z', 'falls outside the years 1970 to 2100'],
		['a time after 2100 (epoch ms)', '4133980800000', 'falls outside the years 1970 to 2100'],
		['a time before 1970', '1969-12-31', 'falls outside the years 1970 to 2100']
	])('refuses %s, with its line', async (_what, time, reason) => {
		const text = csv('7,3,2024-03-29T20:32:32Z,100', `7,3,${time},100`);
		await expect(parseRevlogCsv(text)).rejects.toThrow(
			new RegExp(`^Line 3: review_time "${time.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" ${reason}`)
		);
	});

	it('reads 10-digit epoch seconds as seconds, and says so with the first line', async () => {
		const { reviews, warnings } = await parseRevlogCsv(
			csv('7,3,1711744352250,1', '7,3,1711744352,1', '8,2,1711744400.5,1')
		);
		expect(reviews.map((r) => r.at)).toEqual([1711744352250, 1711744352000, 1711744400500]);
		expect(warnings.map((w) => english(w.text, w.vars))).toEqual([
			'Line 3: review_time is in seconds since 1970 (10 digits), not milliseconds: read as seconds on 2 rows, the first on this line.'
		]);
	});

	it('gives no warning for a file in milliseconds and ISO times', async () => {
		const { warnings } = await parseRevlogCsv(csv('7,3,1711744352250,1', '7,3,2024-03-29,1'));
		expect(warnings).toEqual([]);
	});

	it('reads ISO 8601 strictly: offsets, fractions, a date alone at UTC midnight', () => {
		expect(parseIsoTime('2024-03-29T20:32:32.250000+00:00')).toBe(
			Date.UTC(2024, 2, 29, 20, 32, 32, 250)
		);
		expect(parseIsoTime('2024-03-29T22:32:32+02:00')).toBe(Date.UTC(2024, 2, 29, 20, 32, 32));
		expect(parseIsoTime('2024-03-29 15:32-0500')).toBe(Date.UTC(2024, 2, 29, 20, 32));
		expect(parseIsoTime('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
		expect(parseIsoTime('2024-03-29T20:32:32')).toBe(+new Date(2024, 2, 29, 20, 32, 32));
		for (const bad of ['2023-02-29', '2024-04-31', '2024-03-29T20:60', '2024-3-29', 'March 29'])
			expect(parseIsoTime(bad), bad).toBeNaN();
	});
});

describe('review-history CSV: fields (RFC 4180)', () => {
	it('reads a quoted field with a comma in it (the row was refused)', async () => {
		const { reviews } = await parseRevlogCsv(
			csv('"deck::a,b",3,2024-03-29T20:32:32Z,2500', '"say ""hi""",4,2024-03-30,')
		);
		expect(reviews).toEqual([
			{ cardId: 'deck::a,b', rating: 3, at: Date.UTC(2024, 2, 29, 20, 32, 32), duration: 2500 },
			{ cardId: 'say "hi"', rating: 4, at: Date.UTC(2024, 2, 30), duration: 0 }
		]);
	});

	it('reads quoted column names and CRLF, and counts lines across a quoted line break', async () => {
		const text =
			'"card_id","review_rating","review_time"\r\n"two\r\nlines",3,2024-03-29\r\n\r\n7,9,2024-03-30\r\n';
		expect(isRevlogCsv(text)).toBe(true);
		await expect(parseRevlogCsv(text)).rejects.toThrow(
			'Line 5: review_rating must be 1, 2, 3 or 4 (Again, Hard, Good, Easy), not "9".'
		);
	});

	it.each([
		[
			'an unquoted comma (too many fields)',
			'7,3,2024-03-29,10,extra',
			'Line 3: This row has 5 fields but the header has 4: a field with a comma in it needs quotes'
		],
		[
			'too few fields',
			'7,3',
			'Line 3: This row has 2 fields but the header has 4: some are missing.'
		],
		['an unclosed quote', '"7,3,2024-03-29,10', 'Line 3: A quoted field is not closed'],
		['an empty card id', ' ,3,2024-03-29,10', 'Line 3: the card_id is empty.'],
		['a rating of 0', '7,0,2024-03-29,10', 'Line 3: review_rating must be 1, 2, 3 or 4'],
		['a rating of 2.5', '7,2.5,2024-03-29,10', 'not "2.5"'],
		[
			'a negative duration',
			'7,3,2024-03-29,-5',
			'Line 3: review_duration "-5" is not a number of milliseconds.'
		],
		['a duration in words', '7,3,2024-03-29,fast', 'review_duration "fast" is not a number']
	])('refuses %s, with its line', async (_what, row, message) => {
		await expect(parseRevlogCsv(csv('7,3,2024-03-28,10', row))).rejects.toThrow(message);
	});

	it('refuses a file that is only a header, or empty', async () => {
		await expect(parseRevlogCsv(`${HEAD}\n\n`)).rejects.toThrow(
			'The file has a header but no reviews.'
		);
		await expect(parseRevlogCsv('')).rejects.toThrow('The file is empty.');
	});
});
