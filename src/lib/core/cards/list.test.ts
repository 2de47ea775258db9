import { describe, expect, it } from 'vitest';
import { sample } from '../../testing/fixtures';
import { run } from './extractor-fixture';
import { leadQuestion } from './list-lead';
import { listCards } from './list';

const fronts = (md: string) => run(md, listCards).map((c) => c.front);

describe('leadQuestion', () => {
	it('turns a Chinese lead-in into the question it announces', () => {
		expect(leadQuestion('RAG的基本结构有哪些呢？', true, false)).toBe('RAG的基本结构有哪些？');
		expect(leadQuestion('向量数据库的功能包括：', true, false)).toBe('向量数据库的功能包括哪些？');
		expect(leadQuestion('Agent 的工作流程如下：', true, true)).toBe(
			'Agent 的工作流程是怎样的（按顺序）？'
		);
		expect(leadQuestion('大模型在发展过程中也面临以下挑战：', true, false)).toBe(
			'大模型在发展过程中也面临哪些挑战？'
		);
		expect(leadQuestion('接下来，让我们梳理一下RAG的流程是什么样的呢？', true, false)).toBe(
			'RAG的流程是什么样的？'
		);
		// Only the paragraph's last sentence leads into the list.
		expect(
			leadQuestion('完成切分后，需要设计一个数据库。向量数据库的功能包括：', true, false)
		).toBe('向量数据库的功能包括哪些？');
	});

	it('asks which ones of a count, drops a label, and closes after the announcing clause', () => {
		expect(leadQuestion('构造多轮对话样本一般有三种方式：', true, false)).toBe(
			'构造多轮对话样本一般有哪三种方式？'
		);
		expect(leadQuestion('**回答**：选择合适的框架主要考虑以下因素：', true, false)).toBe(
			'选择合适的框架主要考虑哪些因素？'
		);
		expect(
			leadQuestion(
				'主流的评测集主要从以下几个方面进行评估，每个评测集都有其独特的用途：',
				true,
				false
			)
		).toBe('主流的评测集主要从哪几个方面进行评估？');
		expect(leadQuestion('大模型在多个领域都有广泛的应用，如：', true, false)).toBe(
			'大模型在多个领域都有广泛的应用，例如哪些？'
		);
		expect(leadQuestion('以下是简要的推导过程：', true, true)).toBe(
			'简要的推导过程是怎样的（按顺序）？'
		);
	});

	it('turns an English lead-in into a question that reads naturally', () => {
		expect(leadQuestion('The model has three parts:', false, false)).toBe(
			'What three parts does the model have?'
		);
		expect(leadQuestion('The main advantages of momentum are as follows:', false, false)).toBe(
			'What are the main advantages of momentum?'
		);
		expect(leadQuestion('Training an RNN involves the following steps:', false, true)).toBe(
			'What steps does training an RNN involve, in order?'
		);
		expect(leadQuestion('A tokenizer includes:', false, false)).toBe(
			'What does a tokenizer include?'
		);
	});

	it('gives nothing for a lead-in that says nothing or leans on context', () => {
		for (const lead of [
			'如下：',
			'具体步骤如下：',
			'主要包括：',
			'这些方法的优点如下：',
			'其步骤如下：'
		])
			expect(leadQuestion(lead, true, false), lead).toBeNull();
		for (const lead of ['As follows:', 'These methods have the following advantages:'])
			expect(leadQuestion(lead, false, false), lead).toBeNull();
		// Not a lead-in at all: a statement that ends in a full stop.
		expect(leadQuestion('向量数据库存放文档片段。', true, false)).toBeNull();
	});
});

describe('listCards fronts', () => {
	it('asks what the lead-in announces, and two lists of one section never share a front', () => {
		const md = [
			'# 大模型应用',
			'## Step 1: RAG流程介绍',
			'RAG的基本结构有哪些呢？',
			'- 向量化模块：用来将文档片段向量化。\n- 数据库：存放文档片段。\n- 检索模块：检索相关的文档片段。',
			'接下来，让我们梳理一下RAG的流程是什么样的呢？',
			'- **索引**：将文档库分割成较短的片段。\n- **检索**：检索相关文档片段。\n- **生成**：生成问题的回答。'
		].join('\n\n');
		expect(fronts(md)).toEqual(['RAG的基本结构有哪些？', 'RAG的流程是什么样的？']);
	});

	it('asks for the workflow the list gives, not the heading’s task', () => {
		const md = [
			'# Agent',
			'## Step 3: 构造 Agent 类',
			'Agent 的工作流程如下：',
			'1. 接收用户输入。\n2. 调用大模型。\n3. 将最终回复返回给用户。'
		].join('\n\n');
		const [card] = run(md, listCards);
		expect(card.front).toBe('Agent 的工作流程是怎样的（按顺序）？');
		expect(card.steps).toEqual(['接收用户输入。', '调用大模型。', '将最终回复返回给用户。']);
		// The card's context is the list (the quiz keeps a list and its items' cards apart by it).
		expect(card.context.line).toBe(7);
	});

	it('falls back to the heading when the lead-in says nothing, told apart by the first item', () => {
		const md = [
			'# 算法',
			'## 算法步骤',
			'如下：',
			'- 数据准备\n- 模型训练',
			'如下：',
			'- 模型评估\n- 模型部署'
		].join('\n\n');
		expect(fronts(md)).toEqual([
			'「算法步骤」有哪些要点？',
			'「算法步骤」有哪些要点（以「模型评估」开头的那一组）？'
		]);
	});

	it('English: the lead-in makes the question', () => {
		const md = [
			'# Momentum',
			'## Advantages',
			'The main advantages of momentum are as follows:',
			'- It damps oscillations.\n- It speeds up progress along flat directions.'
		].join('\n\n');
		expect(fronts(md)).toEqual(['What are the main advantages of momentum?']);
	});

	it('seed 004: the steps and challenges lists ask what their lead-ins say', () => {
		const { source } = sample('004');
		const f = run(source, listCards).map((c) => c.front);
		expect(f).toContain('大模型的训练和部署主要分为哪些步骤（按顺序）？');
		expect(f).toContain('大模型在发展过程中也面临哪些挑战？');
		expect(new Set(f).size).toBe(f.length);
	});
});
