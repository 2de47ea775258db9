/**
 * `npm run quality`: the objective defects of the cards Mnemo makes of the
 * seeds and ../shared/corpus, per file and in total, each figure beside its
 * budget (issue 14). A report, not a gate: it always exits 0.
 *
 *   npm run quality                      the table and the totals
 *   npm run quality -- --json            the figures as JSON
 *   npm run quality -- --show NAME…      also each defect of the files whose name contains NAME
 *   npm run quality -- NAME…             only the files whose name contains NAME
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
	assess,
	measures,
	sumFigures,
	type Defect,
	type DefectCode,
	type Measure,
	type QualityFigures
} from '../src/lib/core/cards/quality';
import { CARD_KINDS } from '../src/lib/core/cards/types';
import { importArticle } from '../src/lib/core/index';
import { CORPUS, SAMPLES, SHARED } from '../src/lib/testing/fixtures';

interface Input {
	name: string;
	data: Uint8Array;
}

/** The seeds (../shared/seeds/*.txt, else the shipped copies) and every corpus article. */
function inputs(): Input[] {
	const seeds = join(SHARED, 'seeds');
	const [dir, ext] = existsSync(seeds) ? [seeds, '.txt'] : [SAMPLES, '.md'];
	const out: Input[] = readdirSync(dir)
		.filter((f) => f.endsWith(ext))
		.sort()
		.map((f) => ({ name: `seeds/${f}`, data: readFileSync(join(dir, f)) }));
	if (existsSync(CORPUS))
		for (const d of readdirSync(CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory()))
			for (const f of readdirSync(join(CORPUS, d.name))
				.filter((n) => n.endsWith('.md'))
				.sort())
				out.push({ name: `${d.name}/${f}`, data: readFileSync(join(CORPUS, d.name, f)) });
	return out;
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const show = args.includes('--show');
const filters = args.filter((a) => !a.startsWith('--'));
const picked = (name: string) => !filters.length || filters.some((f) => name.includes(f));

/** "d2l-en/chapter_optimization_gd.md" → "d2l-en/optimization_gd", at most 34 characters. */
function short(name: string): string {
	const s = name.replace(/\.(md|txt)$/, '').replace(/\/(?:chapter|docs)_/, '/');
	return s.length > 34 ? s.slice(0, 33) + '…' : s;
}

const KIND_HEAD: Record<string, string> = {
	concept: 'con',
	formula: 'for',
	faq: 'faq',
	cloze: 'clz',
	diagram: 'dia',
	list: 'lst',
	exercise: 'exe'
};

/** Table columns after the card counts: one per measure. */
const COLUMNS: { key: string; head: string }[] = [
	{ key: 'debris', head: 'debris' },
	{ key: 'headingOnly', head: 'head' },
	{ key: 'leadIn', head: 'lead' },
	{ key: 'over600', head: '>600' },
	{ key: 'over1500', head: '>1500' },
	{ key: 'shared', head: 'shared' },
	{ key: 'badClozes', head: 'cloze' },
	{ key: 'namedAfterHeading', head: 'fname' },
	{ key: 'emptySections', head: 'empty' }
];

/** Room for the figure and its "!": percentages need 7 ("100.0%!"), counts 5. */
const width = (c: { key: string; head: string }) =>
	Math.max(c.head.length + 1, c.key === 'shared' || c.key === 'emptySections' ? 7 : 5);
const fmt = (m: Measure) => (m.unit === '%' ? `${m.value.toFixed(1)}%` : String(m.value));
const budget = (m: Measure) =>
	m.limit === undefined ? '–' : m.unit === '%' ? `≤${m.limit}%` : `${m.limit}`;

function printTable() {
	const nameWidth = Math.max(5, ...files.map((f) => short(f.name).length));
	const head = [
		'file'.padEnd(nameWidth),
		'cards'.padStart(5),
		...CARD_KINDS.map((k) => KIND_HEAD[k].padStart(4)),
		...COLUMNS.map((c) => (c.head + ' ').padStart(width(c))),
		'  budgets'
	].join(' ');
	const budgets = measures(total);
	const byKey = (ms: Measure[], key: string) => ms.find((m) => m.key === key)!;
	const budgetRow = [
		'budget'.padEnd(nameWidth),
		''.padStart(5),
		...CARD_KINDS.map(() => ''.padStart(4)),
		...COLUMNS.map((c) => (budget(byKey(budgets, c.key)) + ' ').padStart(width(c)))
	].join(' ');
	const row = (name: string, f: QualityFigures) => {
		const ms = measures(f);
		const failed = ms.filter((m) => !m.ok).length;
		return [
			name.padEnd(nameWidth),
			String(f.cards).padStart(5),
			...CARD_KINDS.map((k) => String(f.kinds[k]).padStart(4)),
			// An over-budget cell carries a "!".
			...COLUMNS.map((c) => {
				const m = byKey(ms, c.key);
				return (fmt(m) + (m.ok ? ' ' : '!')).padStart(width(c));
			}),
			failed ? `  FAIL ${failed}` : '  ok'
		].join(' ');
	};
	console.log(
		'Card quality (issue 14): cards per kind, then defects; a "!" marks a figure over budget.\n'
	);
	console.log(head);
	console.log(budgetRow);
	console.log('-'.repeat(head.length));
	for (const f of files) console.log(row(short(f.name), f.figures));
	console.log('-'.repeat(head.length));
	console.log(row('total', total));
	console.log(
		'\nhead: heading-only answers; lead: lead-in-only; shared: % of cards sharing an answer with a\n' +
			'non-reverse card; cloze: glossed / function-word / clause / math-code spans; fname: formula\n' +
			'cards named after their heading; empty: % of prose sections without cards.'
	);
}

const tally = (o: Partial<Record<string, number>>) =>
	Object.entries(o)
		.sort(([, x], [, y]) => (y ?? 0) - (x ?? 0))
		.map(([k, v]) => `${k} ${v}`)
		.join(', ');

/** What each total is made of: kinds of debris, cloze faults, card kinds. */
function breakdown(key: string): string {
	const byCard = (...codes: DefectCode[]) => {
		const sum: Partial<Record<string, number>> = {};
		for (const c of codes)
			for (const [k, v] of Object.entries(total.byKind[c] ?? {})) sum[k] = (sum[k] ?? 0) + (v ?? 0);
		return tally(sum);
	};
	const parts: Record<string, string[]> = {
		debris: [tally(total.debrisKinds), byCard('debris')],
		headingOnly: [byCard('heading-only')],
		leadIn: [byCard('lead-in')],
		over600: [byCard('long', 'too-long')],
		over1500: [byCard('too-long')],
		shared: [`${total.shared} of ${total.cards} cards`, byCard('shared-answer')],
		badClozes: [tally(total.clozeFaults)],
		namedAfterHeading: [],
		emptySections: [`${total.emptySections} of ${total.proseSections} sections`]
	};
	return (parts[key] ?? []).filter(Boolean).join('; ');
}

/** "name  value unit   budget ≤ x unit  ok|FAIL", as bench/util.ts prints figures. */
function printTotals() {
	console.log(`\nTotals over ${files.length} files, ${total.cards} cards:`);
	for (const m of measures(total)) {
		const unit = m.unit === '%' ? '%' : ` ${m.value === 1 ? m.unit.replace(/s$/, '') : m.unit}`;
		const value = m.unit === '%' ? m.value.toFixed(1) : String(m.value);
		let line = `  ${m.label.padEnd(50)} ${value.padStart(6)}${unit.padEnd(7)}`;
		line +=
			m.limit === undefined
				? '  (reported)'
				: `  budget ≤ ${m.limit}${m.unit === '%' ? '%' : ` ${m.unit}`}  ${m.ok ? 'ok' : 'FAIL'}`;
		console.log(line);
		const parts = breakdown(m.key);
		if (parts) console.log(`      ${parts}`);
	}
}

function printDefects(name: string, defects: Defect[]) {
	console.log(`\n## ${name}: ${defects.length} defects`);
	const oneLine = (s: string, n: number) => {
		const t = s.replace(/\s+/g, ' ').trim();
		return t.length > n ? t.slice(0, n - 1) + '…' : t;
	};
	for (const d of defects)
		console.log(
			`  line ${String(d.line).padStart(4)}  ${d.code.padEnd(19)} ${oneLine(d.text, 70)}` +
				(d.detail ? `\n${' '.repeat(31)}→ ${oneLine(d.detail, 90)}` : '')
		);
}

const started = performance.now();
// A file the pipeline fails on is listed, not fatal: the report still covers the rest.
const errors: { name: string; error: string }[] = [];
const files = inputs()
	.filter((i) => picked(i.name))
	.flatMap(({ name, data }) => {
		try {
			const { article, cards } = importArticle(data, { path: basename(name) });
			return [{ name, ...assess(article, cards) }];
		} catch (e) {
			errors.push({ name, error: String(e) });
			return [];
		}
	});
const total = sumFigures(files.map((f) => f.figures));
const ms = performance.now() - started;

if (json) {
	console.log(
		JSON.stringify(
			{
				files: files.map((f) => ({
					name: f.name,
					figures: f.figures,
					measures: measures(f.figures)
				})),
				total: { figures: total, measures: measures(total) },
				errors
			},
			null,
			2
		)
	);
} else {
	printTable();
	printTotals();
	for (const e of errors) console.log(`\nNOT COUNTED: ${e.name}: the pipeline threw ${e.error}`);
	if (show) for (const f of files) printDefects(f.name, f.defects);
	console.log(`\n${files.length} files in ${(ms / 1000).toFixed(1)} s.`);
}
