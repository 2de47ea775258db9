import { describe, expect, it } from 'vitest';
import { sample, SEED_000_FLOW } from '../../testing/fixtures';
import { importArticle } from '../index';
import type { Card } from './types';

const deck = (n: string) => {
	const { path, source } = sample(n);
	return importArticle(source, { path });
};
const ofKind = (cards: Card[], kind: Card['kind']) => cards.filter((c) => c.kind === kind);
/** The "name → formula" card of a named formula. */
const namedFormula = (cards: Card[], name: string) =>
	ofKind(cards, 'formula').find((c) => c.front.includes(name) && c.back.startsWith('$$'));

describe('seed 003: formulas and FAQ', () => {
	const { cards } = deck('003');

	it('has a formula card for MSE whose back carries the TeX and its legend', () => {
		const mse = namedFormula(cards, '均方误差（MSE）')!;
		expect(mse.front).toBe('**均方误差（MSE）** 的公式是什么？');
		expect(mse.back).toContain('MSE = \\frac{1}{n}\\sum_{i=1}^{n}(y_i - \\hat{y_i})^2');
		expect(mse.back).toContain('$y_i$为真实值');
		expect(mse.back).toContain('$\\hat{y_i}$为模型预测值');
	});

	it.each([
		['交叉熵损失（Cross-Entropy Loss）', '-\\sum_{i=1}^{n}y_i\\log(\\hat{y_i})', '$y_i$为真实值'],
		[
			'梯度下降（Gradient Descent）',
			'w_{t+1} = w_t - \\alpha \\cdot \\nabla f(w_t)',
			'$\\alpha$为学习率'
		],
		['随机梯度下降（SGD）', '\\nabla f(w_t; x_t, y_t)', '在样本$(x_t, y_t)$处损失函数的梯度']
	])('has a formula card for %s with TeX and legend', (name, tex, legend) => {
		const card = namedFormula(cards, name)!;
		expect(card, name).toBeDefined();
		expect(card.back).toContain(tex);
		expect(card.back).toContain(legend);
	});

	it('asks about single legend symbols', () => {
		const sym = ofKind(cards, 'formula').find(
			(c) => c.front.includes('均方误差（MSE）') && c.front.includes('$y_i$ 表示什么')
		);
		expect(sym?.back).toBe('真实值');
	});

	it('asks formula → name too', () => {
		const rev = ofKind(cards, 'formula').find(
			(c) => c.front.startsWith('$$') && c.back.startsWith('**梯度下降（Gradient Descent）**')
		);
		expect(rev?.front).toContain('w_{t+1} = w_t - \\alpha \\cdot \\nabla f(w_t)');
	});

	it('merges the repeated gradient-descent formula of section 4.4 into the 4.3 card', () => {
		const gd = ofKind(cards, 'formula').filter(
			(c) => c.front === '**梯度下降（Gradient Descent）** 的公式是什么？'
		);
		expect(gd).toHaveLength(1);
		expect(gd[0].context.headingPath.at(-1)).toBe('优化算法的详细讲解');
		expect(gd[0].alsoIn?.[0].context.headingPath.at(-1)).toBe('举例说明');
	});

	it('has exactly the 3 FAQ cards of section 9, answers with their bullet lists', () => {
		const faq = ofKind(cards, 'faq');
		expect(faq.map((c) => c.front)).toEqual([
			'如何选择合适的AI大模型框架？',
			'如何确保AI大模型的数据质量和隐私？',
			'如何提高AI大模型的可解释性？'
		]);
		expect(faq[1].back).toMatch(/^确保AI大模型的数据质量和隐私，可以从以下几个方面入手：/);
		expect(faq[1].back).toContain('- **数据脱敏**：对敏感数据进行脱敏处理，确保用户隐私。');
		expect(faq[1].back).toContain('- **法律法规**：遵守相关法律法规，确保数据使用合法。');
		expect(faq[0].back).not.toContain('**回答**');
	});
});

describe('seed 004: FAQ and attention formulas', () => {
	const { cards } = deck('004');

	it('has the 6 FAQ cards 9.1–9.6', () => {
		const faq = ofKind(cards, 'faq');
		expect(faq.map((c) => c.front)).toEqual([
			'什么是大模型？',
			'大模型有哪些优缺点？',
			'大模型在哪些领域有应用？',
			'如何训练大模型？',
			'大模型有哪些发展趋势？',
			'大模型有哪些挑战？'
		]);
		expect(faq[3].back).toContain('数据收集、数据预处理、模型选择、预训练、模型微调和应用部署');
	});

	it.each([
		[
			'自注意力机制（Self-Attention）',
			'\\text{Attention}(Q, K, V) = \\frac{softmax(\\frac{QK^T}{\\sqrt{d_k}})}{V}',
			'键向量'
		],
		[
			'多头注意力（Multi-Head Attention）',
			'\\text{Concat}(\\text{head}_1, ..., \\text{head}_h)W^O',
			'头数'
		],
		[
			'前馈神经网络（Feed-Forward Neural Network）',
			'\\text{FFN}(x) = \\text{ReLU}(W_{FF1}x + b_{FF1})W_{FF2} + b_{FF2}',
			'偏置'
		]
	])('has a formula card for %s', (name, tex, legendWord) => {
		const card = namedFormula(cards, name)!;
		expect(card.back).toContain(tex);
		expect(card.back).toContain(legendWord);
	});

	it('pairs "Q、K、V 分别是查询向量、键向量和值向量" symbol by symbol', () => {
		const k = ofKind(cards, 'formula').find(
			(c) => c.front.includes('自注意力机制') && c.front.includes('$K$ 表示什么')
		);
		expect(k?.back).toBe('键向量');
	});
});

describe('seed 000: FAQ, neuron formula, diagram', () => {
	const { cards, article } = deck('000');

	it('has the 4 FAQ cards 10.1–10.4', () => {
		expect(ofKind(cards, 'faq').map((c) => c.front)).toEqual([
			'大模型与深度学习的关系',
			'大模型的计算资源需求',
			'大模型的应用领域',
			'大模型的安全性问题'
		]);
	});

	it('has the neuron formula with its legend', () => {
		const card = namedFormula(cards, '神经网络的基本公式')!;
		expect(card.back).toContain('y = \\sigma(W \\cdot x + b)');
		expect(card.back).toContain('\\( \\sigma \\) 是激活函数');
		const w = ofKind(cards, 'formula').find((c) => c.front.includes('$W$ 表示什么'));
		expect(w?.back).toBe('权重矩阵');
	});

	it('turns the Mermaid graph into after/before cards and the 8 steps in A→H order', () => {
		const diagram = ofKind(cards, 'diagram');
		const order = diagram.find((c) => c.steps);
		expect(order?.steps).toEqual(SEED_000_FLOW);
		const after = diagram.find((c) => c.front.includes('**模型优化** 之后'));
		expect(after?.back.split('\n')[0]).toBe('模型应用');
		expect(after?.back).toContain('```mermaid\ngraph TD');
		expect(diagram.find((c) => c.front.includes('**大数据积累** 之前'))).toBeUndefined();
	});

	it('strips the trailing <|assistant|> token and says where', () => {
		expect(article.warnings).toContainEqual(
			expect.objectContaining({ line: 271, code: 'chat-token' })
		);
	});

	it('makes list cards for 优点 and 缺点', () => {
		const pros = ofKind(cards, 'list').find((c) => c.front === '「算法优缺点」的优点有哪些？');
		expect(pros?.back).toContain('- 强大的数据处理能力');
		expect(pros?.back).not.toContain('高昂的计算成本');
	});
});

describe('seed 002: \\[ \\] formulas', () => {
	const { cards, article } = deck('002');
	it('makes formula cards from \\[ … \\] blocks', () => {
		const f = ofKind(cards, 'formula').filter(
			(c) => c.tex === 'f(x) = \\sigma(\\sum_{i=1}^{n} w_i \\cdot x_i)'
		);
		expect(f.length).toBeGreaterThan(0);
		// Its legend (\( x_i \)是输入特征) reaches the cards, symbol by symbol; "\( w_i \)是权重"
		// only says what the letter says, so it stays in the meaning card's legend.
		expect(f.find((c) => c.facet?.type === 'symbol' && c.facet.symbol === 'x_i')?.back).toBe(
			'输入特征'
		);
		expect(article.warnings).toContainEqual(
			expect.objectContaining({ line: 256, code: 'chat-token' })
		);
	});
});

describe('seed 001: concepts from definitions', () => {
	const { cards } = deck('001');
	it('makes 大模型的概念 with the definition as its back', () => {
		// Issue 14: the front asks about the term, not the heading "大模型的概念".
		const c = ofKind(cards, 'concept').find(
			(c) => c.front === '什么是 **大模型（Large-scale Model）**？'
		);
		expect(c?.back).toMatch(
			/^大模型（Large-scale Model），是指参数规模达到数十亿、甚至千亿级别的人工智能模型。/
		);
	});
	it('names a glossed term on the front', () => {
		const gpt = ofKind(cards, 'concept').find((c) =>
			c.front.includes('GPT（Generative Pre-trained Transformer）')
		);
		expect(gpt?.back).toContain('是由OpenAI提出的一种基于Transformer架构的自然语言处理模型');
	});
	it('hides a glossed term with its gloss, and never the term its concept card asks', () => {
		// The concept card already asks 大模型 with this sentence as its answer: a cloze hiding
		// 大模型 there (next to its gloss "Large-scale Model") would be a near-duplicate.
		const clozes = ofKind(cards, 'cloze');
		expect(clozes.some((c) => c.back.startsWith('**大模型**'))).toBe(false);
		// 神经网络 stands in its heading "神经网络基础", shown with the card: no cloze hides it.
		const nn = clozes.find((c) => c.back.startsWith('**神经网络（Neural Network）**'));
		expect(nn).toBeUndefined();
	});
});

describe('every seed', () => {
	const all = ['000', '001', '002', '003', '004'].map((n) => [n, deck(n)] as const);
	it.each(all)(
		'seed %s: concept backs are real definitions, no template tokens anywhere',
		(_, d) => {
			const headings = new Set(d.cards.map((c) => c.context.headingPath.at(-1)));
			for (const c of ofKind(d.cards, 'concept')) {
				expect(c.back.trim(), c.front).not.toBe('');
				expect(c.back, c.front).not.toMatch(/^#{1,6}\s/);
				expect(headings.has(c.back.trim()), c.front).toBe(false);
			}
			for (const c of d.cards) expect(c.front + c.back).not.toMatch(/<\|assistant\|>|<\|im_sep\|>/);
		}
	);
	it.each(all)('seed %s: card ids are unique', (_, d) => {
		expect(new Set(d.cards.map((c) => c.id)).size).toBe(d.cards.length);
	});
});
