import { describe, expect, it } from 'vitest';
import { corpusFiles, hasCorpus, sample } from '../../testing/fixtures';
import { importArticle } from '../index';
import { formulaName, isGenericName, nameAfter } from './formula-name';
import {
	dropBackReference,
	isFrameOnly,
	isProseOnly,
	leadAsAnswer,
	stripConnective
} from './formula-text';
import type { Card, Facet } from './types';

type FormulaFacet = Extract<Facet, { type: 'formula' }>;
type SymbolFacet = Extract<Facet, { type: 'symbol' }>;

const formulas = (cards: Card[]) => cards.filter((c) => c.kind === 'formula');
const asking = (cards: Card[], ask: FormulaFacet['ask'], tex: string) =>
	formulas(cards).find(
		(c) => c.facet?.type === 'formula' && c.facet.ask === ask && c.tex?.startsWith(tex)
	);
const facet = (c: Card | undefined) => c?.facet as FormulaFacet | undefined;
const symbols = (cards: Card[], tex: string) =>
	formulas(cards)
		.filter((c) => c.facet?.type === 'symbol' && c.tex?.startsWith(tex))
		.map((c) => c.facet as SymbolFacet);

/** The hold-out files stay out of tuning: these tests read only the tuning files. */
const TUNING = [
	'd2l-en/chapter_linear-regression_linear-regression.md',
	'd2l-en/chapter_optimization_gd.md',
	'd2l-en/chapter_attention-mechanisms-and-transformers_attention-scoring-functions.md',
	'd2l-zh/chapter_linear-networks_linear-regression.md',
	'd2l-zh/chapter_optimization_gd.md',
	'd2l-zh/chapter_attention-mechanisms_attention-scoring-functions.md',
	'happy-llm/docs_chapter2_transformer.md',
	'd2l-en/chapter_linear-classification_softmax-regression.md'
];
const decks = new Map(
	corpusFiles()
		.filter(([n]) => TUNING.includes(n))
		.map(([n, data]) => [n, importArticle(data, { path: n.split('/')[1] })] as const)
);
const deck = (name: string) => decks.get(name)!.cards;

describe.skipIf(!hasCorpus)('formula cards on real articles', () => {
	it('names the squared error from "the *squared error* is given by:" (d2l-en)', () => {
		const cards = deck(TUNING[0]);
		const tex = 'l^{(i)}(\\mathbf{w}, b) = \\frac{1}{2}';
		expect(facet(asking(cards, 'tex', tex))?.name).toBe('squared error');
		const rev = asking(cards, 'name', tex)!;
		expect(rev.back).toContain('**squared error**');
		expect(rev.back).toContain('the *squared error* is given by this formula.');
	});

	it('gives consecutive formulas their own sentences of the paragraph between them (d2l-en)', () => {
		const cards = deck(TUNING[0]);
		const long = facet(asking(cards, 'meaning', '\\hat{y} = w_1  x_1'))!.description!;
		const compact = facet(asking(cards, 'meaning', '\\hat{y} = \\mathbf{w}^\\top'))!.description!;
		expect(long).toContain('express our prediction $\\hat{y}$');
		expect(long).not.toContain('Collecting all features');
		expect(compact).toContain('we can express our model compactly via the dot product');
		expect(compact).not.toContain('design matrix');
	});

	it('keeps the text after a formula that ends in a comma: "…, where broadcasting …" (d2l-en)', () => {
		const d = facet(asking(deck(TUNING[0]), 'meaning', '{\\hat{\\mathbf{y}}} = \\mathbf{X}'))!;
		expect(d.description).toContain('can be expressed via the matrix–vector product, where');
		expect(d.description).toContain('where broadcasting');
		expect(d.description).not.toContain('the goal of linear regression');
	});

	it('reads the sentence a formula stands in, before and after it (d2l-en, d2l-zh)', () => {
		expect(
			facet(asking(deck(TUNING[1]), 'meaning', "x \\leftarrow x - \\eta f'(x)"))?.description
		).toBe(
			// The connective "This means that," leans on the sentence before; it is dropped.
			'If we use this formula to iterate $x$, the value of function $f(x)$ might decline.'
		);
		expect(
			facet(asking(deck(TUNING[4]), 'meaning', "x \\leftarrow x - \\eta f'(x)"))?.description
		).toBe('如果我们使用上式来迭代$x$，函数$f(x)$的值可能会下降。');
		expect(facet(asking(deck(TUNING[1]), 'meaning', "0 = f'(x^{(k)}"))?.description).toContain(
			'can be written as this formula, which holds for some'
		);
	});

	it('includes what the text says after a formula: "call this linear convergence"', () => {
		const en = facet(asking(deck(TUNING[1]), 'name', '\\left|e^{(k+1)}\\right| \\leq c'))!;
		expect(en.description).toContain('optimization researchers call this *linear* convergence');
		const zh = facet(asking(deck(TUNING[4]), 'name', '\\left|e^{(k+1)}\\right| \\leq c'))!;
		expect(zh.description).toContain('称之为“线性”收敛');
	});

	it('names happy-llm formulas from the prose around them', () => {
		const cards = deck(TUNING[6]);
		expect(facet(asking(cards, 'tex', 'attention(Q,K,V) = softmax(\\frac'))?.name).toBe(
			'注意力机制的核心计算公式'
		);
		expect(facet(asking(cards, 'tex', '\\text{softmax}(x)_i'))?.name).toBe('注意力分数');
		expect(facet(asking(cards, 'tex', '\\mu_j ='))?.name).toBe('样本的均值');
		const mu = Object.fromEntries(symbols(cards, '\\mu_j =').map((s) => [s.symbol, s.meaning]));
		expect(mu).toEqual({ 'Z_j^{i}': '样本 i 在第 j 个维度上的值', m: 'mini-batch 的大小' });
	});

	it('asks once for symbols that share a meaning, named by the formula (d2l-zh, d2l-en)', () => {
		const zh = symbols(deck(TUNING[5]), 'a(\\mathbf q, \\mathbf k) = \\mathbf w_v');
		expect(zh).toEqual([
			expect.objectContaining({
				symbol: '\\mathbf W_q, \\mathbf W_k, \\mathbf w_v',
				meaning: '可学习的参数'
			})
		]);
		const en = formulas(deck(TUNING[2])).find((c) => c.facet?.type === 'symbol')!;
		expect(en.front).toMatch(
			/^In the formula for \*\*additive attention scoring function\*\*, what do \$\\mathbf W_q\$, \$\\mathbf W_k\$, \$\\mathbf w_v\$ stand for\?/
		);
		expect(en.back).toBe('the learnable parameters');
	});

	it('shows an unnamed formula, not its section heading, on a symbol card (d2l-en)', () => {
		const w = formulas(deck(TUNING[0])).find(
			(c) => c.facet?.type === 'symbol' && c.facet.symbol.startsWith('w_{\\textrm{area}}')
		)!;
		expect(w.front).toMatch(/^In this formula, what do \$w_\{\\textrm\{area\}\}\$/);
		expect(w.front).not.toContain('Model');
		expect(w.back).toBe('weights');
	});

	it.each(TUNING)('%s: no heading or lead-in answer, no borrowed name, no twin answers', (name) => {
		const { article, cards } = decks.get(name)!;
		const byFormula = new Map<string, string[]>();
		for (const c of formulas(cards)) {
			expect(c.back, c.front).not.toMatch(/^(?:From “|出自「)/);
			expect(c.back.trim(), c.front).not.toMatch(/[：:]$/);
			const f = c.facet!;
			if (f.type === 'formula' && f.ask === 'meaning') expect(f.description, c.front).toBeTruthy();
			// A name equal to the section heading must stand in the text around the formula.
			const title = c.context.headingPath.at(-1);
			const named = f.type === 'formula' || f.type === 'symbol' ? f.name : undefined;
			if (named && title && named === title) {
				const around = article.source
					.split('\n')
					.slice(c.context.line - 1, c.context.endLine)
					.join('\n');
				expect(around, c.front).toContain(named);
			}
			const answers = byFormula.get(c.tex!) ?? [];
			const answer = f.type === 'symbol' ? f.meaning : c.back;
			expect(answers, c.front).not.toContain(answer);
			byFormula.set(c.tex!, [...answers, answer]);
		}
	});
});

describe('seed formulas', () => {
	const cards = importArticle(sample('003').source, { path: sample('003').path }).cards;

	it('asks a worked example for its result, not its name (which stands in it)', () => {
		const example = formulas(cards).filter((c) => c.tex?.includes('= \\frac{1}{2}(1 - 0)^2'));
		expect(example.map((c) => facet(c)?.ask)).toEqual(['result']);
		expect(example[0].front).toContain('\\frac{1}{2}(1 - 0)^2 = \\;?');
		expect(example[0].front).toContain('算出结果。');
		expect(example[0].facet).toMatchObject({ result: '\\frac{1}{2}' });
		expect(example[0].back).toContain('= \\frac{1}{2}(1 - 0)^2 = \\frac{1}{2}');
	});

	it('answers no formula card with a dangling reference or a bare frame (tuning files)', () => {
		for (const name of TUNING) {
			for (const c of formulas(deck(name))) {
				const f = facet(c);
				if (f?.type !== 'formula' || !f.description || f.ask === 'meaning') continue;
				// Name cards carry the description on their back: never "根据上述过程…" or "…as follows."
				expect(f.description, c.front).not.toMatch(/上述|as follows|^(?:Thus|So|Then|因此|那么)/u);
			}
		}
		const zh = deck(TUNING[6]);
		const basic = asking(zh, 'name', 'attention(Q,K,V) = softmax(qK^T)v')!;
		expect(basic.back).toBe('**注意力机制计算的基本公式**');
		const en = asking(deck(TUNING[0]), 'name', '-\\log P')!;
		expect(en.back).not.toContain('which we can express as follows');
	});

	it('names the softmax from "gives us the *softmax* function:" (d2l-en)', () => {
		const cards = decks.get('d2l-en/chapter_linear-classification_softmax-regression.md')!.cards;
		const tex = '\\hat{\\mathbf{y}} = \\mathrm{softmax}(\\mathbf{o})';
		expect(facet(asking(cards, 'tex', tex))?.name).toBe('softmax function');
		// "…we obtain $$…$$ To understand …, consider …" : the capitalised sentence is not its end.
		const plugged = formulas(cards).find((c) =>
			c.tex?.startsWith('\\begin{aligned}\nl(\\mathbf{y}')
		)!;
		expect(plugged.back).not.toContain('To understand');
	});

	it('turns "定义为以下公式" / "如下面的式子" into one whole sentence (d2l-zh)', () => {
		const cards = deck(TUNING[3]);
		const loss = facet(asking(cards, 'name', 'l^{(i)}(\\mathbf{w}, b) = \\frac{1}{2}'))!;
		expect(loss.description).toMatch(/平方误差可以定义为上式。$/u);
		const price = facet(asking(cards, 'meaning', '\\mathrm{price} = w_{\\mathrm{area}}'))!;
		expect(price.description).toBe(
			'线性假设是指目标（房屋价格）可以表示为特征（面积和房龄）的加权和，如上式。'
		);
	});

	it('drops the connective a description opens with (d2l-en, d2l-zh)', () => {
		const update = facet(asking(deck(TUNING[0]), 'meaning', '(\\mathbf{w},b) \\leftarrow'))!;
		expect(update.description).toMatch(/^We multiply the gradient by a predetermined/);
		expect(update.description).not.toContain('We can express the update as follows');
		const z = facet(asking(deck(TUNING[6]), 'meaning', '\\widetilde{Z_j}'))!;
		expect(z.description).toMatch(/^对每个样本的值减去均值再除以标准差/);
	});

	it('asks a derivation step for the step the text names, with both formulas shown (d2l-zh)', () => {
		const card = formulas(deck(TUNING[4])).find(
			(c) => c.tex?.startsWith('e^{(k)} - \\frac') && c.facet?.type === 'formula'
		)!;
		expect(card.front).toContain("0 = f'(x^{(k)} - e^{(k)})");
		expect(card.front).toContain('文中如何由第一个公式得到第二个公式？');
		expect(card.back).toBe("将第一个公式除以$f''(x^{(k)})$。");
	});

	it("gives exercise cards a question in the article's language (happy-llm, d2l-en)", () => {
		const zh = deck(TUNING[6]).filter((c) => c.kind === 'exercise');
		expect(zh.length).toBeGreaterThan(0);
		for (const c of zh) expect(c.front).toMatch(/^练习：用一组新的数字计算 \*\*.+\*\*。\n\n\$\$/);
		const en = deck(TUNING[0]).filter((c) => c.kind === 'exercise');
		for (const c of en)
			expect(c.front).toMatch(/^Exercise: compute \*\*.+\*\* with fresh numbers\.\n\n\$\$/);
	});

	it('asks a symbol once per article', () => {
		const alpha = formulas(cards).filter(
			(c) => c.facet?.type === 'symbol' && c.facet.symbol === '\\alpha'
		);
		expect(alpha).toHaveLength(1);
	});
});

const cardsOf = (md: string) => formulas(importArticle(md, { path: 'inline.md' }).cards);

describe('formula cards on small examples', () => {
	it('makes no "what does it express" card when nothing describes the formula', () => {
		const cards = cardsOf(
			'# T\n\n## Loss\n\nIntro text here.\n\n## Other\n\n$$\nL = (y - t)^2\n$$\n'
		);
		expect(cards).toEqual([]);
	});

	it('makes only name and symbol cards for a named formula with nothing more to say', () => {
		const cards = cardsOf(
			'# T\n\n## 损失\n\n**均方误差**：\n\n$$\nMSE = \\frac{1}{n}\\sum (y_i - \\hat{y}_i)^2\n$$\n\n其中，$y_i$为真实值，$\\hat{y}_i$为预测值。\n'
		);
		expect(cards.map((c) => (c.facet?.type === 'formula' ? c.facet.ask : 'symbol'))).toEqual([
			'tex',
			'name',
			'symbol',
			'symbol'
		]);
		expect(cards[2].front).toBe(
			'在 **均方误差** 的公式中，$y_i$ 表示什么？\n\n$$\nMSE = \\frac{1}{n}\\sum (y_i - \\hat{y}_i)^2\n$$'
		);
	});

	it('never names a formula after its heading', () => {
		const cards = cardsOf(
			'# T\n\n## Softmax\n\nWe normalise the scores so that they sum to one:\n\n$$\n\\hat{y}_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}\n$$\n'
		);
		expect(cards.some((c) => c.front.includes('Softmax') || c.back.includes('Softmax'))).toBe(
			false
		);
		expect(facet(cards[0])?.description).toBe('We normalise the scores so that they sum to one.');
	});

	it('makes no name card from a category noun; takes the specific name nearby', () => {
		const generic = cardsOf(
			'# T\n\n## Loss\n\nFor a single example the loss function is given by\n\n$$\nl = -\\sum_j y_j \\log \\hat{y}_j.\n$$\n\nThis is called the *cross-entropy loss*.\n'
		);
		expect(facet(generic.find((c) => facet(c)?.ask === 'tex'))?.name).toBe('cross-entropy loss');
		const bare = cardsOf(
			'# T\n\n## 损失\n\n我们先给出一个例子。损失函数可以定义为：\n\n$$\nl = (y - t)^2\n$$\n'
		);
		expect(bare.some((c) => facet(c)?.ask === 'tex')).toBe(false);
	});

	it('asks a step whose lead-in only says "we obtain" for the formula before it', () => {
		const cards = cardsOf(
			'# T\n\n## 推导\n\n损失的梯度是一个向量：\n\n$$\ng = X^T (Xw - y)\n$$\n\n令梯度为零，我们可以得到：\n\n$$\nw = (X^T X)^{-1} X^T y\n$$\n'
		);
		const step = cards.find((c) => c.tex === 'w = (X^T X)^{-1} X^T y')!;
		expect(step.front).toContain('$$\ng = X^T (Xw - y)\n$$\n\n$$\nw = (X^T X)^{-1} X^T y\n$$');
		expect(step.back).toBe('令梯度为零。');
	});

	it('skips prose set as math', () => {
		expect(isProseOnly('\\text{模型训练} \\rightarrow')).toBe(false);
		expect(isProseOnly('\\text{the loss goes down}.')).toBe(true);
		expect(cardsOf('# T\n\nAs we saw:\n\n$$\n\\text{the loss goes down}.\n$$\n')).toEqual([]);
	});

	it('names a formula "subject + head" from "GELU 的计算方式为：", never the bare head', () => {
		const cards = cardsOf(
			'# T\n\n## 激活\n\nBERT 使用 GELU 激活函数。GELU 的计算方式为：\n\n$$\nGELU(x) = 0.5x(1 + \\tanh(x))\n$$\n'
		);
		const tex = cards.find((c) => facet(c)?.ask === 'tex')!;
		expect(facet(tex)?.name).toBe('GELU 的计算方式');
		expect(tex.front).toBe('**GELU 的计算方式** 是什么？');
		expect(cards.find((c) => facet(c)?.ask === 'name')?.back).toBe('**GELU 的计算方式**');
		const bare = cardsOf(
			'# T\n\n## 激活\n\n我们换一种写法。其计算方式为：\n\n$$\ny = 0.5x(1 + \\tanh(x))\n$$\n'
		);
		expect(bare.some((c) => /方式/u.test(c.front + c.back) && facet(c)?.name)).toBe(false);
	});

	it('makes no name/tex pair of a generic lead-in noun; the formula keeps a card (en)', () => {
		const simplified = cardsOf(
			'# T\n\n## Quadratics\n\nSince $Q$ is positive definite it can be decomposed as $Q = O^\\top \\Lambda O$ for an orthogonal matrix $O$. This allows us to change variables to $z = O x$ to obtain a much simplified expression:\n\n$$\nh(z) = \\frac{1}{2} z^\\top \\Lambda z + b\n$$\n'
		);
		expect(simplified.length).toBeGreaterThan(0);
		for (const c of simplified) {
			expect(facet(c)?.name).toBeUndefined();
			expect(c.front + c.back).not.toContain('**much simplified expression**');
		}
		const updates = cardsOf(
			'# T\n\n## Momentum\n\nAveraging past gradients works well. Using $v_t$ instead of the gradient $g_t$ yields the following update equations:\n\n$$\n\\begin{aligned}v_t &\\leftarrow \\beta v_{t-1} + g_t \\\\ x_t &\\leftarrow x_{t-1} - \\eta v_t\\end{aligned}\n$$\n'
		);
		expect(updates.some((c) => facet(c)?.ask === 'tex')).toBe(false);
		expect(facet(updates.find((c) => facet(c)?.ask === 'meaning'))?.description).toBe(
			'Using $v_t$ instead of the gradient $g_t$ yields the update equations in this formula.'
		);
	});

	it('answers "what does it express" with a whole statement, never a lead-in cut off', () => {
		const becomes = cardsOf(
			'# T\n\n## Eigenbasis\n\nExpressed in terms of $z$ gradient descent becomes\n\n$$\nz_t = (1 - \\Lambda) z_{t-1}.\n$$\n\nThe important fact in this expression is that gradient descent does not mix between different eigenspaces.\n'
		);
		const d = facet(becomes.find((c) => facet(c)?.ask === 'meaning'))!.description!;
		expect(d).toContain('gradient descent becomes this formula.');
		expect(d).toContain(
			'The important fact in this expression is that gradient descent does not mix'
		);
		const above = cardsOf(
			"# T\n\n## Scalar functions\n\nGiven the above result let's see what happens when we minimize the function $f(x) = \\frac{\\lambda}{2} x^2$. For gradient descent we have\n\n$$\nx_{t+1} = (1 - \\eta \\lambda) x_t.\n$$\n"
		);
		expect(facet(above.find((c) => facet(c)?.ask === 'meaning'))?.description).toBe(
			'When we minimize the function $f(x) = \\frac{\\lambda}{2} x^2$, for gradient descent we have this formula.'
		);
	});

	it('takes "This is a …" after the formula over a lead-in that leans on the text before', () => {
		const cards = cardsOf(
			'# T\n\n## Quadratics\n\nThe 2D example seemed contrived. We will now see that this is quite representative. Consider the function\n\n$$\nh(x) = \\frac{1}{2} x^\\top Q x + x^\\top c + b.\n$$\n\nThis is a general quadratic function. For positive definite $Q$ it has a minimizer.\n'
		);
		expect(facet(cards.find((c) => facet(c)?.ask === 'meaning'))?.description).toBe(
			'This is a general quadratic function.'
		);
	});

	it('holds the same rules in Chinese: "变为", "这是一个…", "根据上述结论", "为了简洁"', () => {
		const becomes = cardsOf(
			'# T\n\n## 特征空间\n\n用 $z$ 表示后，梯度下降变为\n\n$$\nz_t = (1 - \\Lambda) z_{t-1}.\n$$\n\n这个式子中重要的一点是梯度下降不会在不同特征空间之间混合。\n'
		);
		expect(becomes.some((c) => facet(c)?.name)).toBe(false);
		expect(facet(becomes.find((c) => facet(c)?.ask === 'meaning'))?.description).toBe(
			'用 $z$ 表示后，梯度下降变为上式。这个式子中重要的一点是梯度下降不会在不同特征空间之间混合。'
		);
		const kind = cardsOf(
			'# T\n\n## 二次函数\n\n我们将看到这其实很有代表性。考虑函数\n\n$$\nh(x) = \\frac{1}{2} x^\\top Q x + b.\n$$\n\n这是一个一般的二次函数。对于正定矩阵 $Q$，它有最小值。\n'
		);
		expect(kind.some((c) => facet(c)?.name)).toBe(false);
		expect(facet(kind.find((c) => facet(c)?.ask === 'meaning'))?.description).toBe(
			'这是一个一般的二次函数。'
		);
		const above = cardsOf(
			'# T\n\n## 标量函数\n\n根据上述结论，我们来看最小化函数 $f(x) = x^2$ 时的情形。对梯度下降，我们有\n\n$$\nx_{t+1} = (1 - 2\\eta) x_t.\n$$\n'
		);
		const d = facet(above.find((c) => facet(c)?.ask === 'meaning'))!.description!;
		expect(d).not.toContain('上述');
		expect(d).toContain('对梯度下降，我们有上式。');
		const aside = cardsOf(
			'# T\n\n## 小批量\n\n对小批量上的梯度求平均可以降低方差，小批量梯度为：\n\n$$\ng_t = \\frac{1}{|B|} \\sum_{i \\in B} g_{i, t-1}\n$$\n\n这里为了简洁，我们记 $g_{ii} = \\partial_w f(x_i, w_t)$。\n'
		);
		for (const c of aside) expect(c.back).not.toContain('简洁');
	});

	it('never answers with a notation aside about another symbol', () => {
		const cards = cardsOf(
			'# T\n\n## Leaky averages\n\nAveraging gradients over a minibatch reduces their variance, as the minibatch gradient shows:\n\n$$\ng_t = \\frac{1}{|B|} \\sum_{i \\in B} g_{i, t-1}\n$$\n\nHere we used $g_{ii} = \\partial_w f(x_i, w_t)$ to keep the notation simple.\n'
		);
		expect(cards.length).toBeGreaterThan(0);
		for (const c of cards) expect(c.back).not.toContain('notation');
		expect(facet(cards.find((c) => facet(c)?.ask === 'meaning'))?.description).toContain(
			'reduces their variance'
		);
	});

	it('reads a "其中：" list as the legend and prefers what the formula computes', () => {
		const cards = cardsOf(
			'# T\n\n## 归一化\n\nT5 采用了 RMSNorm，通过计算每个神经元的均方根来归一化每个隐藏层的激活值。RMSNorm 的参数设置更简单，只有一个可学参数。RMSNorm函数可以用以下数学公式表示：\n\n$$\n\\text{RMSNorm}(x) = \\frac{x}{\\sqrt{\\frac{1}{n}\\sum_{i=1}^{n}x_i^2 + \\epsilon}} \\cdot \\gamma\n$$\n\n其中：\n- $x_i$ 是输入向量的第 $i$ 个元素\n- $\\gamma$ 是可学习的缩放参数\n- $\\epsilon$ 是一个小常数，用于数值稳定性\n\n这种归一化有助于稳定学习过程。\n'
		);
		const named = cards.find((c) => facet(c)?.ask === 'name')!;
		expect(facet(named)?.name).toBe('RMSNorm函数');
		expect(facet(named)?.description).toBe(
			'T5 采用了 RMSNorm，通过计算每个神经元的均方根来归一化每个隐藏层的激活值。'
		);
		const meaning = Object.fromEntries(
			cards
				.filter((c) => c.facet?.type === 'symbol')
				.map((c) => [(c.facet as SymbolFacet).symbol, (c.facet as SymbolFacet).meaning])
		);
		expect(meaning).toEqual({
			x_i: '输入向量的第 $i$ 个元素',
			'\\gamma': '可学习的缩放参数',
			'\\epsilon': '一个小常数，用于数值稳定性'
		});
		// The card's lines reach the end of the list (line 14).
		expect(named.context.endLine).toBeGreaterThanOrEqual(14);
	});

	it('reads a list of symbols right after a formula as its legend (en)', () => {
		const cards = cardsOf(
			'# T\n\n## Affine\n\nThe affine model computes a weighted sum of the features:\n\n$$\ny = w^\\top x + b\n$$\n\n- $w$ is the weight vector\n- $b$ is the bias of the affine map\n'
		);
		const meaning = Object.fromEntries(
			cards
				.filter((c) => c.facet?.type === 'symbol')
				.map((c) => [(c.facet as SymbolFacet).symbol, (c.facet as SymbolFacet).meaning])
		);
		// (A bare "$b$ is the bias" says only what the letter says: no card of its own.)
		expect(meaning).toEqual({ w: 'the weight vector', b: 'the bias of the affine map' });
		// A list of steps after a formula is no legend.
		const steps = cardsOf(
			'# T\n\n## Affine\n\nThe affine model computes a weighted sum of the features:\n\n$$\ny = w^\\top x + b\n$$\n\n- Initialise $w$ at random\n- Update $b$ each step\n'
		);
		expect(steps.some((c) => c.facet?.type === 'symbol')).toBe(false);
	});

	it('asks a formula of a run for the formula before it', () => {
		const cards = cardsOf(
			'# T\n\n每一层先做线性变换，再经过激活函数：\n\n$$\nz_l = W_l a_{l-1}\n$$\n$$\na_l = \\sigma(z_l)\n$$\n'
		);
		const second = cards.find((c) => c.tex === 'a_l = \\sigma(z_l)')!;
		expect(second.front).toContain('前一个公式是什么');
		expect(second.back).toBe('$$\nz_l = W_l a_{l-1}\n$$');
		const first = cards.find((c) => c.tex === 'z_l = W_l a_{l-1}')!;
		expect(facet(first)?.description).toBe('每一层先做线性变换，再经过激活函数。');
	});
});

describe('names and lead-ins', () => {
	it.each([
		['the *squared error* is given by:', 'squared error'],
		[
			'Given a query $q$, the *additive attention* scoring function :cite:`B` is given by',
			'additive attention scoring function'
		],
		[
			'So we can *minimize* the *negative log-likelihood*, which we can express as follows:',
			'negative log-likelihood'
		],
		['平方误差可以定义为以下公式：', '平方误差'],
		['根据上述过程，我们就可以得到注意力机制计算的基本公式：', '注意力机制计算的基本公式'],
		['查询$\\mathbf Q$、键$\\mathbf K$和值$\\mathbf V$的缩放点积注意力是：', '缩放点积注意力'],
		['We can express the update as follows:', null],
		['我们用下面的数学公式来表示这一更新过程：', null],
		['由此可以得到的数学公式是：', null],
		['其编码方式为：', null],
		// A generic head names nothing; with a subject it keeps it (set1 cards 8, 13, 63).
		['GELU 的计算方式为：', 'GELU 的计算方式'],
		['简化后的表达式为：', null],
		['RMSNorm函数可以用以下数学公式表示：', 'RMSNorm函数'],
		[
			'This allows us to perform a change of variables from $x$ to $z$ to obtain a much simplified expression:',
			null
		],
		['Using $\\mathbf{v}_t$ instead of the gradient yields the following update equations:', null],
		['Combining both steps yields the momentum update equations:', 'momentum update equations'],
		['Rearranging gives a much simpler softmax expression:', 'softmax expression'],
		['化简后得到更简洁的交叉熵损失：', '交叉熵损失']
	])('formulaName(%s) = %s', (lead, name) => {
		expect(formulaName(lead)).toBe(name);
	});

	it.each([
		['As an aside, researchers call this *linear* convergence, whereas …', 'linear convergence'],
		['This is known as the softmax.', 'softmax'],
		['这也就是注意力机制的核心计算公式了。', '注意力机制的核心计算公式'],
		['The constant makes no real difference.', null]
	])('nameAfter(%s) = %s', (sentence, name) => {
		expect(nameAfter(sentence)).toBe(name);
	});

	it.each([
		['Thus, we can now write out the likelihood.', false, 'We can now write out the likelihood.'],
		['First order terms matter.', false, 'First order terms matter.'],
		[
			'To begin, recall that a normal distribution is given as this formula.',
			false,
			'A normal distribution is given as this formula.'
		],
		[
			'因此，我们要将 Q 和 K 乘积的结果做一个放缩。',
			true,
			'我们要将 Q 和 K 乘积的结果做一个放缩。'
		],
		['最后的结果是上式。', true, '最后的结果是上式。'],
		['即使如此，它仍收敛。', true, '即使如此，它仍收敛。']
	])('stripConnective(%s) = %s', (s, zh, out) => {
		expect(stripConnective(s, zh)).toBe(out);
	});

	it.each([
		['方式', true],
		['计算方式', true],
		['简化后的表达式', true],
		['GELU 的计算方式', false],
		['神经网络的基本公式', false],
		['much simplified expression', true],
		['update equations', true],
		['system of equations', true],
		['normal equations', false],
		['value function', false]
	])('isGenericName(%s) = %s', (name, generic) => {
		expect(isGenericName(name)).toBe(generic);
	});

	it('gives a lead-in that breaks off its object, and no "following"', () => {
		expect(leadAsAnswer('Expressed in terms of $z$ gradient descent becomes', false)).toBe(
			'Expressed in terms of $z$ gradient descent becomes this formula.'
		);
		expect(
			leadAsAnswer('Using $v$ instead of $g$ yields the following update equations:', false)
		).toBe('Using $v$ instead of $g$ yields the update equations in this formula.');
		expect(leadAsAnswer('平方误差可以定义为以下公式：', true)).toBe('平方误差可以定义为上式。');
		expect(leadAsAnswer('我们可以明确地写成如下形式:', true)).toBe('我们可以明确地写成上式。');
		expect(leadAsAnswer('目标可以表示为特征的加权和，如下面的式子：', true)).toBe(
			'目标可以表示为特征的加权和，如上式。'
		);
	});

	it('drops a back reference the card does not show', () => {
		expect(
			dropBackReference(
				[
					"Given the above result let's see what happens when we minimize the function $f$.",
					'For gradient descent we have this formula.'
				],
				false
			)
		).toEqual(['When we minimize the function $f$, for gradient descent we have this formula.']);
		expect(dropBackReference(['根据上述结论，损失随步数下降。'], true)).toEqual([
			'损失随步数下降。'
		]);
		expect(dropBackReference(['Given a query $q$, the score is this formula.'], false)).toEqual([
			'Given a query $q$, the score is this formula.'
		]);
	});

	it('tells a frame from a description', () => {
		expect(isFrameOnly('We can express the update as follows.')).toBe(true);
		expect(isFrameOnly('我们用公式可以表示为上式。')).toBe(true);
		expect(isFrameOnly("将上述展开除以$f''$得到上式。")).toBe(false);
	});

	it('turns a lead-in into a whole sentence', () => {
		expect(leadAsAnswer('the squared error is given by:', false)).toBe(
			'the squared error is given by this formula.'
		);
		expect(leadAsAnswer('利用泰勒展开，我们可以得到', true)).toBe(
			'利用泰勒展开，我们可以得到上式。'
		);
		expect(leadAsAnswer('This means that, if we use', false, 'to iterate $x$.')).toBe(
			'This means that, if we use this formula to iterate $x$.'
		);
	});
});

describe('formula text that ends where the formula does (set2 judgement)', () => {
	const meaningOf = (md: string, tex: string) =>
		facet(asking(cardsOf(md), 'meaning', tex))?.description;

	it('joins no new Chinese sentence after the formula to its lead-in', () => {
		const d = meaningOf(
			'# T\n\n## 位置编码\n\n位置编码使用位置嵌入矩阵 $\\mathbf{P}$ 输出 $\\mathbf{X} + \\mathbf{P}$，该矩阵在第 $i$ 行和第 $2j$ 列上的元素为\n\n$$p_{i, 2j} = \\sin\\left(\\frac{i}{10000^{2j/d}}\\right)$$\n\n乍一看，这种三角函数设计看起来很奇怪。\n',
			'p_{i, 2j}'
		);
		expect(d).toBe(
			'位置编码使用位置嵌入矩阵 $\\mathbf{P}$ 输出 $\\mathbf{X} + \\mathbf{P}$，该矩阵在第 $i$ 行和第 $2j$ 列上的元素为上式。'
		);
	});

	it('never joins a sentence about code, and closes a lead-in ending in "其中"', () => {
		const d = meaningOf(
			'# T\n\n## 自注意力\n\n给定一个序列 $\\mathbf{x}_1, \\ldots, \\mathbf{x}_n$，它的自注意力会输出一个长度相同的序列 $\\mathbf{y}_1, \\ldots, \\mathbf{y}_n$，其中\n\n$$\\mathbf{y}_i = f(\\mathbf{x}_i, (\\mathbf{x}_1, \\mathbf{x}_1), \\ldots, (\\mathbf{x}_n, \\mathbf{x}_n))$$\n\n通过多头注意力，以下代码片段计算了一个张量的自注意力。\n',
			'\\mathbf{y}_i'
		)!;
		expect(d).not.toContain('代码');
		expect(d).toMatch(/，其中满足上式。$/u);
		// "… using this formula to iterate $x$" still goes on after the formula.
		expect(
			meaningOf(
				"# T\n\n## GD\n\n这意味着，如果我们使用\n\n$$x \\leftarrow x - \\eta f'(x)$$\n\n来迭代$x$，函数$f(x)$的值可能会下降。\n",
				'x \\leftarrow'
			)
		).toBe('如果我们使用上式来迭代$x$，函数$f(x)$的值可能会下降。');
	});

	it('reads an :eqref: to another formula as its TeX, or drops it with its locative', () => {
		const md = (ref: string) =>
			`# T\n\n## A\n\nThe score is given by\n\n$$${ref}$$\n:eqlabel:\`eq_a\`\n\n## B\n\n根据 :eqref:\`eq_a\` 中评分函数 $a$ 的定义，注意力权重会输出一个概率分布 $\\alpha$，其中\n\n$$\\alpha_i = \\mathrm{softmax}(a(\\mathbf{q}, \\mathbf{k}_i))$$\n`;
		const short = meaningOf(
			md('a(\\mathbf{q}, \\mathbf{k}) = \\mathbf{q}^\\top \\mathbf{k}'),
			'\\alpha_i'
		);
		expect(short).toContain(
			'根据 $a(\\mathbf{q}, \\mathbf{k}) = \\mathbf{q}^\\top \\mathbf{k}$ 中评分函数'
		);
		const long = meaningOf(
			md(
				'\\begin{aligned} a(\\mathbf{q}, \\mathbf{k}) &= \\mathbf{q}^\\top \\mathbf{k} \\\\ &= \\sum_i q_i k_i \\end{aligned}'
			),
			'\\alpha_i'
		)!;
		// Cleaned, the reference would read "根据公式中…": as if it meant this card's formula.
		expect(long).toContain('根据评分函数 $a$ 的定义');
		expect(long).not.toMatch(/公式|eqref/u);
	});

	it('resolves "in :eqref:`eq_l_cross_entropy`" to the loss it names (d2l-en)', () => {
		const loss = '$l(\\mathbf{y}, \\hat{\\mathbf{y}}) = - \\sum_{j=1}^q y_j \\log \\hat{y}_j$';
		const en = formulas(deck(TUNING[7])).find((c) =>
			c.tex?.startsWith('\\begin{aligned}\nl(\\mathbf{y}')
		)!;
		expect(en.back).toContain(`the definition of the loss in ${loss} and using`);
	});

	it('refuses "is similar to the computation in …" as what a formula expresses', () => {
		const cards = cardsOf(
			'# T\n\n## RNN\n\nThe hidden state is computed from the input and the previous state:\n\n$$\\mathbf{H}_t = \\phi(\\mathbf{X}_t \\mathbf{W}_{xh} + \\mathbf{H}_{t-1} \\mathbf{W}_{hh})$$\n\nFor time step $t$, the output of the output layer is similar to the computation in the multilayer perceptron:\n\n$$\\mathbf{O}_t = \\mathbf{H}_t \\mathbf{W}_{hq} + \\mathbf{b}_q$$\n\nRNN parameters are shared across time steps.\n'
		);
		const out = cards.filter((c) => c.tex?.startsWith('\\mathbf{O}_t'));
		expect(out.length).toBeGreaterThan(0);
		expect(out.map((c) => c.back).join('\n')).not.toContain('similar to');
		// Alone, the formula keeps the comparison as its last-resort card.
		const alone = cardsOf(
			'# T\n\n## RNN\n\nFor time step $t$, the output of the output layer is similar to the computation in the multilayer perceptron:\n\n$$\\mathbf{O}_t = \\mathbf{H}_t \\mathbf{W}_{hq} + \\mathbf{b}_q$$\n'
		);
		expect(alone).toHaveLength(1);
	});

	it('gives every symbol of "A is …, B is …, and C is … of the output layer" the qualifier', () => {
		const cards = cardsOf(
			'# T\n\n## Output\n\nLastly the output layer is given by\n\n$$\\mathbf{O} = \\mathbf{H} \\mathbf{W}_{hq} + \\mathbf{b}_q.$$\n\nHere, $\\mathbf{O} \\in \\mathbb{R}^{n \\times q}$ is the output variable, $\\mathbf{W}_{hq} \\in \\mathbb{R}^{h \\times q}$ is the weight parameter, and $\\mathbf{b}_q \\in \\mathbb{R}^{1 \\times q}$ is the bias parameter of the output layer.\n'
		);
		const meaning = Object.fromEntries(
			symbols(cards, '\\mathbf{O}').map((s) => [s.symbol, s.meaning])
		);
		expect(meaning['\\mathbf{W}_{hq}']).toBe('the weight parameter of the output layer');
		expect(meaning['\\mathbf{b}_q']).toBe('the bias parameter of the output layer');
	});

	it('asks no symbol whose meaning is only the word for its letter', () => {
		const cards = cardsOf(
			'# T\n\n## 模型\n\n神经网络的基本公式为：\n\n$$y = \\sigma(Wx + b)$$\n\n其中，$y$ 是输出值，$W$ 是权重矩阵，$x$ 是输入，$b$ 是输出层的偏置。\n'
		);
		const asked = Object.fromEntries(symbols(cards, 'y =').map((s) => [s.symbol, s.meaning]));
		// "输出值" and "输入" say what y and x always say; a shape or a qualifier is worth asking.
		expect(asked).toEqual({ W: '权重矩阵', b: '输出层的偏置' });
		// The seed's "\( y \) 是输出值 … \( x \) 是输入值" makes no card, "\( W \) 是权重矩阵" does.
		const seed = formulas(importArticle(sample('000').source, { path: sample('000').path }).cards);
		const seedSymbols = seed
			.filter((c) => c.facet?.type === 'symbol')
			.map((c) => (c.facet as SymbolFacet).symbol);
		expect(seedSymbols).toContain('W');
		expect(seedSymbols).not.toContain('y');
	});
});

describe('names from "X为下面的公式"', () => {
	it('takes the subject of "sigmoid函数的导数为下面的公式：" as the name', () => {
		expect(formulaName('sigmoid函数的导数为下面的公式：')).toBe('sigmoid函数的导数');
		expect(formulaName('其结果为如下形式：')).toBeNull();
	});
});

describe('connectives of a description', () => {
	it('drops "Specifically," (set2 RNN card 9)', () => {
		expect(
			stripConnective('Specifically, the calculation is determined by the input.', false)
		).toBe('The calculation is determined by the input.');
	});
});

describe('formula names cut from a lead-in (set 3 of unseen articles)', () => {
	it('drops the adverb before 为, and names nothing from "本章…", "4 个…", "同一条…"', () => {
		expect(formulaName('则输出形状将为')).toBe('输出形状');
		expect(formulaName('本章将训练 advantage 写为：')).toBeNull();
		expect(formulaName('4 个 advantage 分别为：')).toBeNull();
		expect(formulaName('让 Teacher 计算同一条 Student completion 的条件概率：')).toBeNull();
		// "本章使用 X：" names the X it uses.
		expect(formulaName('OPD 可以选择不同的分布散度。本章使用 reverse KL：')).toBe('reverse KL');
	});

	it('asks no name of a formula made only of numbers', () => {
		const md = '# 奖励\n\n## 优势\n\n4 个样本的优势值为：\n\n$$\n[0.5, -0.5, -0.5, 0.5]\n$$\n';
		const cards = importArticle(md, { path: 'adv.md' }).cards.filter((c) => c.kind === 'formula');
		const asks = cards.map((c) => (c.facet?.type === 'formula' ? c.facet.ask : ''));
		expect(asks).not.toContain('name');
		expect(asks).not.toContain('tex');
	});
});

describe('two formulas with one name', () => {
	it('each asks its formula in its own section', () => {
		const md = [
			'# 卷积',
			'',
			'## 填充',
			'',
			'添加 $p_h$ 行填充后，输出形状为：',
			'',
			'$$(n_h-k_h+p_h+1)\\times(n_w-k_w+p_w+1)$$',
			'',
			'## 步幅',
			'',
			'当垂直步幅为 $s_h$ 时，输出形状为：',
			'',
			'$$\\lfloor(n_h-k_h+p_h+s_h)/s_h\\rfloor \\times \\lfloor(n_w-k_w+p_w+s_w)/s_w\\rfloor$$'
		].join('\n');
		const fronts = importArticle(md, { path: 'conv.md' })
			.cards.filter((c) => c.facet?.type === 'formula' && c.facet.ask === 'tex')
			.map((c) => c.front);
		expect(fronts).toEqual([
			'在「填充」中，**输出形状** 的公式是什么？',
			'在「步幅」中，**输出形状** 的公式是什么？'
		]);
	});
});
