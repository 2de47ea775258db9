import { describe, expect, it } from 'vitest';
import { importArticle } from '..';
import { english } from '../say';
import { corpusFiles, sample } from '../../testing/fixtures';
import { DEEP_FORMULAS, deepArticle } from '../../testing/hostile';
import { checkTex, TEX_LIMITS, texDepth } from './katex-check';
import { parseArticle } from './parse';

const reasonOf = (tex: string) => {
	const p = checkTex(tex, true);
	if (!p) return null;
	return typeof p.message === 'string' ? p.message : english(p.message.text, p.message.vars);
};

describe('texDepth', () => {
	it('counts groups, \\left…\\right and environments as KaTeX nests them', () => {
		expect(texDepth('a + b')).toBe(0);
		expect(texDepth('\\frac{a}{b}')).toBe(1);
		expect(texDepth('\\frac{1}{1 + \\frac{1}{x}}')).toBe(2);
		expect(texDepth('\\left( \\frac{1}{2} \\right)')).toBe(2);
		expect(texDepth('\\begin{bmatrix} a & b \\\\ c & d \\end{bmatrix}')).toBe(2);
	});

	it('does not count escaped braces, and a stray } does not go below zero', () => {
		expect(texDepth('\\{ x \\mid x > 0 \\}')).toBe(0);
		expect(texDepth('} } {x}')).toBe(1);
	});

	it('counts style switches until their group or array cell ends', () => {
		expect(texDepth('\\displaystyle a \\displaystyle b \\displaystyle c')).toBe(3);
		expect(texDepth('{\\rm a} {\\rm b} {\\rm c}')).toBe(2);
		// Each cell is parsed on its own: the switches do not add up across `&`.
		expect(
			texDepth('\\begin{matrix}\\displaystyle a & \\displaystyle b & \\displaystyle c\\end{matrix}')
		).toBe(2);
	});

	it('stops early once past the bound', () => {
		expect(texDepth('{'.repeat(10_000), 40)).toBe(41);
	});
});

describe('checkTex bounds', () => {
	for (const [name, tex] of Object.entries(DEEP_FORMULAS)) {
		it(`refuses ${name} in under 200 ms, with the bound in the reason`, () => {
			const t0 = performance.now();
			const reason = reasonOf(tex);
			expect(performance.now() - t0).toBeLessThan(200);
			expect(reason).toBe(
				`nested more than ${TEX_LIMITS.maxDepth} levels deep, too deep to typeset`
			);
		});
	}

	it('typesets a formula nested exactly to the bound, and refuses one level more', () => {
		const nest = (n: number) => '\\frac{1}{'.repeat(n) + 'x' + '}'.repeat(n);
		expect(texDepth(nest(TEX_LIMITS.maxDepth))).toBe(TEX_LIMITS.maxDepth);
		expect(checkTex(nest(TEX_LIMITS.maxDepth), true)).toBe(null);
		expect(reasonOf(nest(TEX_LIMITS.maxDepth + 1))).toMatch(/^nested more than 40 levels deep/);
	});

	it('stops a macro that expands for ever (maxExpand)', () => {
		expect(reasonOf('\\def\\a{\\a\\a}\\a')).toMatch(/Too many expansions/);
	});

	it('refuses no formula of the corpus or the samples', () => {
		const files: [string, Uint8Array | string][] = [
			...corpusFiles(),
			...['000', '001', '002', '003', '004'].map((n): [string, string] => [n, sample(n).source])
		];
		for (const [name, data] of files) {
			const { warnings } = parseArticle(data, { path: name });
			const deep = warnings.filter((w) => JSON.stringify(w.vars ?? {}).includes('nested'));
			expect(deep, name).toEqual([]);
		}
	});
});

describe('a deeply nested formula at import', () => {
	for (const [name, tex] of Object.entries(DEEP_FORMULAS)) {
		it(`keeps the cards of ${name}, flags them and warns on its line`, () => {
			const t0 = performance.now();
			const { article, cards } = importArticle(deepArticle(tex), { path: 'deep.md' });
			// The whole import: before the bound, KaTeX alone took 0.9 s to overflow on 5,000 \frac.
			expect(performance.now() - t0).toBeLessThan(1000);
			const katex = article.warnings.filter((w) => w.code === 'katex');
			expect(katex.map((w) => [w.line, w.message])).toEqual([
				[
					9,
					`Formula does not typeset: nested more than ${TEX_LIMITS.maxDepth} levels deep, too deep to typeset`
				]
			]);
			const formula = cards.filter((c) => c.kind === 'formula');
			expect(formula.length).toBeGreaterThan(0);
			expect(formula.every((c) => c.tags.includes('formula-error'))).toBe(true);
			// The rest of the article still makes its cards.
			expect(cards.some((c) => c.kind === 'concept' && c.front.includes('学习率'))).toBe(true);
		});
	}
});
