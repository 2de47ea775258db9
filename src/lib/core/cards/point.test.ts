import { describe, expect, it } from 'vitest';
import { importArticle } from '../index';
import { sample } from '../../testing/fixtures';
import { allSections } from '../content/parse';
import { isBackMatter, isLearnable } from './scope';
import { restatesHeading, unnumbered } from './point';

const cardsOf = (md: string) => importArticle(md, { path: 'points.md' }).cards;
const points = (md: string) => cardsOf(md).filter((c) => c.facet?.type === 'point');

describe('key-point cards for sections no other card covers', () => {
	it('asks for the sentence that is about the section topic, not the setup before it', () => {
		const [card, ...rest] = points(
			'# 创业\n\n## 失败案例\n\n### 失败原因分析\n\n某公司试图用大模型颠覆传统金融行业。失败的主要原因是市场定位不准确和团队经验欠缺。\n'
		);
		expect(rest).toEqual([]);
		expect(card.front).toBe('在「失败案例」中，关于「失败原因分析」，文中的要点是什么？');
		expect(card.back).toBe('失败的主要原因是市场定位不准确和团队经验欠缺。');
		expect(card.facet).toEqual({ type: 'point', topic: '失败原因分析', point: card.back });
	});

	it('makes no point of a sentence that dangles, and drops a bare connective (round 2)', () => {
		expect(
			points(
				'# Optimisation\n\n## Momentum\n\n### Damping\n\nThus momentum damps these oscillations of the equation.\n'
			)
		).toEqual([]);
		const [card] = points(
			'# 优化\n\n## 训练技巧\n\n### 动量\n\n因此，动量能够抑制梯度方向上的来回振荡，使训练更稳定。\n'
		);
		expect(card?.back).toBe('动量能够抑制梯度方向上的来回振荡，使训练更稳定。');
	});

	it('writes an English point with its parent section and whole sentences', () => {
		const [card] = points(
			'# Optimisation\n\n## Gradient Descent\n\n### Learning Rate\n\nThe learning rate $\\eta$ can be set by the algorithm designer. If it is too small, progress is slow.\n'
		);
		expect(card.front).toBe(
			'What is the key point about **Learning Rate** (in “Gradient Descent”)?'
		);
		expect(card.back).toBe('The learning rate $\\eta$ can be set by the algorithm designer.');
	});

	it('makes none from a sentence that leans on context or points elsewhere', () => {
		expect(points('# T\n\n## Encoder\n\n在实现上述组件之后，我们可以搭建起 Encoder。\n')).toEqual(
			[]
		);
		expect(
			points(
				'# T\n\n## Local Minima\n\nTo illustrate, consider the case of $f(x) = x \\cos(cx)$.\n'
			)
		).toEqual([]);
		expect(points('# T\n\n## Results\n\nThis shows that the results improve.\n')).toEqual([]);
	});

	it('leaves a section that another card covers to that card', () => {
		const cards = cardsOf(
			'# T\n\n## 大模型\n\n大模型（Large-scale Model）是指参数规模达到数十亿的人工智能模型。\n'
		);
		expect(cards.map((c) => c.facet?.type)).not.toContain('point');
		expect(cards.some((c) => c.facet?.type === 'definition')).toBe(true);
	});

	it('covers the seed sections the article only describes (seed 001, 4.1.2)', () => {
		const { source, path } = sample('001');
		const card = importArticle(source, { path }).cards.find((c) =>
			c.front.includes('「模型部署与性能优化」')
		);
		expect(card?.back).toBe(
			'模型部署是实现大模型价值的关键。创业者需关注模型压缩、加速等技术，确保产品在实际应用中能够高效运行。'
		);
	});
});

describe('back matter', () => {
	it('is not counted as a section to cover, and makes no card', () => {
		const md =
			'# T\n\n## 学习资源推荐\n\n推荐阅读《深度学习》一书。\n\n## 作者署名\n\n作者：某某\n\n## Exercises\n\n1. Prove that the loss is convex.\n\n## References\n\nSmith, 2020.\n\n## 模型部署\n\n模型部署是实现大模型价值的关键。\n';
		const { article, cards } = importArticle(md, { path: 'back.md' });
		const sections = allSections(article.outline).filter((s) => s.level > 1);
		expect(sections.filter(isBackMatter).map((s) => s.title)).toEqual([
			'学习资源推荐',
			'作者署名',
			'Exercises',
			'References'
		]);
		expect(sections.filter(isLearnable).map((s) => s.title)).toEqual(['模型部署']);
		expect(cards.map((c) => c.context.headingPath.at(-1))).toEqual(['模型部署']);
		expect(article.warnings.filter((w) => w.code === 'empty-section')).toEqual([]);
	});
});

describe('key points judged on unseen articles (issue 14, pattern 10)', () => {
	it('takes the action of a problem → solution section, not the doubt that motivated it', () => {
		const [card] = points(
			'# 预训练\n\n## RoBERTa\n\n### 优化一：去掉 NSP 预训练任务\n\nRoBERTa 的模型架构与 BERT 完全一致。在预训练任务上，有学者质疑 NSP 任务并不能提高模型性能，因为其太过简单。RoBERTa 设置了四个实验组：\n\n1. 段落构建的 MLM + NSP\n2. 单文档的 MLM\n\n实验结果证明，后两组显著优于前两组。因此，RoBERTa 在预训练中去掉了 NSP，只使用 MLM 任务。\n'
		);
		expect(card?.back).toBe('RoBERTa 在预训练中去掉了 NSP，只使用 MLM 任务。');
	});

	it('answers a stated problem with its fix, both on the card (d2l-en gradient descent)', () => {
		const [card] = points(
			'# Gradient Descent\n\n## Adaptive Methods\n\n### Gradient Descent with Line Search\n\nOne of the key problems in gradient descent is that we might overshoot the goal or make insufficient progress. A simple fix for the problem is to use line search in conjunction with gradient descent. That is, we use the direction given by the gradient.\n'
		);
		expect(card?.back).toBe(
			'One of the key problems in gradient descent is that we might overshoot the goal or make insufficient progress. A simple fix for the problem is to use line search in conjunction with gradient descent.'
		);
	});

	it('skips an observation for the method it leads to', () => {
		const [card] = points(
			'# 预训练\n\n## ALBERT\n\n### 优化二：跨层进行参数共享\n\n通过对 BERT 的参数进行分析，ALBERT 发现各个 Encoder 层的参数出现高度一致的情况。由于 24个 Encoder 层带来了巨大的模型参数，因此，ALBERT 提出，可以让各个 Encoder 层共享模型参数，来减少模型的参数量。\n'
		);
		expect(card?.back).toBe(
			'由于 24个 Encoder 层带来了巨大的模型参数，因此，ALBERT 提出，可以让各个 Encoder 层共享模型参数，来减少模型的参数量。'
		);
	});

	it('takes the claim a section opens with, not a detail of its example', () => {
		const [card] = points(
			'# 多层感知器\n\n## 隐藏层\n\n### 线性模型可能会出错\n\n例如，线性意味着*单调*假设：特征的任何增大都会导致模型输出增大（如果对应的权重为正），或者导致模型输出减少（如果对应的权重为负）。有时这是有道理的。例如，如果我们试图预测一个人是否会偿还贷款，收入较高的申请人总是更有可能偿还贷款。但是，虽然收入与还款概率存在单调性，但它们不是线性相关的。\n'
		);
		expect(card?.back).toBe(
			'线性意味着单调假设：特征的任何增大都会导致模型输出增大（如果对应的权重为正），或者导致模型输出减少（如果对应的权重为负）。'
		);
	});

	it('makes no point that only restates the headings', () => {
		expect(
			points(
				'# 预训练语言模型\n\n## LLaMA\n\n### 模型架构——Decoder Only\n\n与GPT系列模型一样，LLaMA模型也是基于Decoder-Only架构的预训练语言模型。\n'
			)
		).toEqual([]);
		expect(
			restatesHeading(
				'RoBERTa 在预训练中去掉了 NSP，只使用 MLM 任务。',
				'RoBERTa 去掉 NSP 预训练任务 Encoder-only PLM',
				true
			)
		).toBe(false);
		expect(
			restatesHeading('Momentum is used in optimization.', 'Momentum Optimization', false)
		).toBe(true);
	});

	it('makes no point of filler, and drops a filler comment after the point', () => {
		expect(
			points(
				'# AI\n\n## 背景\n\n### 人工智能发展的现状\n\n近年来，人工智能领域取得了显著进展，尤其是在深度学习、自然语言处理、计算机视觉等方面。\n'
			)
		).toEqual([]);
		expect(
			points(
				'# AI\n\n## Outlook\n\n### Future of Models\n\nFuture models will play an important role in many fields.\n'
			)
		).toEqual([]);
		const [card] = points(
			'# T5\n\n## T5\n\n### 大一统思想\n\nT5模型的一个核心理念是“大一统思想”，即所有的 NLP 任务都可以统一为文本到文本的任务，这一思想在自然语言处理领域具有深远的影响。\n'
		);
		expect(card?.back).toBe(
			'T5模型的一个核心理念是“大一统思想”，即所有的 NLP 任务都可以统一为文本到文本的任务。'
		);
	});

	it("makes no point of the seeds' empty filler (seed 000)", () => {
		const { source, path } = sample('000');
		const backs = importArticle(source, { path }).cards.map((c) => c.back);
		expect(backs.some((b) => /前景将更加广阔|取得了显著进展|发挥重要作用/.test(b))).toBe(false);
	});
});

describe('key point questions name the topic, not its number', () => {
	it('drops "（1）", "优化一：" from the headings it asks about', () => {
		expect(unnumbered('（1）优化一：去掉 NSP 预训练任务')).toBe('去掉 NSP 预训练任务');
		expect(unnumbered('(2) Step 2: tune the learning rate')).toBe('tune the learning rate');
		expect(unnumbered('（4）下游任务微调')).toBe('下游任务微调');
		// A heading that is only a number keeps it.
		expect(unnumbered('（3）')).toBe('（3）');
	});
});

describe('key points carry a claim (set 2 of unseen articles)', () => {
	it('never a walkthrough step, a file location or an analogy', () => {
		const md = [
			'# 大模型应用',
			'',
			'## Agent',
			'',
			'### 工具函数',
			'',
			'我们在 src/tools.py 文件中定义工具函数。每个工具函数都需要有清晰的文档字符串，因为它将用于自动生成工具的 JSON Schema。',
			'',
			'### 运行 Agent',
			'',
			'现在我们可以实例化并运行 Agent，在命令行里和它对话。',
			'',
			'### 二进制表示',
			'',
			'为了了解频率与位置的关系，让我们打印出 $0, 1, \\ldots, 7$ 的二进制表示形式。',
			'',
			'### 图书馆员',
			'',
			'传统的 Agent 像一个知识渊博但只能纸上谈兵的图书馆员，而新的 Agent 更像一个私人助理。'
		].join('\n');
		const backs = points(md).map((c) => c.back);
		expect(backs).toEqual([
			'每个工具函数都需要有清晰的文档字符串，因为它将用于自动生成工具的 JSON Schema。'
		]);
	});
});
