import { describe, expect, it } from 'vitest';
import { dangles } from './dangling';

describe('dangles', () => {
	it('flags English answers that open with a connective or anaphor', () => {
		expect(dangles('Thus the loss is minimised when the prediction is right.', false)).toBe(true);
		expect(dangles('Then we update the weights by a small step.', false)).toBe(true);
		expect(dangles('This is called gradient descent.', false)).toBe(true);
		expect(dangles('Putting these two pieces together gives us the softmax function.', false)).toBe(
			true
		);
	});

	it('flags English pointers at unshown equations, figures and passages', () => {
		expect(dangles('The loss function l is the equation.', false)).toBe(true);
		expect(dangles('We can compute the gradient from these values.', false)).toBe(true);
		expect(dangles('Softmax is defined as shown in Figure 3.2.', false)).toBe(true);
		expect(dangles('Dropout is a regulariser introduced above.', false)).toBe(true);
		expect(dangles('We use the model in the following experiments.', false)).toBe(true);
	});

	it('passes self-contained English definitions', () => {
		expect(
			dangles(
				'Gradient descent is an algorithm that updates parameters against the gradient.',
				false
			)
		).toBe(false);
		expect(dangles('Models such as BERT are pretrained on unlabeled text.', false)).toBe(false);
		expect(
			dangles('The softmax function maps a vector to a probability distribution.', false)
		).toBe(false);
	});

	it('flags Chinese connectives, formula and figure pointers, and demonstratives', () => {
		expect(dangles('因此，模型需要更多的数据。', true)).toBe(true);
		expect(dangles('从这个意义上讲，大模型是一种通用工具。', true)).toBe(true);
		expect(dangles('可以通过以下方程得到上式。', true)).toBe(true);
		expect(dangles('根据公式，损失随预测误差增大。', true)).toBe(true);
		expect(dangles('如图所示，编码器由多层组成。', true)).toBe(true);
		expect(dangles('该模型使用了掩码注意力。', true)).toBe(true);
	});

	it('passes self-contained Chinese definitions', () => {
		expect(dangles('注意力机制是一种让模型聚焦于输入中相关部分的方法。', true)).toBe(false);
		expect(dangles('BERT 是一种预训练模型，它使用双向编码器。', true)).toBe(false);
		expect(dangles('模型应该在 10 个以上的任务上评估。', true)).toBe(false);
	});

	it('lets a card that shows its formula say "this formula"', () => {
		expect(dangles('This formula is the cross-entropy loss.', false, { formula: true })).toBe(
			false
		);
		expect(dangles('This formula is the cross-entropy loss.', false)).toBe(true);
		expect(dangles('The cross-entropy loss is the formula.', false, { formula: true })).toBe(false);
		expect(dangles('上式即交叉熵损失。', true, { formula: true })).toBe(false);
		expect(dangles('上式即交叉熵损失。', true)).toBe(true);
		expect(dangles('其中，$x_i$是输入特征，$w_i$是权重。', true, { formula: true })).toBe(false);
		expect(dangles('其中，$x_i$是输入特征，$w_i$是权重。', true)).toBe(true);
		expect(dangles('交叉熵损失可以写成上式。', true, { formula: true })).toBe(false);
	});
});

describe('spatial words that point at nothing', () => {
	it('reads "上面的层" as the layer above, not the passage above', () => {
		expect(dangles('每一层都输出到上面的层，直到生成最后的输出。', true)).toBe(false);
		expect(dangles('上面的例子说明了这一点。', true)).toBe(true);
	});
});

describe('openers that only say the sentence speaks plainly', () => {
	it('"简单来说，", "In short," lean on nothing; the rest of the sentence decides', () => {
		expect(dangles('简单来说，大模型Agent是一个以LLM为核心的系统。', true)).toBe(false);
		expect(dangles('In short, an agent is a system built around a language model.', false)).toBe(
			false
		);
		expect(dangles('简单来说，这个模型更快。', true)).toBe(true);
	});
});
