/**
 * Test fixtures from ../shared (beside the checkout): the real corpus and
 * the seed articles. Tests that need them skip with a message when absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(process.env.MNEMO_SHARED ?? join(process.cwd(), '..', 'shared'));
export const CORPUS = join(SHARED, 'corpus');
export const SAMPLES = resolve(process.cwd(), 'src/lib/samples');

export const hasCorpus = existsSync(CORPUS);
if (!hasCorpus) console.warn(`Skipping corpus tests: ${CORPUS} not found.`);

/** The corpus articles (d2l in two languages, happy-llm), as [name, bytes]. */
export function corpusFiles(): [string, Uint8Array][] {
	if (!hasCorpus) return [];
	return readdirSync(CORPUS, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.flatMap((d) =>
			readdirSync(join(CORPUS, d.name))
				.filter((f) => f.endsWith('.md'))
				.map((f): [string, Uint8Array] => [`${d.name}/${f}`, readFileSync(join(CORPUS, d.name, f))])
		)
		.sort(([a], [b]) => a.localeCompare(b));
}

/** The steps of seed 000's Mermaid flow, in the graph's order. */
export const SEED_000_FLOW = [
	'大数据积累',
	'人工智能应用',
	'模型训练',
	'模型优化',
	'模型应用',
	'预测与决策',
	'业务优化',
	'商业模式创新'
];

/** A shipped sample (a copy of a seed article) by its number, e.g. '003'. */
export function sample(n: string): { path: string; source: string } {
	const file = readdirSync(SAMPLES).find((f) => f.startsWith(n + '_') && f.endsWith('.md'));
	if (!file) throw new Error(`sample ${n} missing from ${SAMPLES}`);
	return { path: file, source: readFileSync(join(SAMPLES, file), 'utf8') };
}

/** The real review log in ../shared/revlogs (12,580 reviews of 1,205 cards), or null when absent. */
export function revlog(): string | null {
	const file = join(SHARED, 'revlogs', 'review_logs_josh.csv');
	if (existsSync(file)) return readFileSync(file, 'utf8');
	console.warn(`Skipping review-log tests: ${file} not found.`);
	return null;
}
