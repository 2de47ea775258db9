import { describe, expect, test } from 'vitest';
import type { Card, Facet } from '$lib/core/cards';
import { seededRandom } from '$lib/core/rng';
import { glossaryOf } from './accepted';
import { formOf } from './answers';
import { alsoCorrect, answersItself, distractors, factsOf } from './distractors';
import { languageOf } from './language';

let line = 1;
/** A card of article "a" asking `front`, with its facet; each on its own source line. */
function card(id: string, kind: Card['kind'], front: string, back: string, facet: Facet): Card {
	line += 2;
	return {
		id,
		articleId: 'a',
		kind,
		front,
		back,
		facet,
		tags: [],
		context: { headingPath: ['T'], line, endLine: line }
	};
}
const flow = (id: string, step: string, neighbours: string[]) =>
	card(id, 'diagram', `After **${step}**?`, neighbours.join(', '), {
		type: 'flow',
		step,
		neighbours,
		direction: 'after'
	});
const cloze = (id: string, span: string) =>
	card(id, 'cloze', `Fill in: ${id} …`, span, { type: 'cloze', sentence: span, span, at: 0 });

describe('distractors', () => {
	test('never an answer that is also right', () => {
		const cards = [
			flow('f1', 'Load data', ['Clean data', 'Split data']),
			flow('f2', 'Fetch data', ['Split data']),
			flow('f3', 'Train', ['Evaluate']),
			cloze('c1', 'learning rate'),
			cloze('c2', 'learning rates'),
			cloze('c3', 'Learnign rate'),
			cloze('c4', 'momentum'),
			cloze('c5', 'weight decay')
		];
		const facts = factsOf(cards, glossaryOf(cards));
		const f = (id: string) => facts.get(id)!;
		// "Split data" also follows "Load data"; a plural or a typo of the answer is the answer.
		expect(alsoCorrect(f('f1'), f('f2'))).toBe(true);
		expect(alsoCorrect(f('f1'), f('f3'))).toBe(false);
		expect(alsoCorrect(f('c1'), f('c2'))).toBe(true);
		expect(alsoCorrect(f('c1'), f('c3'))).toBe(true);
		expect(alsoCorrect(f('c1'), f('c4'))).toBe(false);
		const picked = distractors(f('c1'), [...facts.values()], seededRandom('x'), 3);
		expect(picked.map((p) => p.card.id).sort()).toEqual(['c4', 'c5']);
	});

	test('of the same form and language as the answer', () => {
		const cards = [
			cloze('en1', 'gradient'),
			cloze('en2', 'loss function'),
			cloze('zh1', '梯度'),
			cloze('s1', 'The gradient points uphill. It is a vector.'),
			cloze('m1', '$x^2$'),
			cloze('en3', 'optimizer')
		];
		const facts = factsOf(cards, glossaryOf(cards));
		const ids = distractors(facts.get('en1')!, [...facts.values()], seededRandom('y'), 3).map(
			(p) => p.card.id
		);
		expect(ids.sort()).toEqual(['en2', 'en3']);
	});

	test('forms and languages of answers', () => {
		expect(formOf('$$\nx = 1\n$$')).toBe('formula');
		expect(formOf('$x_i$')).toBe('math');
		expect(formOf('0.25')).toBe('math');
		expect(formOf('learning rate')).toBe('term');
		expect(formOf('真实值')).toBe('term');
		expect(formOf('The learning rate $\\eta$ can be set by the designer.')).toBe('sentence');
		expect(formOf('大模型通常指的是拥有数十亿参数的深度神经网络。')).toBe('sentence');
		expect(formOf('- a\n- b')).toBe('list');
		expect(languageOf('查询向量')).toBe('zh');
		expect(languageOf('the value of $x$ at step $k$')).toBe('en');
		expect(languageOf('$\\text{梯度}$ 0.5')).toBe('none');
		expect(languageOf('自注意力机制（Self-Attention）')).toBe('zh');
	});

	test('a question that answers itself is recognised', () => {
		const tex = 'MSE = \\frac{1}{n}\\sum_i (y_i - \\hat y_i)^2';
		const named = { type: 'formula', tex, name: '均方误差（MSE）' } as const;
		const cards = [
			card('name', 'formula', `$$\n${tex}\n$$\n\n这个公式是什么？`, '', { ...named, ask: 'name' }),
			card('tex', 'formula', '**均方误差（MSE）** 的公式是什么？', '', { ...named, ask: 'tex' }),
			card('gd', 'formula', '$$\nw - \\eta g\n$$', '', {
				type: 'formula',
				tex: 'w - \\eta g',
				name: '梯度下降',
				ask: 'name'
			})
		];
		const facts = factsOf(cards, glossaryOf(cards));
		expect(answersItself(facts.get('name')!)).toBe(true);
		expect(answersItself(facts.get('tex')!)).toBe(true);
		expect(answersItself(facts.get('gd')!)).toBe(false);
	});
});
