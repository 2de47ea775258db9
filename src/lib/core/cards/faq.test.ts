import { describe, expect, it } from 'vitest';
import { corpusFiles, hasCorpus, sample } from '../../testing/fixtures';
import { conceptCards } from './concept';
import { run } from './extractor-fixture';
import { cleanQuestion, faqCards } from './faq';

const faqs = (md: string | Uint8Array) =>
	run(md, conceptCards, faqCards).filter((c) => c.kind === 'faq');
const corpus = (name: string) => corpusFiles().find(([n]) => n === name)![1];

describe('question headings outside FAQ sections', () => {
	it('make an FAQ card answered by the section’s own text', () => {
		const [c, ...rest] = faqs(
			'# 优化\n\n## 2.3 为什么要归一化？\n\n归一化让各层输入的分布保持一致，训练更稳定。\n\n### 2.3.1 细节\n\n子节的内容不属于答案。\n'
		);
		expect(rest).toEqual([]);
		expect(c.front).toBe('为什么要归一化？');
		expect(c.facet).toEqual({ type: 'faq', question: '为什么要归一化？' });
		expect(c.back).toBe('归一化让各层输入的分布保持一致，训练更稳定。');
	});

	it('skips an intro that recaps or points at a figure, answering with the next paragraph', () => {
		const [c] = faqs(
			'# 注意力\n\n## 为什么要缩放点积？\n\n刚刚我们说到，点积会随维度增大。\n\n缩放让 softmax 的输入保持在梯度不会消失的范围内。\n'
		);
		expect(c.back).toBe('缩放让 softmax 的输入保持在梯度不会消失的范围内。');
		expect(
			faqs(
				'# T\n\n## Why does momentum help?\n\nAs shown in the figure below, the loss oscillates.\n'
			)
		).toEqual([]);
	});

	it.each([
		['## 如何选择学习率', '如何选择学习率？'],
		['## Why does momentum help?', 'Why does momentum help?'],
		['## What is a tensor', 'What is a tensor?']
	])('%s asks %s', (heading, front) => {
		const [c] = faqs(
			`# T\n\n${heading}\n\nA learning rate that is too large diverges; one too small makes no progress.\n`
		);
		expect(c?.front).toBe(front);
	});

	it('does not ask twice what a concept card already defines', () => {
		const md = '# NLP\n\n## 什么是 NLP\n\nNLP 是 一种让计算机理解、解释和生成人类语言的技术。\n';
		expect(faqs(md)).toEqual([]);
		expect(run(md, conceptCards)[0].front).toBe('什么是 **NLP**？');
	});

	it('ignores exercises and headings that do not ask', () => {
		expect(
			faqs('# T\n\n## 练习\n\n1. 为什么学习率重要？\n\n## 学习率\n\n学习率决定步长。\n')
		).toEqual([]);
	});

	it.skipIf(!hasCorpus)(
		'answers "什么是注意力机制" with the text after the question it repeats',
		() => {
			const [c] = faqs(corpus('happy-llm/docs_chapter2_transformer.md'));
			expect(c.front).toBe('什么是注意力机制？');
			expect(c.back).toMatch(/^注意力机制最先源于计算机视觉领域，其核心思想为/);
			expect(c.back.length).toBeLessThanOrEqual(600);
			expect(c.back).not.toContain('<div');
		}
	);

	it('keeps the seeds’ FAQ sections as they were (no duplicates, no title questions)', () => {
		expect(faqs(sample('004').source).map((c) => c.front)).toEqual([
			'什么是大模型？',
			'大模型有哪些优缺点？',
			'大模型在哪些领域有应用？',
			'如何训练大模型？',
			'大模型有哪些发展趋势？',
			'大模型有哪些挑战？'
		]);
		// Seed 003's title line "AI大模型创业：如何应对未来技术挑战？" is no question to review.
		expect(faqs(sample('003').source)).toHaveLength(3);
	});
});

describe('questions in running text', () => {
	it.skipIf(!hasCorpus)(
		'"为什么预处理有效呢？" is answered by the rest of its paragraph (d2l-zh gd)',
		() => {
			const [c] = faqs(corpus('d2l-zh/chapter_optimization_gd.md'));
			expect(c.front).toBe('为什么预处理有效？');
			expect(c.back).toMatch(/^假设一个变量以毫米表示高度/);
			expect(c.back).toContain('梯度下降的有效预处理相当于为每个变量选择不同的学习率');
		}
	);

	it('skips questions that lean on context or run into a formula', () => {
		const md = [
			'# T',
			'## A',
			'这个算法在实践中的表现如何呢？它的表现很好，几乎总是能收敛到一个不错的解。',
			'## B',
			'为什么梯度下降算法可以优化目标函数？利用泰勒展开，我们可以得到',
			"$$f(x+\\epsilon) = f(x) + \\epsilon f'(x)$$"
		].join('\n\n');
		expect(faqs(md)).toEqual([]);
	});

	it('cleans a question', () => {
		expect(cleanQuestion('那么，究竟什么是注意力机制？', true)).toBe('什么是注意力机制？');
		expect(cleanQuestion('为什么预处理有效呢？', true)).toBe('为什么预处理有效？');
		expect(cleanQuestion('什么是 **NLP**', true)).toBe('什么是 NLP？');
	});
});

describe('a question heading answered by the section’s opening', () => {
	it('takes "简单来说，X 是…" when the paragraph naming X first leans on a figure', () => {
		const md = [
			'# 大模型应用',
			'',
			'## 什么是 LLM Agent？',
			'',
			'简单来说，大模型Agent是一个以LLM为核心“大脑”，并赋予其自主规划、记忆和使用工具能力的系统。',
			'',
			'LLM Agent 通过将大型语言模型与规划、记忆和工具使用相结合，实现了更强的自主性，如图7.7所示。'
		].join('\n');
		const [card] = run(md, conceptCards, faqCards).filter((c) => c.kind === 'faq');
		expect(card.front).toBe('什么是 LLM Agent？');
		expect(card.back).toContain('大模型Agent是一个以LLM为核心“大脑”');
	});
});

describe('a question in running text that leans on the sentence before is none', () => {
	it('"还有什么因素会影响输出的大小呢？" asks besides what the text said before', () => {
		const md = [
			'# 卷积',
			'',
			'## 填充和步幅',
			'',
			'输出的形状取决于输入形状和卷积核的形状。',
			'',
			'还有什么因素会影响输出的大小呢？填充和步幅也会影响输出的大小，本节介绍这两个概念。'
		].join('\n');
		expect(run(md, conceptCards, faqCards).filter((c) => c.kind === 'faq')).toEqual([]);
	});
});
