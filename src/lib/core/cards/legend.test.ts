import { describe, expect, it } from 'vitest';
import { bareSymbol, isObviousMeaning, parseLegend, usesSymbol } from './legend';

const meanings = (text: string, tex?: string) =>
	Object.fromEntries(parseLegend(text, tex).map((e) => [e.symbol, e.meaning]));

describe('parseLegend', () => {
	it('ends a meaning at its clause', () => {
		expect(meanings('其中，$y_i$为真实值，$\\hat{y_i}$为模型预测值。')).toEqual({
			y_i: '真实值',
			'\\hat{y_i}': '模型预测值'
		});
		expect(
			meanings('where $w$ is the weight; $b$ is the bias. The bias shifts the line.', 'y = w x + b')
		).toEqual({ w: 'the weight', b: 'the bias' });
	});

	it('gives "$X$, $Y$ and $Z$ are …" the shared meaning', () => {
		expect(meanings('where $X$, $Y$ and $Z$ are matrices of the same shape.', 'X + Y = Z')).toEqual(
			{
				X: 'matrices of the same shape',
				Y: 'matrices of the same shape',
				Z: 'matrices of the same shape'
			}
		);
		expect(
			meanings(
				'其中，\\( W_{FF1} \\)、\\( W_{FF2} \\) 分别是前馈神经网络的权重。',
				'W_{FF1} W_{FF2}'
			)
		).toEqual({ 'W_{FF1}': '前馈神经网络的权重', 'W_{FF2}': '前馈神经网络的权重' });
	});

	it('pairs symbols and meanings with "respectively" / "分别"', () => {
		expect(
			meanings(
				'where $\\mathbf{x}$, $\\mathbf{w}$ and $b$ are the inputs, weights and bias, respectively.',
				'\\mathbf{w}^\\top \\mathbf{x} + b'
			)
		).toEqual({ '\\mathbf{x}': 'the inputs', '\\mathbf{w}': 'weights', b: 'bias' });
		expect(
			meanings('其中，\\( Q \\)、\\( K \\)、\\( V \\) 分别是查询向量、键向量和值向量。')
		).toEqual({
			Q: '查询向量',
			K: '键向量',
			V: '值向量'
		});
	});

	it('reads list-like legends without a verb', () => {
		expect(meanings('where $x$ the feature vector and $b$ the bias.', 'y = w x + b')).toEqual({
			x: 'the feature vector',
			b: 'the bias'
		});
	});

	it('strips domains from the symbol', () => {
		expect(
			meanings(
				'where $\\mathbf W_q\\in\\mathbb R^{h\\times q}$, $\\mathbf W_k\\in\\mathbb R^{h\\times k}$, and $\\mathbf w_v\\in\\mathbb R^{h}$ are the learnable parameters.',
				'\\mathbf w_v^\\top \\textrm{tanh}(\\mathbf W_q\\mathbf q + \\mathbf W_k \\mathbf k)'
			)
		).toEqual({
			'\\mathbf W_q': 'the learnable parameters',
			'\\mathbf W_k': 'the learnable parameters',
			'\\mathbf w_v': 'the learnable parameters'
		});
		expect(bareSymbol('\\mathbf{x} \\in \\mathbb{R}^d')).toBe('\\mathbf{x}');
		expect(bareSymbol('x \\in X')).toBe('x');
		expect(bareSymbol('e^{(k)} \\stackrel{\\textrm{def}}{=} x^{(k)} - x^*')).toBe('e^{(k)}');
	});

	it('reads "meaning 是 symbols" (zh) and "called" appositives', () => {
		expect(meanings('其中可学习的参数是$W_q$、$W_k$和$w_v$。', 'W_q + W_k + w_v')).toEqual({
			W_q: '可学习的参数',
			W_k: '可学习的参数',
			w_v: '可学习的参数'
		});
		expect(
			meanings(
				'Here $w_{\\textrm{area}}$ and $w_{\\textrm{age}}$ are called *weights*, and $b$ is called a *bias* (or *offset* or *intercept*).'
			)
		).toEqual({
			'w_{\\textrm{area}}': 'weights',
			'w_{\\textrm{age}}': 'weights',
			b: 'a bias (or offset or intercept)'
		});
	});

	it('reads bare Latin symbols in Chinese prose when the formula uses them', () => {
		const tex = '\\mu_j = \\frac{1}{m}\\sum^{m}_{i=1}Z_j^{i}';
		expect(
			meanings('其中， $Z_j^{i}$ 是样本 i 在第 j 个维度上的值，m 就是 mini-batch 的大小。', tex)
		).toEqual({ 'Z_j^{i}': '样本 i 在第 j 个维度上的值', m: 'mini-batch 的大小' });
		// "q" is not in this formula: no entry, however the sentence reads.
		expect(meanings('其中，q 是查询。', tex)).toEqual({});
	});

	it('never lends a meaning to a symbol the formula does not use', () => {
		expect(meanings('where $x$ is the input and $z$ is unrelated.', 'y = 2x')).toEqual({
			x: 'the input'
		});
		expect(usesSymbol('y = \\sigma(W \\cdot x + b)', 'x')).toBe(true);
		expect(usesSymbol('y = \\sigma(W \\cdot x + b)', 'a')).toBe(false);
		expect(usesSymbol('x = qK^T', 'K')).toBe(true);
		expect(
			usesSymbol('\\text{Concat}(\\text{head}_1, ..., \\text{head}_h)', '\\text{head}_i')
		).toBe(true);
	});

	it('keeps a purpose clause with its meaning, but not a new entry after ";"', () => {
		const tex = '\\frac{x}{\\sqrt{\\frac{1}{n}\\sum x_i^2 + \\epsilon}}';
		expect(
			meanings(
				'其中：$\\epsilon$ 是一个小常数，用于数值稳定性（以避免除以零）；$n$ 是维度数量。',
				tex
			)
		).toEqual({ '\\epsilon': '一个小常数，用于数值稳定性（以避免除以零）', n: '维度数量' });
		expect(
			meanings(
				'where $\\epsilon$ is a small constant, used to avoid division by zero, and $n$ is the size.',
				tex
			)
		).toEqual({ '\\epsilon': 'a small constant, used to avoid division by zero', n: 'the size' });
		// Without a purpose word the comma still ends the meaning.
		expect(meanings('其中，$n$ 是维度，它通常很大。', tex)).toEqual({ n: '维度' });
	});

	it('reads only explicit forms in a lead-in', () => {
		const tex = "0 = f'(x^{(k)} - e^{(k)})";
		expect(
			meanings(
				'Denote by $x^{(k)}$ the value of $x$ at the $k^\\textrm{th}$ iteration and let $e^{(k)} \\stackrel{\\textrm{def}}{=} x^{(k)} - x^*$ be the distance from optimality. When the error $e^{(k)}$ is small, …',
				tex
			)
		).toMatchObject({
			'x^{(k)}': 'the value of $x$ at the $k^\\textrm{th}$ iteration',
			'e^{(k)}': 'the distance from optimality'
		});
		expect(
			parseLegend(
				'When our prediction is $\\hat{y}$ and the label is $y$, the loss is',
				'\\hat{y} - y',
				'lead'
			)
		).toEqual([]);
		expect(
			parseLegend(
				'we multiply the gradient by a small positive value $\\eta$, called the *learning rate*, and',
				'w - \\eta g',
				'lead'
			)
		).toEqual([{ symbol: '\\eta', meaning: 'the learning rate' }]);
	});
});

describe('shared qualifiers and obvious meanings', () => {
	it('gives a list-final "of the …" to every item of one sentence, not of a list of items', () => {
		const tex = '\\mathbf{O} = \\mathbf{H} \\mathbf{W}_{hq} + \\mathbf{b}_q';
		expect(
			parseLegend(
				'Here, $\\mathbf{W}_{hq}$ is the weight parameter, and $\\mathbf{b}_q$ is the bias parameter of the output layer.',
				tex
			)
		).toEqual([
			{ symbol: '\\mathbf{W}_{hq}', meaning: 'the weight parameter of the output layer' },
			{ symbol: '\\mathbf{b}_q', meaning: 'the bias parameter of the output layer' }
		]);
		// Items with a qualifier of their own keep it; a ";"-joined list shares nothing.
		expect(
			parseLegend(
				'where $H$ is the input to the layer, and $b$ is the bias of the output layer.',
				tex
			)
		).toContainEqual({ symbol: 'H', meaning: 'the input to the layer' });
		expect(
			parseLegend(
				'where $\\mathbf{H}$ is the hidden state; $\\mathbf{b}_q$ is the bias of the output layer.',
				tex
			)
		).toContainEqual({ symbol: '\\mathbf{H}', meaning: 'the hidden state' });
	});

	it('tells a meaning that only names the letter from one that adds to it', () => {
		expect(isObviousMeaning('\\mathbf{O}', 'the output variable')).toBe(true);
		expect(isObviousMeaning('x', '输入')).toBe(true);
		expect(isObviousMeaning('w_i', '权重')).toBe(true);
		expect(isObviousMeaning('\\mathbf{W}_{hq}', 'the weight parameter of the output layer')).toBe(
			false
		);
		expect(isObviousMeaning('W', '权重矩阵')).toBe(false);
		expect(isObviousMeaning('x', '输入特征')).toBe(false);
		expect(isObviousMeaning('\\eta', 'the learning rate')).toBe(false);
	});
});
