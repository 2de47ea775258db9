/**
 * Import pipeline speed on real articles: the 5 seed articles (shipped as
 * samples) and the 8 corpus files. Budget: ≥ 1 MB/s for the whole pipeline,
 * formula checking with KaTeX included.
 */
import MarkdownIt from 'markdown-it';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importArticle } from '../src/lib/core';
import { createMarkdown } from '../src/lib/core/content/markdown';
import { corpusFiles, hasCorpus, SAMPLES } from '../src/lib/testing/fixtures';
import { median, report, time, type Figure } from './util';

export function benchImport(): boolean {
	const files: { name: string; data: Uint8Array; text: string }[] = readdirSync(SAMPLES)
		.filter((f) => f.endsWith('.md'))
		.map((f) => {
			const data = new Uint8Array(readFileSync(join(SAMPLES, f)));
			return { name: f, data, text: new TextDecoder().decode(data) };
		});
	if (!hasCorpus) console.log('(corpus not found beside the checkout: seeds only)');
	for (const [name, data] of corpusFiles())
		files.push({ name, data, text: new TextDecoder().decode(data) });
	const bytes = files.reduce((n, f) => n + f.data.length, 0);
	const RUNS = 15;

	const pipeline = median(
		time(() => files.forEach((f) => importArticle(f.data, { path: f.name })), RUNS)
	);
	const plain = new MarkdownIt();
	const bare = median(time(() => files.forEach((f) => plain.parse(f.text, {})), RUNS));
	const ours = createMarkdown();
	const dialect = median(time(() => files.forEach((f) => ours.parse(f.text, {})), RUNS));

	console.log(
		`\nImport pipeline: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB, median of ${RUNS} runs after 3 warm-up runs`
	);
	const figures: Figure[] = [
		{ name: 'pipeline time, all files', value: pipeline, unit: 'ms' },
		{
			name: 'pipeline throughput',
			value: bytes / 1e6 / (pipeline / 1000),
			unit: 'MB/s',
			budget: { limit: 1, higherIsBetter: true }
		},
		{ name: 'bare markdown-it parse, all files', value: bare, unit: 'ms' },
		{ name: 'Mnemo dialect parse (math, d2l), all files', value: dialect, unit: 'ms' },
		{ name: 'pipeline / bare parse', value: pipeline / bare, unit: '×' }
	];
	return figures.map(report).every(Boolean);
}
