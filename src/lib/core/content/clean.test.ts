import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, corpusFiles, hasCorpus, sample } from '../../testing/fixtures';
import { SourceLines } from '../cards/text';
import { cleanCardText, prepareText } from './clean';
import { allSections, flattenBlocks, parseArticle, prepareSource } from './parse';
import { stripInline } from './headings';

const corpus = (name: string) => readFileSync(join(CORPUS, name), 'utf8');

describe('prepareText: the source as its author meant it, line for line', () => {
	it('keeps the line count of every seed and corpus file', () => {
		const texts = [
			...['000', '001', '002', '003', '004'].map((n) => sample(n).source),
			...corpusFiles().map(([, data]) => new TextDecoder().decode(data))
		];
		for (const t of texts) {
			const src = t.replace(/\r\n?/g, '\n');
			expect(prepareSource(src).text.split('\n')).toHaveLength(src.split('\n').length);
		}
	});

	it('reads d2l [**…**] as bold, but leaves a bold link alone', () => {
		expect(prepareText('We [**vectorize\nthe code**] here.')).toBe(
			'We **vectorize\nthe code** here.'
		);
		expect(prepareText('A [**bold link**](https://example.org).')).toBe(
			'A [**bold link**](https://example.org).'
		);
	});

	it('reads \\\\( … \\\\) as the inline math MathJax would see', () => {
		expect(prepareText('We write \\\\(a\\_1 + b\\\\) and \\\\[x^2\\\\].')).toBe(
			'We write \\(a_1 + b\\) and \\[x^2\\].'
		);
		const article = parseArticle('# T\n\nThe input \\\\(x_i\\\\) is a vector.\n', { path: 't.md' });
		expect(article.warnings).toEqual([]);
	});

	it('leaves TeX line breaks in dollar math and code as written', () => {
		const tex = '$$\n\\begin{aligned} a &= b \\\\(c) &= d \\\\) \\end{aligned}\n$$';
		expect(prepareText(tex)).toBe(tex);
		expect(prepareText('```\nprint("\\\\(x\\\\)")\n```')).toBe('```\nprint("\\\\(x\\\\)")\n```');
		expect(prepareText('Use `\\\\(x\\\\)` in Jekyll.')).toBe('Use `\\\\(x\\\\)` in Jekyll.');
	});

	it('turns Jekyll highlight tags into a code fence', () => {
		const a = parseArticle('# T\n\n{% highlight python %}\nx = 1\n{% endhighlight %}\n', {
			path: 't.md'
		});
		const code = allSections(a.outline).flatMap((s) => flattenBlocks(s.blocks));
		expect(code).toContainEqual({
			kind: 'code',
			lang: 'python',
			text: 'x = 1',
			lines: { start: 3, end: 5 }
		});
	});
});

describe('cleanCardText: d2l roles read as words', () => {
	it.each([
		// Real lines of the tuning corpus.
		[
			'Following calculus rules in :numref:`subsec_calculus-grad`,',
			'Following calculus rules in another section,'
		],
		[':numref:`fig_single_neuron` depicts', 'The figure depicts'],
		['as in :eqref:`eq_price-area`, is common.', 'as in the equation, is common.'],
		[
			'where broadcasting (:numref:`subsec_broadcasting`) is applied during the summation.',
			'where broadcasting is applied during the summation.'
		],
		[
			'padding with dummy tokens for shorter sequences (see :numref:`sec_machine_translation` for an example).',
			'padding with dummy tokens for shorter sequences.'
		],
		[
			'used, e.g., in Transformers :cite:`Vaswani.Shazeer.Parmar.ea.2017`:',
			'used, e.g., in Transformers:'
		],
		[
			'We invoke :citet:`Russell.Norvig.2016`\nwho pointed out',
			'We invoke Russell and Norvig (2016)\nwho pointed out'
		],
		[
			'can be an effective strategy\n:cite:`Frazier.2018`. In the end,',
			'can be an effective strategy.\nIn the end,'
		],
		['如 :eqref:`eq_additive-attn`所示，', '如公式所示，'],
		['我们来看一张图片 :numref:`fig_Neuron`：', '我们来看一张图片：'],
		['遵循 :numref:`sec_calculus`中的微积分规则，', '遵循另一节中的微积分规则，'],
		['公式 :eqref:`eq_linreg_batch_update`中的$\\mathbf{w}$', '公式中的$\\mathbf{w}$'],
		['此算法收敛迅速（请参见 :cite:`Boyd.Vandenberghe.2004`）。', '此算法收敛迅速。'],
		// Made up: a run of references, a named one, a reference in parentheses.
		['in :eqref:`eq_a` and :eqref:`eq_b`.', 'in the equations.'],
		['See Figure :numref:`fig_x` for details.', 'See the figure for details.'],
		['The loss (:eqref:`eq_loss`) is convex.', 'The loss is convex.'],
		// stripInline takes the backticks; the role is still found.
		['a minibatch of observations :cite:Li.Zhang.Chen.ea.2014.', 'a minibatch of observations.']
	])('%s', (input, output) => {
		expect(cleanCardText(input)).toBe(output);
	});

	it('reads a reference alone on its line as part of the sentence', () => {
		expect(
			cleanCardText('by taking derivatives of\n:eqref:`gd-hot-taylor`\nwith regard to x')
		).toBe('by taking derivatives of\nthe equation\nwith regard to x');
	});

	it('drops :label: and :eqlabel: lines under a formula', () => {
		expect(
			cleanCardText('$$\ny = Xw + b\n$$\n:eqlabel:`eq_linreg-y`\n\nwhere $b$ is the bias.')
		).toBe('$$\ny = Xw + b\n$$\n\nwhere $b$ is the bias.');
	});
});

describe('stripInline: emphasis goes, code stays as written', () => {
	it('keeps the underscores of code and drops the bold around it', () => {
		expect(stripInline('在 `demo.py` 的 `if __name__ == "__main__":` 部分')).toBe(
			'在 demo.py 的 if __name__ == "__main__": 部分'
		);
		expect(stripInline('**`x` is bold** and __this__')).toBe('x is bold and this');
	});
});

describe('cleanCardText: other markup a learner should never see', () => {
	it('prints TeX en dashes typed in prose, and leaves them in math and code', () => {
		expect(cleanCardText('the matrix--vector product $a--b$ and `x--y`')).toBe(
			'the matrix–vector product $a--b$ and `x--y`'
		);
	});

	it('reads d2l slide marks as plain words', () => {
		expect(cleanCardText('requires that (**we**) (~~should~~)\n(**vectorize the code**)')).toBe(
			'requires that we should\nvectorize the code'
		);
		expect(cleanCardText('我们考虑(**对向量相加的两种方法**)。')).toBe(
			'我们考虑对向量相加的两种方法。'
		);
	});

	it('reads \\\\( … \\\\) as \\( … \\) and kramdown $$…$$ in a sentence as inline math', () => {
		expect(cleanCardText('The input \\\\(x_i\\\\) is a vector.')).toBe(
			'The input \\(x_i\\) is a vector.'
		);
		expect(cleanCardText('The value $$x^2$$ is the square.')).toBe(
			'The value $x^2$ is the square.'
		);
		expect(cleanCardText('Hence\n\n$$x^2 + y^2$$\n\nholds.')).toBe(
			'Hence\n\n$$x^2 + y^2$$\n\nholds.'
		);
	});

	it('drops Liquid tags, HTML comments and anchors, keeping the text around them', () => {
		expect(cleanCardText('Hello {% include note.html %} world.')).toBe('Hello world.');
		expect(cleanCardText('{% raw %}\nThe loss.\n{% endraw %}')).toBe('The loss.');
		expect(cleanCardText('Text <!-- TODO: cite -->more.')).toBe('Text more.');
		expect(cleanCardText('<!--\nhidden\n-->\nShown.')).toBe('Shown.');
		expect(
			cleanCardText('<a name="intro"></a>Intro, see <a href="https://x.org">the paper</a>.')
		).toBe('Intro, see the paper.');
		expect(cleanCardText('<a id="x">Anchor</a> text')).toBe('Anchor text');
	});

	it('writes inline HTML the way Markdown would, or drops the tags', () => {
		expect(cleanCardText('One<br>two<br/>three.')).toBe('One two three.');
		expect(cleanCardText('<p>First.</p><p>Second.</p>')).toBe('First. Second.');
		expect(
			cleanCardText('A <b>bold</b> and <em>light</em> word, 10<sup>9</sup> and x<sub>i</sub>.')
		).toBe('A **bold** and *light* word, 10^9 and x_i.');
		expect(cleanCardText('Steps:\n<ul>\n<li>Load</li>\n<li>Train</li>\n</ul>')).toBe(
			'Steps:\n- Load\n- Train'
		);
		expect(cleanCardText('<span style="color:red">红色</span>的字')).toBe('红色的字');
		expect(cleanCardText('when x <a or b> y')).toBe('when x <a or b> y');
	});

	it('drops a picture whole, caption and all (happy-llm writes them as HTML)', () => {
		// docs_chapter2_transformer.md, lines 9–16.
		const text = [
			'- 前馈神经网络（Feedforward Neural Network，FNN），即数据从输入层单向流动到输出层，如图2.1所示:',
			'',
			'<div align="center">',
			'  <img src="https://raw.githubusercontent.com/datawhalechina/happy-llm/main/docs/images/2-figures/1-0.png" alt="图片描述" width="90%"/>',
			'  <p>图2.1 全连接神经网络</p>',
			'</div>',
			'',
			'- 卷积神经网络（Convolutional Neural Network，CNN）'
		].join('\n');
		expect(cleanCardText(text)).toBe(
			'- 前馈神经网络（Feedforward Neural Network，FNN），即数据从输入层单向流动到输出层，如图2.1所示:\n\n- 卷积神经网络（Convolutional Neural Network，CNN）'
		);
		expect(cleanCardText('<img src="a.png"/>')).toBe('');
		expect(cleanCardText('<p>Text <img src="a.png"> more.</p>')).toBe('Text more.');
		const long = 'Long text that is the article itself. '.repeat(5).trim();
		expect(cleanCardText(`<div class="post">${long}<img src="a.png"></div>`)).toBe(long);
		expect(
			cleanCardText('A model ![the model](../img/model.svg)\n:width:`400px`\n:label:`fig_model`')
		).toBe('A model');
	});

	it('keeps one of d2l’s per-framework tabs and drops notebook lines from code', () => {
		expect(
			cleanCardText(
				[
					':begin_tab:`mxnet`',
					'Install MXNet.',
					':end_tab:',
					'',
					':begin_tab:`pytorch`',
					'Install PyTorch.',
					':end_tab:',
					'',
					'Then train.'
				].join('\n')
			)
		).toBe('Install MXNet.\n\nThen train.');
		expect(
			cleanCardText('```{.python .input}\n#@tab pytorch\n%matplotlib inline\nimport torch\n```')
		).toBe('```python\nimport torch\n```');
	});

	it('leaves code, math and clean text as written', () => {
		for (const text of [
			'Code `<div>`, `:numref:` and `{% x %}` stay.',
			'```html\n<div><img src="x.png"></div>\n<!-- a comment -->\n```',
			'Math $a<b$ and $b > c$ stays, and $\\|x\\|$.',
			'其中，$y$ 是输出值，$\\sigma$ 是激活函数。',
			'- **均方误差（MSE）**：\n\n$$\nMSE = \\frac{1}{n}\\sum_{i=1}^n (y_i - \\hat{y}_i)^2\n$$'
		])
			expect(cleanCardText(text)).toBe(text);
	});

	it('is idempotent', () => {
		for (const text of [
			'In :numref:`sec_x`, see :cite:`y` (:eqref:`z`) <a name="q"></a>{% x %}',
			'如 :numref:`fig_x`所示，<div><img src="a"/></div>其中 \\\\(x\\\\)'
		])
			expect(cleanCardText(cleanCardText(text))).toBe(cleanCardText(text));
	});
});

describe.skipIf(!hasCorpus)('card text is cleaned where it is taken from, lines unchanged', () => {
	it('SourceLines quotes line 242 of d2l-en gd without its roles', () => {
		const text = corpus('d2l-en/chapter_optimization_gd.md');
		const src = new SourceLines(text);
		// The line numbers still point into the file as written.
		expect(text.split('\n')[241]).toBe(
			'Following calculus rules in :numref:`subsec_calculus-grad`,'
		);
		expect(src.slice(242, 242)).toBe('Following calculus rules in another section,');
		expect(src.slice(240, 243)).toContain('by taking derivatives of the equation with regard to');
	});

	it('SourceLines drops the pictures of happy-llm chapter 2 (lines 9–16)', () => {
		const src = new SourceLines(corpus('happy-llm/docs_chapter2_transformer.md'));
		const part = src.slice(9, 16);
		expect(part).toContain('前馈神经网络（Feedforward Neural Network，FNN）');
		expect(part).toContain('卷积神经网络（Convolutional Neural Network，CNN）');
		expect(part).not.toMatch(/<div|<img|图2\.1 全连接神经网络/);
	});
});
