import { describe, expect, it } from 'vitest';
import { corpusFiles, hasCorpus } from '../../testing/fixtures';
import { conceptCards } from './concept';
import { run } from './extractor-fixture';
import { summaryCards } from './summary';

const summary = (md: string | Uint8Array) =>
	run(md, conceptCards, summaryCards).filter((c) =>
		c.context.headingPath.at(-1)?.match(/小结|Summary|总结/i)
	);
const corpus = (name: string) => corpusFiles().find(([n]) => n === name)![1];

describe('summary sections', () => {
	it('hide the key term of each bullet, never the article’s topic', () => {
		const md = [
			'# 梯度下降',
			'## 牛顿法',
			'牛顿法利用二阶导数。',
			'## 预处理',
			'预处理调节每个变量的尺度。',
			'## 小结',
			'* 预处理有助于调节比例。',
			'* 梯度下降是一种常用的优化算法。',
			'* 梯度下降收敛很慢。',
			'* 本节介绍了牛顿法。'
		].join('\n\n');
		const cards = summary(md);
		// The definition among the bullets is a concept card (from the concept rule or this one).
		expect(cards.map((c) => c.front).sort()).toEqual([
			'什么是 **梯度下降**？',
			'填空：[…]有助于调节比例。'
		]);
		const cloze = cards.find((c) => c.kind === 'cloze')!;
		expect(cloze.facet).toEqual({
			type: 'cloze',
			sentence: '预处理有助于调节比例。',
			span: '预处理',
			at: 0
		});
		expect(cloze.back).toBe('**预处理**有助于调节比例。');
		expect(cards.find((c) => c.kind === 'concept')?.back).toBe('梯度下降是一种常用的优化算法。');
	});

	it.skipIf(!hasCorpus)('d2l-en gd: each Summary bullet asks for its term', () => {
		const fronts = summary(corpus('d2l-en/chapter_optimization_gd.md')).map((c) => c.front);
		expect(fronts).toContain('Fill in the blank: Gradient descent can get stuck in […].');
		expect(fronts).toContain('Fill in the blank: […] can help with scale adjustment.');
		expect(fronts).toContain(
			'Fill in the blank: Beware of using […] without any adjustments for nonconvex problems.'
		);
		// "Newton's method is a lot faster …" is no definition of Newton's method.
		expect(fronts.join('\n')).not.toContain("What is **Newton's method**?");
	});

	it.skipIf(!hasCorpus)('d2l-zh linear regression: a definition and the clozes of 小结', () => {
		const cards = summary(corpus('d2l-zh/chapter_linear-networks_linear-regression.md'));
		const by = (span: string) =>
			cards.find((c) => c.facet.type === 'cloze' && c.facet.span === span);
		expect(by('矢量化')?.front).toBe('填空：[…]使数学表达上更简洁，同时运行的更快。');
		expect(by('神经网络')?.front).toBe('填空：线性回归模型也是一个简单的[…]。');
		// "似然" alone would cut the term "极大似然估计" in two.
		expect(cards.some((c) => c.facet.type === 'cloze' && c.facet.span === '似然')).toBe(false);
	});

	it.skipIf(!hasCorpus)(
		'd2l-en attention: sentences of a summary paragraph, not "In this section we …"',
		() => {
			const cards = summary(
				corpus(
					'd2l-en/chapter_attention-mechanisms-and-transformers_attention-scoring-functions.md'
				)
			);
			expect(cards.map((c) => (c.facet.type === 'cloze' ? c.facet.span : ''))).toContain(
				'additive attention'
			);
			for (const c of cards) expect(c.front).not.toMatch(/In this section|we will/i);
		}
	);
});

describe('summary clozes: what a blank may hide', () => {
	it('never a span inside math, even a phrase the article repeats ("mathbf{v")', () => {
		const md = [
			'# Momentum',
			'',
			'## Gradient descent',
			'',
			'Plain stochastic gradient descent stalls where the curvature is high. The velocity $\\mathbf{v}$',
			'adds up the past steps, $\\mathbf{v}$ is reset at the start, and $\\mathbf{v}$ starts at zero.',
			'',
			'## Summary',
			'',
			'* Implementation requires us to store one more vector for each weight (momentum $\\mathbf{v}$).'
		].join('\n');
		const clozes = summary(md).filter((c) => c.facet.type === 'cloze');
		for (const c of clozes) expect(c.front).not.toMatch(/\$[^$]*\[…\][^$]*\$/);
		expect(clozes.map((c) => (c.facet.type === 'cloze' ? c.facet.span : ''))).not.toContain(
			'mathbf{v'
		);
	});
});

describe('summary clozes never finish a collocation', () => {
	it('hides no word that only modifies a category noun ("the […] process")', () => {
		const md = [
			'# Momentum',
			'',
			'## Optimization',
			'',
			'The *optimization* of deep networks stalls in narrow valleys; optimization needs care.',
			'',
			'## Summary',
			'',
			'* Momentum prevents stalling of the optimization process, most of all for noisy gradients.'
		].join('\n');
		const spans = summary(md).flatMap((c) => (c.facet.type === 'cloze' ? [c.facet.span] : []));
		expect(spans).not.toContain('optimization');
	});
});
