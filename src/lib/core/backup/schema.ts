/**
 * What every row of a backup must look like, declared with valibot. A
 * restore writes the rows as they are, and the pages, the quiz and the
 * scheduler trust their types (a card front that is a number hung the quiz
 * on "Building the quiz…"; a schedule state 7 made FSRS throw, so review
 * showed nothing): a row that does not fit is refused, with its table, row
 * and field, before anything is written.
 *
 * Loaded only by `parseBackup` (a dynamic import), so the library's first
 * page does not carry valibot.
 */
import {
	array,
	boolean,
	check,
	date,
	integer,
	lazy,
	literal,
	looseObject,
	minValue,
	nonEmpty,
	nullable,
	number,
	optional,
	picklist,
	pipe,
	record,
	regex,
	safeParse,
	string,
	unknown,
	variant,
	type GenericIssue,
	type GenericSchema
} from 'valibot';
import { CARD_KINDS, FORMULA_ASKS, type FacetType } from '../cards/types';
import { msg, type Said } from '../say';
import { BACKUP_TABLES, BackupError, type TableName } from './index';

/** Dates the library can hold: 1970 up to 2100 (a review or an import outside is a damaged file). */
export const FIRST_DATE = Date.UTC(1970, 0, 1);
export const LAST_DATE = Date.UTC(2101, 0, 1) - 1;
/**
 * A due date may lie further ahead: the longest interval is 36,500 days
 * (`maximumIntervalDays`), so a card reviewed in 2100 can be due in 2200.
 */
const LAST_DUE = Date.UTC(2201, 0, 1) - 1;

const IN_RANGE = msg('a date between 1970 and 2100');
const DUE_IN_RANGE = msg('a date between 1970 and 2200');
const NOT_EMPTY = msg('a text that is not empty');

const when = pipe(
	date(),
	check((d) => +d >= FIRST_DATE && +d <= LAST_DATE, IN_RANGE)
);
const due = pipe(
	date(),
	check((d) => +d >= FIRST_DATE && +d <= LAST_DUE, DUE_IN_RANGE)
);
const id = pipe(string(), nonEmpty(NOT_EMPTY));
const text = string();
const texts = array(string());
const count = pipe(number(), integer(), minValue(0));
const amount = pipe(number(), minValue(0));

const context = looseObject({ headingPath: texts, line: count, endLine: count });

/** Every facet type with the fields its readers use (see `Facet`); a type added there fails to compile here until it is declared. */
const FACETS = {
	definition: looseObject({
		type: literal('definition'),
		term: text,
		gloss: optional(text),
		definition: text,
		sentence: optional(text)
	}),
	formula: looseObject({
		type: literal('formula'),
		tex: text,
		ask: picklist(FORMULA_ASKS),
		name: optional(text),
		description: optional(text),
		result: optional(text)
	}),
	symbol: looseObject({
		type: literal('symbol'),
		symbol: text,
		meaning: text,
		tex: text,
		name: optional(text)
	}),
	cloze: looseObject({ type: literal('cloze'), sentence: text, span: text, at: count }),
	faq: looseObject({ type: literal('faq'), question: text }),
	point: looseObject({ type: literal('point'), topic: text, point: text }),
	flow: looseObject({
		type: literal('flow'),
		step: text,
		neighbours: texts,
		direction: picklist(['after', 'before'])
	}),
	list: looseObject({ type: literal('list'), topic: text, items: texts, ordered: boolean() }),
	exercise: looseObject({ type: literal('exercise'), template: text })
} satisfies { [K in FacetType]: GenericSchema };

export const FACET_TYPES = Object.keys(FACETS) as FacetType[];

const facet = variant('type', Object.values(FACETS));

interface Section {
	heading: string;
	children: Section[];
}
const section: GenericSchema<Section> = looseObject({
	heading: text,
	title: text,
	level: count,
	path: texts,
	lines: looseObject({ start: count, end: count }),
	endLine: count,
	blocks: array(looseObject({ kind: text })),
	children: array(lazy(() => section))
});

const STATES = [0, 1, 2, 3] as const;
const RATINGS = [1, 2, 3, 4] as const;

/** The FSRS fields of a schedule (ts-fsrs `Card`): a wrong one makes the scheduler throw. */
const fsrs = {
	due,
	stability: amount,
	difficulty: amount,
	elapsed_days: number(),
	scheduled_days: amount,
	learning_steps: count,
	reps: count,
	lapses: count,
	state: picklist(STATES),
	last_review: optional(when)
};

/** ts-fsrs steps: a number and a unit ('1m', '10m', '1h', '2d'). */
const steps = array(
	pipe(string(), regex(/^\d+(?:\.\d+)?[smhd]$/, msg('a step like 1m, 10m or 1d')))
);

/**
 * The settings the app reads, by key; a key it does not know is kept as it
 * is. Only what would break the scheduler is refused: a number field left
 * empty in Settings is stored as null, and is the learner's own setting.
 */
const setting = optional(nullable(number()));
const SETTINGS: Record<string, GenericSchema> = {
	schedule: looseObject({
		// ts-fsrs takes a retention in (0, 1].
		desiredRetention: optional(
			pipe(
				number(),
				check((r) => r > 0 && r <= 1, msg('a number above 0 and at most 1'))
			)
		),
		newPerDay: setting,
		reviewsPerDay: setting,
		learningSteps: optional(steps),
		relearningSteps: optional(steps),
		maximumIntervalDays: setting,
		dayStartsAtHour: setting,
		quizFeedsReview: optional(boolean()),
		burySiblings: optional(boolean()),
		// ts-fsrs takes 17, 19 or 21 parameters (FSRS 4, 5 and 6).
		weights: optional(
			pipe(
				array(number()),
				check((w) => [17, 19, 21].includes(w.length), msg('a list of 17, 19 or 21 numbers'))
			)
		)
	}),
	theme: picklist(['system', 'light', 'dark']),
	samplesImported: boolean(),
	lastFit: nullable(
		looseObject({
			at: when,
			applied: boolean(),
			current: looseObject({ logLoss: number(), rmse: number(), count }),
			fitted: looseObject({ logLoss: number(), rmse: number(), count })
		})
	)
};

/** One schema per table: the fields the app reads, typed; other fields are kept as they are. */
export const ROW_SCHEMAS: Record<TableName, GenericSchema> = {
	articles: looseObject({
		id,
		title: text,
		lang: picklist(['zh', 'en']),
		warnings: array(looseObject({ line: count, code: text, message: text })),
		importedAt: when,
		counts: record(string(), count)
	}),
	articleTexts: looseObject({ id, source: text, outline: section }),
	articleKeys: looseObject({ id, keys: texts }),
	cards: looseObject({
		id,
		articleId: id,
		kind: picklist(CARD_KINDS),
		front: text,
		back: text,
		context,
		tags: texts,
		facet: optional(facet),
		sibling: optional(text),
		alsoIn: optional(array(looseObject({ articleId: id, context }))),
		tex: optional(text),
		steps: optional(texts),
		exercise: optional(looseObject({ template: text, articleNote: optional(text) })),
		key: text,
		suspended: boolean(),
		retired: picklist([0, 1]),
		edited: boolean(),
		createdAt: when
	}),
	schedules: looseObject({
		cardId: id,
		bucket: picklist(['new', 'learn', 'review', 'off']),
		...fsrs
	}),
	fresh: looseObject({
		id,
		at: when,
		cardIds: texts,
		siblings: optional(record(string(), text))
	}),
	reviewLog: looseObject({
		id: pipe(count, minValue(1)),
		cardId: id,
		rating: picklist(RATINGS),
		state: picklist(STATES),
		due,
		stability: amount,
		difficulty: amount,
		elapsed_days: number(),
		last_elapsed_days: number(),
		scheduled_days: amount,
		learning_steps: count,
		review: when,
		duration: amount,
		source: picklist(['review', 'quiz'])
	}),
	quizResults: looseObject({
		id: pipe(count, minValue(1)),
		topic: text,
		scope: looseObject({
			articleId: optional(text),
			section: optional(texts),
			kind: optional(picklist(CARD_KINDS))
		}),
		seed: text,
		types: texts,
		finishedAt: when,
		score: amount,
		total: count,
		answers: array(
			looseObject({
				type: text,
				prompt: text,
				cardIds: texts,
				given: text,
				expected: text,
				correct: boolean()
			})
		)
	}),
	exerciseAttempts: looseObject({
		id: pipe(count, minValue(1)),
		template: text,
		seed: text,
		cardId: optional(text),
		at: when,
		// JSON writes NaN as null.
		given: array(nullable(number())),
		expected: array(nullable(number())),
		correct: boolean(),
		backend: text,
		ms: amount
	}),
	history: looseObject({
		cardId: id,
		at: pipe(
			number(),
			check((t) => t >= FIRST_DATE && t <= LAST_DATE, IN_RANGE)
		),
		rating: picklist(RATINGS),
		duration: amount,
		source: text
	}),
	settings: looseObject({ key: id, value: unknown() })
};

/** "concept, formula, faq" from valibot's `("concept" | "formula" | "faq")`. */
const listed = (expected: string | null) =>
	(expected ?? '')
		.replace(/^\(|\)$/g, '')
		.replace(/"/g, '')
		.split(' | ')
		.join(', ');

/** What a field should be, in words, from the issue valibot found. */
function expectedOf(issue: GenericIssue): Said {
	switch (issue.type) {
		case 'string':
			return { text: msg('a text') };
		case 'number':
			return { text: msg('a number') };
		case 'boolean':
			return { text: msg('true or false') };
		case 'array':
			return { text: msg('a list') };
		case 'date':
			return { text: msg('a date') };
		case 'integer':
			return { text: msg('a whole number') };
		case 'min_value':
			return { text: msg('at least {{min}}'), vars: { min: String(issue.requirement) } };
		case 'max_value':
			return { text: msg('at most {{max}}'), vars: { max: String(issue.requirement) } };
		case 'picklist':
		case 'literal':
		case 'variant':
			if (issue.expected === 'Object') return { text: msg('an object') };
			return { text: msg('one of {{values}}'), vars: { values: listed(issue.expected) } };
		case 'check':
		case 'regex':
		case 'non_empty':
			return { text: issue.message };
		default:
			return { text: msg('an object') };
	}
}

/** What a field holds, in words: the value itself when it is short. */
function foundOf(value: unknown): Said {
	const short = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
	if (value === null) return { text: msg('empty (null)') };
	if (typeof value === 'string')
		return { text: msg('the text “{{value}}”'), vars: { value: short(value) } };
	if (typeof value === 'number') return { text: msg('the number {{value}}'), vars: { value } };
	if (typeof value === 'boolean')
		return { text: msg('the value {{value}}'), vars: { value: String(value) } };
	if (Array.isArray(value)) return { text: msg('a list') };
	if (value instanceof Date) return { text: msg('a date') };
	return { text: msg('an object') };
}

/** `context.line`, `tags[2]`: where in the row the issue is. */
function fieldOf(issue: GenericIssue): string {
	return (issue.path ?? []).reduce<string>(
		(at, p) =>
			typeof p.key === 'number' ? `${at}[${p.key}]` : at ? `${at}.${String(p.key)}` : String(p.key),
		''
	);
}

/** The refusal for the first issue in a row: missing, an invalid date, or the wrong type or value. */
function refusal(issue: GenericIssue, name: string, row: number, prefix = ''): BackupError {
	const field = prefix + fieldOf(issue);
	if (issue.input === undefined)
		return new BackupError(
			msg('Row {{row}} of “{{name}}” has no “{{field}}”: the file is damaged.'),
			{
				row,
				name,
				field
			}
		);
	if (issue.type === 'date' && issue.input instanceof Date)
		return new BackupError(msg('Row {{row}} of “{{name}}” has an invalid date in “{{field}}”.'), {
			row,
			name,
			field
		});
	return new BackupError(
		msg(
			'Row {{row}} of “{{name}}”: “{{field}}” is {{found}}, but it should be {{expected}}. The file was changed or damaged.'
		),
		{ row, name, field, found: foundOf(issue.input), expected: expectedOf(issue) }
	);
}

/** The key a table's rows are stored under, as one comparable string. */
const keyOf = (row: Record<string, unknown>, fields: readonly string[]) =>
	fields.map((f) => String(row[f])).join(' + ');

/**
 * Checks every row of one table against its schema, and that no two rows
 * share a key (IndexedDB would refuse the second one half-way through the
 * restore, with its own wording). Throws the first problem as a BackupError.
 */
export function checkTable(name: TableName, rows: unknown[]): void {
	const schema = ROW_SCHEMAS[name];
	const fields = BACKUP_TABLES[name].key;
	const seen = new Map<string, number>();
	rows.forEach((raw, i) => {
		const row = i + 1;
		const result = safeParse(schema, raw, { abortEarly: true });
		if (!result.success) throw refusal(result.issues[0], name, row);
		const r = raw as Record<string, unknown>;
		if (name === 'settings' && typeof r.key === 'string' && Object.hasOwn(SETTINGS, r.key)) {
			const value = safeParse(SETTINGS[r.key], r.value, { abortEarly: true });
			if (!value.success) {
				const issue = value.issues[0];
				const at = fieldOf(issue);
				throw refusal(issue, name, row, at ? 'value.' : 'value');
			}
		}
		const key = keyOf(r, fields);
		const first = seen.get(key);
		if (first !== undefined)
			throw new BackupError(
				msg(
					'Rows {{first}} and {{row}} of “{{name}}” have the same {{field}} “{{value}}”: a library holds each only once, so the file was changed or damaged.'
				),
				{ first, row, name, field: fields.join(' + '), value: key }
			);
		seen.set(key, row);
	});
}

/** Checks a table's row count as the backup states it: a whole number, equal to its rows. */
export function checkCount(name: TableName, said: unknown, rows: number): void {
	if (said === undefined)
		throw new BackupError(
			msg(
				'The backup does not say how many rows the “{{name}}” table has: the file was changed or damaged.'
			),
			{ name }
		);
	if (!safeParse(count, said).success)
		throw new BackupError(
			msg(
				'The backup gives the row count of the “{{name}}” table as {{found}}, not as a number: the file was changed or damaged.'
			),
			{ name, found: foundOf(said) }
		);
	if (said !== rows)
		throw new BackupError(
			msg(
				'The “{{name}}” table has {{rows}} rows but the backup says {{said}}: the file was changed or damaged.'
			),
			{ name, rows, said: said as number }
		);
}
