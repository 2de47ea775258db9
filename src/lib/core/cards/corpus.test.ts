import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { corpusFiles, hasCorpus } from '../../testing/fixtures';
import { allSections, mathBlocks } from '../content/parse';
import { importArticle } from '../index';
import { workedExample } from './formula';
import { isProseOnly } from './formula-text';

/**
 * Display formulas per corpus file, counted by hand: every `$$` opener
 * (one-line, fenced, or the `$$<tex>` … `<tex>$$` forms of the traps).
 */
const DISPLAY_FORMULAS: Record<string, number> = {
	'd2l-en/chapter_attention-mechanisms-and-transformers_attention-scoring-functions.md': 7,
	'd2l-en/chapter_linear-classification_softmax-regression.md': 11,
	'd2l-en/chapter_linear-regression_linear-regression.md': 16,
	'd2l-en/chapter_optimization_gd.md': 14,
	'd2l-zh/chapter_attention-mechanisms_attention-scoring-functions.md': 5,
	'd2l-zh/chapter_linear-networks_linear-regression.md': 15,
	'd2l-zh/chapter_linear-networks_softmax-regression.md': 11,
	'd2l-zh/chapter_optimization_gd.md': 14,
	'happy-llm/docs_chapter1_nlp-basics.md': 0,
	'happy-llm/docs_chapter2_transformer.md': 27,
	'happy-llm/docs_chapter4_llm.md': 0
};

describe.skipIf(!hasCorpus)('real articles from ../shared/corpus', () => {
	const files = corpusFiles();

	it('finds all 11 files', () => {
		expect(files.map(([n]) => n)).toEqual(Object.keys(DISPLAY_FORMULAS));
	});

	it.each(files.map(([name, data]) => ({ name, data })))('$name', ({ name, data }) => {
		const { article, cards } = importArticle(data, { path: name });
		const formulas = allSections(article.outline).flatMap((s) => mathBlocks(s.blocks));
		expect(formulas).toHaveLength(DISPLAY_FORMULAS[name]);
		for (const f of formulas) {
			// Each formula is in a formula card, and KaTeX typesets it. A display "formula"
			// that is only `\text{…}` prose is a sentence set as math, not a formula: it makes
			// no card (none of the 120 corpus formulas is one today, so recall is unchanged).
			if (isProseOnly(f.tex)) continue;
			// A worked example shows its steps and asks for the result, which its back gives.
			const shown = workedExample(f.tex)?.steps.trim() ?? f.tex;
			expect(
				cards.some(
					(c) =>
						c.kind === 'formula' &&
						c.tex === f.tex &&
						c.front.includes(shown) &&
						(c.front.includes(f.tex) || c.back.includes(f.tex))
				),
				f.tex
			).toBe(true);
			expect(() =>
				katex.renderToString(f.tex, { displayMode: true, throwOnError: true, strict: 'ignore' })
			).not.toThrow();
		}
		expect(
			article.warnings.filter((w) => w.code === 'katex' || w.code === 'unclosed-math')
		).toEqual([]);
	});

	it('keeps the text after the d2l-en $$<tex> trap out of the formula', () => {
		const [, data] = files.find(([n]) => n === 'd2l-en/chapter_optimization_gd.md')!;
		const { article } = importArticle(data, { path: 'gd.md' });
		const f = allSections(article.outline)
			.flatMap((s) => mathBlocks(s.blocks))
			.find((m) => m.lines.start === 245)!;
		expect(f.lines.end).toBe(246);
		expect(f.tex).toMatch(
			/^\\nabla f\(\\mathbf\{x\}\) \+ \\mathbf\{H\} \\boldsymbol\{\\epsilon\} = 0/
		);
		expect(f.tex).not.toContain('invert the Hessian');
	});
});
