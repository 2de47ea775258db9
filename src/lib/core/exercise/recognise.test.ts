import { describe, expect, it } from 'vitest';
import { sample } from '../../testing/fixtures';
import { importArticle } from '../index';
import { recognise } from './recognise';

/** Template ids recognised from a sample's formulas, each with the first TeX it came from. */
function recognisedIn(n: string): Map<string, { tex: string; note?: string }> {
	const { path, source } = sample(n);
	const out = new Map<string, { tex: string; note?: string }>();
	for (const c of importArticle(source, { path }).cards) {
		if (c.kind !== 'formula' || !c.tex) continue;
		const name = c.front.match(/\*\*([^*]+)\*\*/)?.[1] ?? '';
		for (const r of recognise(c.tex, name))
			if (!out.has(r.template)) out.set(r.template, { tex: c.tex, note: r.articleNote });
	}
	return out;
}

describe('recognising exercise templates in the seed articles', () => {
	it('seed 003: MSE, cross-entropy, gradient descent and SGD, each from its own formula', () => {
		const r = recognisedIn('003');
		expect([...r.keys()].sort()).toEqual(['cce', 'gd-scalar', 'gd-vector', 'mse', 'sgd-linear']);
		expect(r.get('mse')!.tex).toBe('MSE = \\frac{1}{n}\\sum_{i=1}^{n}(y_i - \\hat{y_i})^2');
		expect(r.get('cce')!.tex).toBe('Cross-Entropy Loss = -\\sum_{i=1}^{n}y_i\\log(\\hat{y_i})');
		expect(r.get('gd-scalar')!.tex).toBe('w_{t+1} = w_t - \\alpha \\cdot \\nabla f(w_t)');
		expect(r.get('sgd-linear')!.tex).toBe(
			'w_{t+1} = w_t - \\alpha \\cdot \\nabla f(w_t; x_t, y_t)'
		);
	});

	it('seed 000: the neuron σ(W·x + b)', () => {
		const r = recognisedIn('000');
		expect([...r.keys()]).toEqual(['neuron-sigmoid']);
		expect(r.get('neuron-sigmoid')!.tex).toBe('y = \\sigma(W \\cdot x + b)');
	});

	it('seed 004: attention (its division by V flagged) and the feed-forward block', () => {
		const r = recognisedIn('004');
		expect([...r.keys()].sort()).toEqual(['attention', 'mlp2']);
		expect(r.get('attention')!.note).toMatch(/divides the softmax weights by V/);
		expect(r.get('mlp2')!.tex).toContain('\\text{ReLU}(W_{FF1}x + b_{FF1})W_{FF2}');
	});

	it('does not flag attention written correctly, and knows BCE, softmax and ReLU neurons', () => {
		expect(
			recognise(
				'\\mathrm{softmax}\\left(\\frac{\\mathbf Q \\mathbf K^\\top }{\\sqrt{d}}\\right) \\mathbf V'
			)
		).toEqual([{ template: 'attention' }]);
		expect(
			recognise('L = -[y\\log\\hat{y} + (1-y)\\log(1-\\hat{y})]').map((r) => r.template)
		).toEqual(['bce']);
		expect(
			recognise('\\hat{y}_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}').map((r) => r.template)
		).toEqual(['softmax']);
		expect(recognise('h = \\text{ReLU}(W x + b)').map((r) => r.template)).toEqual(['neuron-relu']);
	});

	it('leaves formulas that are not exercises alone', () => {
		for (const tex of [
			'E = mc^2',
			'p(x) = \\frac{1}{\\sqrt{2 \\pi \\sigma^2}} \\exp\\left(-\\frac{1}{2 \\sigma^2} (x - \\mu)^2\\right)',
			'v_{t+1} = \\gamma v_t + \\eta \\nabla f(w_t)',
			'\\text{Multi-Head}(Q, K, V) = \\text{Concat}(\\text{head}_1, ..., \\text{head}_h)W^O'
		])
			expect(recognise(tex), tex).toEqual([]);
	});

	it('seed cards: one exercise card per recognised template, the wrong attention noted on its back', () => {
		const { path, source } = sample('004');
		const ex = importArticle(source, { path }).cards.filter((c) => c.kind === 'exercise');
		expect(ex.map((c) => c.exercise!.template).sort()).toEqual(['attention', 'mlp2']);
		const att = ex.find((c) => c.exercise!.template === 'attention')!;
		expect(att.front).toContain('Scaled dot-product attention');
		expect(att.back).toContain('multiplies them with V');
		expect(att.tex).toContain('}{V}');
	});
});
