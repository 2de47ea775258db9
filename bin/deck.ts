/**
 * `npm run deck -- <file.md>… [--format summary|json|tsv]`
 * Turns articles into cards from the command line, with the same pipeline
 * the app runs in the browser.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CARD_KINDS, ImportError, importArticle, type Card } from '../src/lib/core';
import { mergeDuplicates } from '../src/lib/core/cards/identity';
import { toAnkiText } from '../src/lib/core/anki';
import type { Article } from '../src/lib/core';

type Format = 'summary' | 'json' | 'tsv';
const FORMATS: Format[] = ['summary', 'json', 'tsv'];

function usage(message?: string): never {
	if (message) console.error(`deck: ${message}`);
	console.error('usage: npm run deck -- <file.md>… [--format summary|json|tsv]');
	process.exit(2);
}

function parseArgs(argv: string[]): { files: string[]; format: Format } {
	const files: string[] = [];
	let format: Format = 'summary';
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--format' || a === '-f') format = argv[++i] as Format;
		else if (a.startsWith('--format=')) format = a.slice(9) as Format;
		else if (a === '--help' || a === '-h') usage();
		else if (a.startsWith('-')) usage(`unknown option ${a}`);
		else files.push(a);
	}
	if (!FORMATS.includes(format)) usage(`--format must be one of ${FORMATS.join(', ')}`);
	if (!files.length) usage('no input files');
	return { files, format };
}

function summary(article: Article, cards: Card[]): string {
	const counts = CARD_KINDS.map((k) => `${k} ${cards.filter((c) => c.kind === k).length}`);
	const lines = [
		`${article.title}  (${article.lang}, ${cards.length} cards: ${counts.join(', ')})`
	];
	for (const w of article.warnings) lines.push(`  line ${w.line}: ${w.message}`);
	return lines.join('\n');
}

function main(): void {
	const { files, format } = parseArgs(process.argv.slice(2));
	const done: { article: Article; cards: Card[] }[] = [];
	let failed = false;
	for (const file of files) {
		try {
			const data = new Uint8Array(readFileSync(file));
			done.push(importArticle(data, { path: basename(file) }));
		} catch (e) {
			failed = true;
			const why =
				e instanceof ImportError
					? e.message
					: `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
			console.error(`deck: ${file}: ${why}`);
		}
	}
	const cards = mergeDuplicates(done.flatMap((d) => d.cards));
	if (format === 'summary') {
		for (const d of done)
			console.log(
				summary(
					d.article,
					cards.filter((c) => c.articleId === d.article.id)
				) + '\n'
			);
		if (done.length > 1) console.log(`${cards.length} cards in all after merging duplicates.`);
	} else if (format === 'json') {
		const out = {
			articles: done.map(({ article: a }) => ({
				id: a.id,
				title: a.title,
				lang: a.lang,
				warnings: a.warnings.map((w) => ({ line: w.line, message: w.message }))
			})),
			cards: cards.map((c) => ({
				id: c.id,
				articleId: c.articleId,
				kind: c.kind,
				front: c.front,
				back: c.back,
				context: { headingPath: c.context.headingPath, line: c.context.line }
			}))
		};
		process.stdout.write(JSON.stringify(out, null, 2) + '\n');
	} else {
		const deck = done.length === 1 ? `Mnemo::${done[0].article.title}` : 'Mnemo';
		process.stdout.write(toAnkiText(cards, deck));
	}
	if (failed) process.exitCode = 1;
}

main();
