import katex from 'katex';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { english, type Translate } from '../core/say';
import { DEEP_FORMULAS, deepArticle } from '../testing/hostile';
import { renderMarkdown, tex } from './markdown';

const source = (html: string) =>
	html
		.match(/<code class="math-source">([^<]*)<\/code>/)?.[1]
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

afterEach(() => vi.restoreAllMocks());

describe('tex never throws', () => {
	for (const [name, formula] of Object.entries(DEEP_FORMULAS)) {
		it(`shows ${name} as its source with a note, fast`, () => {
			const t0 = performance.now();
			const html = tex(formula, true);
			expect(performance.now() - t0).toBeLessThan(200);
			expect(html).not.toContain('class="katex');
			expect(source(html)).toBe(formula);
			expect(html).toContain(
				'<span class="math-note" role="note">This formula is shown as its TeX source: nested more than 40 levels deep, too deep to typeset.</span>'
			);
		});
	}

	it('catches a stack overflow KaTeX still reaches, for that formula alone', () => {
		vi.spyOn(katex, 'renderToString').mockImplementationOnce(() => {
			throw new RangeError('Maximum call stack size exceeded');
		});
		const html = renderMarkdown('Before $a+b$ and $c^2$ after.');
		// The first formula is shown as source with a note; the second still typesets.
		expect(source(html)).toBe('a+b');
		expect(html).toContain(
			'This formula is shown as its TeX source: too deeply nested to typeset.'
		);
		expect(html).toMatch(/<annotation encoding="application\/x-tex">c\^2<\/annotation>/);
		expect(html).toMatch(/^<p data-line="1">Before .* after\.<\/p>/);
	});

	it('escapes the source it shows', () => {
		const formula = '{'.repeat(50) + '<img src=x onerror=alert(1)>' + '}'.repeat(50);
		const html = tex(formula, false);
		expect(html).not.toContain('<img');
		expect(source(html)).toBe(formula);
	});

	it('words the note in the language it is given', () => {
		const zh: Translate = (text, vars) =>
			english(
				{
					'This formula is shown as its TeX source: {{reason}}.':
						'此公式以 TeX 源码显示：{{reason}}。',
					'nested more than {{limit}} levels deep, too deep to typeset':
						'嵌套超过 {{limit}} 层，过深，无法排版'
				}[text] ?? text,
				vars
			);
		expect(renderMarkdown(`$$\n${DEEP_FORMULAS['3,000 nested {…}']}\n$$`, zh)).toContain(
			'此公式以 TeX 源码显示：嵌套超过 40 层，过深，无法排版。'
		);
	});

	it('renders the rest of an article around a hostile formula', () => {
		for (const formula of Object.values(DEEP_FORMULAS)) {
			const html = renderMarkdown(deepArticle(formula));
			expect(html).toContain('<h2 data-line="3">梯度下降</h2>');
			expect(html).toContain('<p data-line="17">学习率是指每一步更新的步长大小。</p>');
			// The inline formula on line 13 still typesets.
			expect(html).toMatch(/其中，<span class="katex">/);
			expect(html).toMatch(
				/<div class="math-display" data-line="9"><span class="math-refused display">/
			);
		}
	});
});
