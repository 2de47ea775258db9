import { describe, expect, it } from 'vitest';
import { sample } from '../testing/fixtures';
import { renderMarkdown } from './markdown';

describe('article rendering', () => {
	it('renders seed 002 \\( \\) as inline math and \\[ \\] as display math', () => {
		const html = renderMarkdown(sample('002').source);
		// "其中，\( x_i \)是输入特征" → KaTeX inline, not the raw delimiters.
		expect(html).toMatch(
			/其中，<span class="katex">.*?<annotation encoding="application\/x-tex">x_i<\/annotation>/s
		);
		expect(html).not.toContain('\\( x_i \\)');
		expect(html).toMatch(/<div class="math-display" data-line="68"><span class="katex-display">/);
	});

	it('leaves Mermaid for the browser and marks blocks with their source line', () => {
		const html = renderMarkdown(sample('000').source);
		expect(html).toMatch(
			/<div class="mermaid-src" data-line="37"><pre>graph TD\nA\[大数据积累\] --&gt; B\[人工智能应用\]/
		);
		expect(html).toContain('<h3 data-line="11">1.1 人工智能发展的现状</h3>');
	});

	it('never passes raw HTML or trusted KaTeX commands through', () => {
		const html = renderMarkdown(
			'<script>alert(1)</script>\n\n$\\href{javascript:alert(1)}{x}$ and <img src=x onerror=alert(1)>'
		);
		expect(html).not.toMatch(/<script|<img|href="javascript/);
		expect(html).toContain('&lt;script&gt;');
	});

	it('shows a broken formula as marked source instead of failing', () => {
		expect(renderMarkdown('$$\n\\frac{1}{\n$$')).toContain('katex-error');
	});
});
