import { describe, expect, it } from 'vitest';
import { facetOf } from './facet';
import type { Card } from './types';

/** Cards as the schema-6 app stored them: no facet, the old wording. */
const old = (kind: Card['kind'], front: string, back: string, extra: Partial<Card> = {}) =>
	({ kind, front, back, ...extra }) as Card;

describe('facets of cards stored before facets', () => {
	it('reads a formula card, its reverse and a symbol card', () => {
		const tex = 'MSE = \\frac{1}{n}\\sum_{i=1}^{n}(y_i - \\hat{y_i})^2';
		expect(
			facetOf(old('formula', '**均方误差（MSE）** 的公式是什么？', `$$\n${tex}\n$$`, { tex }))
		).toEqual({ type: 'formula', tex, ask: 'tex', name: '均方误差（MSE）' });
		expect(
			facetOf(
				old('formula', `$$\n${tex}\n$$\n\n这个公式是什么？`, '**均方误差（MSE）**\n\n其中…', {
					tex
				})
			)
		).toEqual({ type: 'formula', tex, ask: 'name', name: '均方误差（MSE）' });
		expect(
			facetOf(
				old(
					'formula',
					`在 **均方误差（MSE）** 的公式中，$y_i$ 表示什么？\n\n$$\n${tex}\n$$`,
					'真实值',
					{
						tex
					}
				)
			)
		).toEqual({ type: 'symbol', symbol: 'y_i', meaning: '真实值', tex, name: '均方误差（MSE）' });
	});

	it('reads an old cloze (blank written **[…]**) into its sentence and span', () => {
		const f = facetOf(
			old(
				'cloze',
				'填空：**[…]**（Large-scale Model），是指参数规模巨大的模型。',
				'**大模型**（Large-scale Model），是指参数规模巨大的模型。'
			)
		);
		expect(f).toEqual({
			type: 'cloze',
			sentence: '大模型（Large-scale Model），是指参数规模巨大的模型。',
			span: '大模型',
			at: 0
		});
	});

	it('reads a concept with its gloss, a flow step and an ordered flow', () => {
		expect(
			facetOf(old('concept', '什么是 **GPT（Generative Pre-trained Transformer）**？', 'GPT是…'))
		).toEqual({
			type: 'definition',
			term: 'GPT',
			gloss: 'Generative Pre-trained Transformer',
			definition: 'GPT是…'
		});
		expect(
			facetOf(
				old(
					'diagram',
					'在「流程」的流程中，**模型优化** 之后是什么？',
					'模型应用\n\n```mermaid\ngraph TD\n```'
				)
			)
		).toEqual({ type: 'flow', step: '模型优化', neighbours: ['模型应用'], direction: 'after' });
		expect(
			facetOf(
				old('diagram', '按顺序说出「流程」流程的 3 个步骤。', '1. a', { steps: ['a', 'b', 'c'] })
			)
		).toMatchObject({ type: 'list', items: ['a', 'b', 'c'], ordered: true });
	});

	it('keeps the facet a card already has', () => {
		const facet = { type: 'faq', question: 'Why?' } as const;
		expect(facetOf({ ...old('faq', 'Something else', 'x'), facet })).toBe(facet);
	});
});
