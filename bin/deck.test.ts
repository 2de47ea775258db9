import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SAMPLE_003 = 'src/lib/samples/003_bc53b2b82a1ec737.md';
const SAMPLE_000 = 'src/lib/samples/000_3a9609661c311274.md';
const run = (...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'bin/deck.ts', ...args], { encoding: 'utf8' });

describe('npm run deck', () => {
	it('summarises cards by kind and lists warnings with lines', () => {
		const out = execFileSync(process.execPath, ['--import', 'tsx', 'bin/deck.ts', SAMPLE_000], {
			encoding: 'utf8'
		});
		// Formulas, FAQ answers and the flow steps are fixed by the article; the other counts follow the extraction rules.
		expect(out).toMatch(
			/concept \d+, formula 4, faq 4, cloze \d+, diagram 15, list \d+, exercise 1\)/
		);
		expect(out).toContain('line 271: Removed chat-template token <|assistant|>');
	});

	it('writes the documented JSON, TeX kept in fronts and backs', () => {
		const r = run('--format', 'json', SAMPLE_003);
		expect(r.status).toBe(0);
		const json = JSON.parse(r.stdout);
		expect(json.articles).toEqual([
			expect.objectContaining({
				title: 'AI大模型创业：如何应对未来技术挑战？',
				lang: 'zh',
				warnings: expect.any(Array)
			})
		]);
		const mse = json.cards.find(
			(c: { front: string }) => c.front === '**均方误差（MSE）** 的公式是什么？'
		);
		expect(Object.keys(mse).sort()).toEqual([
			'articleId',
			'back',
			'context',
			'front',
			'id',
			'kind'
		]);
		expect(mse.back).toContain('$$\nMSE = \\frac{1}{n}');
		expect(mse.context).toEqual({
			headingPath: expect.arrayContaining(['损失函数的详细讲解']),
			line: 93
		});
	});

	it('writes Anki text with its headers and Anki math delimiters', () => {
		const r = run('--format', 'tsv', SAMPLE_003);
		const lines = r.stdout.split('\n');
		expect(lines.slice(0, 4)).toEqual([
			'#separator:tab',
			'#html:true',
			'#deck:Mnemo::AI大模型创业：如何应对未来技术挑战？',
			'#tags column:3'
		]);
		const mse = lines.find((l) =>
			l.startsWith('<p><strong>均方误差（MSE）</strong> 的公式是什么？</p>\t')
		)!;
		const [, back, tags] = mse.split('\t');
		expect(back).toContain('\\[MSE = \\frac{1}{n}\\sum_{i=1}^{n}(y_i - \\hat{y_i})^2\\]');
		expect(back).toContain('其中，\\(y_i\\)为真实值');
		expect(tags).toBe('mnemo formula');
		expect(
			lines.filter((l) => l && !l.startsWith('#')).every((l) => l.split('\t').length === 3)
		).toBe(true);
	});

	it('names a bad file on stderr, keeps going, and exits 1', () => {
		const dir = mkdtempSync(join(tmpdir(), 'deck-'));
		const bad = join(dir, 'image.md');
		writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
		const r = run(bad, join(dir, 'missing.md'), SAMPLE_000);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(`deck: ${bad}: This is a PNG image, not a Markdown article.`);
		expect(r.stderr).toMatch(/missing\.md: cannot read it \(ENOENT\)/);
		expect(r.stdout).toContain('faq 4');
	});
});
