import { describe, expect, it } from 'vitest';
import { importArticle } from '../index';
import { sample } from '../../testing/fixtures';
import { allSections } from '../content/parse';
import { isBackMatter, isLearnable } from './scope';

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
