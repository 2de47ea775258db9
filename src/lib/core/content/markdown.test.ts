import { describe, expect, it } from 'vitest';
import { createMarkdown } from './markdown';
import { allSections, mathBlocks, parseArticle } from './parse';

const md = createMarkdown();
const inlineMath = (src: string) =>
	md
		.parseInline(src, {})[0]
		.children!.filter((t) => t.type.startsWith('math_inline'))
		.map((t) => t.content);
const display = (src: string) => {
	const a = parseArticle(src, { path: 't.md' });
	return { article: a, maths: allSections(a.outline).flatMap((s) => mathBlocks(s.blocks)) };
};

describe('inline math', () => {
	it('reads $…$, \\(…\\), $$…$$ and \\[…\\] inside text', () => {
		expect(inlineMath('a $x^2$ b \\( y_i \\) c $$z$$ d \\[w\\]')).toEqual(['x^2', 'y_i', 'z', 'w']);
	});

	it('leaves currency alone', () => {
		expect(inlineMath('It costs $5 and $10 per month.')).toEqual([]);
		expect(inlineMath('From $5 to $10, and $x$ is math.')).toEqual(['x']);
	});

	it('keeps CJK text inside math', () => {
		expect(inlineMath('矩阵$\\mathbf{X}和\\mathbf{W}$相乘')).toEqual(['\\mathbf{X}和\\mathbf{W}']);
	});
});

describe('display math', () => {
	it('reads one-line, fenced, bracketed and indented-in-list formulas', () => {
		const { maths } = display(
			[
				'$$a = b$$',
				'',
				'$$',
				'c = d',
				'$$',
				'',
				'\\[ e = f \\]',
				'',
				'1. **Name**：',
				'   $$',
				'   g = h',
				'   $$',
				'   where $g$ is g.'
			].join('\n')
		);
		expect(maths.map((m) => [m.tex, m.lines.start, m.lines.end])).toEqual([
			['a = b', 1, 1],
			['c = d', 3, 5],
			['e = f', 7, 7],
			['g = h', 10, 12]
		]);
	});

	it('reads a $$<tex> opener closed by <tex>$$ on the next line without swallowing the rest', () => {
		const { article, maths } = display(
			['we get', '', '$$x = 1 \\text{ and }', 'y = 2.$$', '', 'That is all.', '', '# Next'].join(
				'\n'
			)
		);
		expect(maths).toHaveLength(1);
		expect(maths[0].tex).toBe('x = 1 \\text{ and }\ny = 2.');
		const root = article.outline;
		expect(root.blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: 'That is all.' });
		expect(root.children[0].title).toBe('Next');
	});

	it('keeps the first TeX line of a $$<tex> opener with a bare closer', () => {
		const { maths } = display(['$$\\mathbf{Q} = 1, \\\\', '  \\mathbf{K} = 2.', '$$'].join('\n'));
		expect(maths[0].tex).toBe('\\mathbf{Q} = 1, \\\\\n\\mathbf{K} = 2.');
	});

	it('reports an opener that never closes and keeps its text', () => {
		const { article, maths } = display(
			['Intro.', '', '$$x = 1', '', 'Rest of the article.'].join('\n')
		);
		expect(maths).toHaveLength(0);
		expect(article.warnings).toContainEqual(
			expect.objectContaining({ line: 3, code: 'unclosed-math' })
		);
		const texts = article.outline.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
		expect(texts).toEqual(['Intro.', '$$x = 1', 'Rest of the article.']);
	});

	it('flags a formula KaTeX cannot typeset, with its line', () => {
		const { article, maths } = display(['# T', '', '$$', '\\frac{1}{', '$$'].join('\n'));
		expect(maths).toHaveLength(1);
		expect(article.warnings).toContainEqual(
			expect.objectContaining({
				line: 3,
				code: 'katex',
				message: expect.stringMatching(/does not typeset/)
			})
		);
	});

	it('attaches d2l :eqlabel: to the formula above it', () => {
		const { maths } = display(['$$y = wx + b$$', ':eqlabel:`eq_linreg`', '', 'Text.'].join('\n'));
		expect(maths[0]).toMatchObject({ tex: 'y = wx + b', label: 'eq_linreg' });
	});
});
