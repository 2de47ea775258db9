import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allSections, parseArticle } from '../content/parse';
import { isStopword } from '../text/frequency';
import { termWords } from '../text/keyterms';
import { CORPUS, hasCorpus, sample } from '../../testing/fixtures';
import { clozeCards } from './cloze';
import { conceptCards } from './concept';
import { run } from './extractor-fixture';
import { summaryCards } from './summary';
import { importArticle } from '../index';
import { EXTRACTORS } from './index';
import { clozeFaults } from './quality';
import { isZh, SourceLines } from './text';
import type { Card, CardDraft } from './types';

/** The drafts of the cloze extractor alone (the Summary extractor makes clozes of its own). */
function clozes(source: string, path = 'x.md'): CardDraft[] {
	const article = parseArticle(source, { path });
	const x = {
		article,
		sections: allSections(article.outline),
		src: new SourceLines(article.source),
		zh: isZh(article.lang),
		earlier: [] as CardDraft[]
	};
	for (const extract of EXTRACTORS) {
		if (extract === clozeCards) break;
		x.earlier.push(...extract(x));
	}
	return clozeCards(x);
}
const facets = (cards: CardDraft[]) =>
	cards.map((c) => (c.facet.type === 'cloze' ? c.facet : null)).filter((f) => f !== null);
const hiding = (cards: CardDraft[], span: string) => facets(cards).find((f) => f.span === span);

describe('clozeCards on small examples', () => {
	it('hides a glossed term together with its gloss', () => {
		const cards = clozes(
			'# 优化\n\n## 方法\n\n深度学习常用一种名为梯度下降（gradient descent）的方法来优化模型参数。\n'
		);
		expect(cards).toHaveLength(1);
		expect(cards[0].front).toBe('填空：深度学习常用一种名为[…]的方法来优化模型参数。');
		expect(cards[0].facet).toMatchObject({ span: '梯度下降（gradient descent）', at: 10 });
		// Never the term alone with its gloss left beside the blank.
		expect(hiding(cards, '梯度下降')).toBeUndefined();
	});

	it('hides the term an English sentence sets apart', () => {
		const cards = clozes(
			'# Tuning\n\n## Settings\n\nA common remedy is *weight decay*, which penalises large weights during training.\n'
		);
		expect(facets(cards)).toEqual([
			expect.objectContaining({ span: 'weight decay', sentence: expect.not.stringContaining('*') })
		]);
	});

	it('leaves a sentence that a concept card answers to that card (one card per sentence)', () => {
		const source =
			'# Tuning\n\n## Settings\n\nParameters that are tuned by hand outside the training loop are called *hyperparameters*.\n';
		expect(clozes(source)).toEqual([]);
		const { cards } = importArticle(source, { path: 'x.md' });
		expect(cards.map((c) => c.front)).toEqual(['What are **hyperparameters**?']);
	});

	it('makes no cloze with the answer a concept card of the same sentence asks', () => {
		const src =
			'# 大模型\n\n## 大模型的定义\n\n大模型（Large-scale Model）是指参数规模达到数十亿、甚至千亿级别的人工智能模型。\n';
		const cards = clozes(src);
		expect(facets(cards).filter((f) => f.span.startsWith('大模型'))).toEqual([]);
	});

	it('skips sentences that lean on the one before, and lead-ins', () => {
		const cards = clozes(
			'# 优化\n\n## 算法\n\n它是一种常用的**优化算法**，广泛用于训练神经网络。\n\nThis is called **gradient descent**, a first-order method.\n\n常用的**优化算法**如下：\n'
		);
		expect(cards).toEqual([]);
	});

	it('never hides code or math, and strips the emphasis marks from the sentence', () => {
		const cards = clozes(
			'# 注意力\n\n## 掩蔽\n\n我们用`mask_fn`函数实现了**掩蔽softmax操作**（masked softmax operation），超出有效长度的位置被置为$0$。\n'
		);
		const [f] = facets(cards);
		expect(f.span).toBe('掩蔽softmax操作（masked softmax operation）');
		expect(f.sentence).toBe(
			'我们用mask_fn函数实现了掩蔽softmax操作（masked softmax operation），超出有效长度的位置被置为$0$。'
		);
	});

	it('makes at most one cloze per sentence', () => {
		const cards = clozes(
			'# 训练\n\n## 技巧\n\n**暂退法**在训练时随机丢弃神经元，是一种常见的**正则化**手段。\n'
		);
		expect(cards).toHaveLength(1);
		expect(['暂退法', '正则化']).toContain(facets(cards)[0].span);
	});

	it('makes no cloze whose answer the heading, the sentence or a peer gives away', () => {
		// The heading shown with the card names the term.
		expect(clozes('# 优化\n\n## 学习率\n\n**学习率**决定了每一步沿梯度方向走多远。\n')).toEqual([]);
		// The head word 归一化 stands in the peer beside the blank; the blank is one of two peers.
		expect(
			clozes(
				'# 网络\n\n## 两种方式\n\n神经网络主流的做法有两种，批归一化（Batch Norm）和层归一化（Layer Norm）。\n'
			)
		).toEqual([]);
		// One item of an enumeration: any of its peers would fit the blank.
		expect(
			clozes('# 分词\n\n## 方法\n\n常见的子词切分算法有**字节对编码**、WordPiece和Unigram等。\n')
		).toEqual([]);
		expect(
			clozes(
				'# Text\n\n## Tokens\n\nCommon subword tokenizers are WordPiece, *byte pair encoding*, and Unigram.\n'
			)
		).toEqual([]);
		expect(
			clozes(
				'# Models\n\n## Layers\n\nWe collect the features of all examples in a *design matrix* with one row per example.\n'
			).map((c) => c.facet.type === 'cloze' && c.facet.span)
		).toEqual(['design matrix']);
	});

	it('never hides half of a compound the article repeats (文本|表示)', () => {
		const cards = clozes(
			'# 表示\n\n## 历史\n\n**文本**表示是自然语言处理的基础工作之一，影响系统的性能。\n\n文本表示方法经历了多个阶段的发展。\n'
		);
		expect(facets(cards).map((f) => f.span)).not.toContain('文本');
	});

	it('skips list items, narrative sentences, dangling ones and exercise sections', () => {
		const cards = clozes(
			[
				'# 优化\n\n## 方法',
				'常用的方法有两种：',
				'- **动量法**在更新时累积了过去梯度的指数加权平均。',
				'下一节我们将介绍**动量法**的一种变体，它在深度学习中很常用。',
				'由于此函数把输入压缩到零和一之间，**逻辑函数**常用于二分类。',
				'## 练习',
				// Outside the list, the exercises and without 此, these two make clozes.
				'由于把输入压缩到零和一之间，**逻辑函数**常用于二分类。'
			].join('\n\n') + '\n'
		);
		expect(cards).toEqual([]);
	});
});

describe('clozes the headings or the sentence give away, and sentences that only promise', () => {
	const lstm =
		'Long-range dependencies in a sequence are handled well by the gated memory cell of an *LSTM*.';
	it('hides no abbreviation the title spells out, nor a phrase a heading abbreviates', () => {
		expect(clozes(`# Long Short-Term Memory\n\n## Gates\n\n${lstm}\n`)).toEqual([]);
		expect(
			clozes(
				'# RNN Basics\n\n## Gates\n\nA hidden state that summarises the sequence read so far is what defines a *recurrent neural network*.\n'
			)
		).toEqual([]);
		// Under a title it does not abbreviate, the same sentence keeps its cloze.
		expect(facets(clozes(`# Sequence Models\n\n## Gates\n\n${lstm}\n`)).map((f) => f.span)).toEqual(
			['LSTM']
		);
	});

	it('makes no cloze of a sentence that only promises what the next one says', () => {
		expect(
			clozes('# 优化\n\n## 方法\n\n在训练循环网络时，**梯度裁剪**也面临着一些挑战。\n')
		).toEqual([]);
		expect(
			clozes(
				'# Optimisation\n\n## Remedies\n\nIn deep learning, *gradient clipping* has several practical advantages.\n'
			)
		).toEqual([]);
		// A sentence that states the fact keeps its cloze.
		expect(
			facets(
				clozes(
					'# 优化\n\n## 方法\n\n在训练循环网络时，**梯度裁剪**能防止梯度爆炸导致参数更新过大。\n'
				)
			).map((f) => f.span)
		).toEqual(['梯度裁剪']);
	});

	it('Summary clozes: no blank the title abbreviates, the item rebuilds, or a promise holds', () => {
		const summary = (md: string) =>
			run(md, conceptCards, summaryCards)
				.filter((c) => c.kind === 'cloze')
				.map((c) => c.front);
		const rnn = [
			'# Recurrent Neural Networks',
			'## Hidden States',
			'A network that uses recurrent computation is called a *recurrent neural network* (RNN).',
			'Unlike an n-gram model, an *RNN* keeps its parameters fixed as the sequence grows.',
			'## Summary',
			'* The number of RNN model parameters does not grow as the number of time steps increases.',
			'* The hidden state of the RNN can capture historical information of the sequence up to the current time step.'
		].join('\n\n');
		expect(
			summary(rnn).filter((f) => f.includes('of […] model') || f.includes('of the […] can'))
		).toEqual([]);
		const pe = [
			'# 自注意力和位置编码',
			'## 位置编码',
			'**位置编码**把序列中每个词元的位置写进它的表示。',
			'## 绝对位置信息',
			'位置信息可以是绝对的。正弦编码用频率表示位置信息，模型从中读出位置信息。',
			'**大语言模型**能理解和生成文本。',
			'## 比较',
			'CNN 的最大路径长度随层数下降。RNN 的最大路径长度随序列增长。自注意力的最大路径长度不变。',
			'## 小结',
			'* 要使用序列的顺序信息，我们可以通过在输入表示中添加位置编码来注入绝对或相对的**位置信息**。',
			'* CNN 和自注意力都享受并行计算，自注意力的**最大路径长度**最短。',
			'* **大语言模型**在生成内容时，虽然具备强大的语言理解和生成能力，但也面临着一些挑战。'
		].join('\n\n');
		// 位置 and 信息 both stand beside the blank; one shared word (长度 of 序列长度) would not.
		expect(summary(pe)).toEqual(['填空：CNN 和自注意力都享受并行计算，自注意力的[…]最短。']);
	});
});

describe('clozeCards on the seeds', () => {
	it('seed 001: hides no term its heading names (神经网络 under "神经网络基础")', () => {
		const { source, path } = sample('001');
		const cards = clozes(source, path);
		const nn = facets(cards).find((f) => f.sentence.startsWith('神经网络（Neural Network）'));
		expect(nn).toBeUndefined();
		for (const c of cards)
			if (c.facet.type === 'cloze')
				expect(c.context.headingPath.join(' '), c.facet.span).not.toContain(
					c.facet.span.replace(/（.*$/u, '')
				);
	});
});

const CORPUS_FILES = [
	'd2l-zh/chapter_linear-networks_linear-regression.md',
	'd2l-en/chapter_linear-regression_linear-regression.md',
	'happy-llm/docs_chapter1_nlp-basics.md',
	'happy-llm/docs_chapter2_transformer.md'
];

describe.skipIf(!hasCorpus)('clozeCards on the corpus', () => {
	const read = (f: string) => readFileSync(join(CORPUS, f), 'utf8');
	it('d2l-zh: a sentence that names a term makes its concept card, not also a cloze', () => {
		const source = read(CORPUS_FILES[0]);
		const f = facets(clozes(source, CORPUS_FILES[0]));
		const { cards } = importArticle(source, { path: CORPUS_FILES[0] });
		const concept = cards.find((c) => c.front === '什么是 **泛化（generalization）**？');
		expect(concept?.back).toContain('这一挑战被称为泛化（generalization）');
		expect(f.find((x) => x.sentence.includes('这一挑战被称为泛化'))).toBeUndefined();
		expect(f.find((x) => x.sentence.startsWith('在机器学习的术语中'))).toBeUndefined();
	});
	it('d2l: the sentences that introduce a glossed or set-apart term still make clozes', () => {
		const zh = facets(clozes(read(CORPUS_FILES[0]), CORPUS_FILES[0]));
		expect(zh.find((x) => x.span === '验证数据集（validation dataset）')?.sentence).toContain(
			'训练迭代结果是在独立的'
		);
		const en = facets(clozes(read(CORPUS_FILES[1]), CORPUS_FILES[1]));
		expect(en.find((x) => x.span === 'design matrix')).toBeDefined();
	});
	it('d2l-en: "a challenge called generalization" hides generalization', () => {
		const f = facets(clozes(read(CORPUS_FILES[1]), CORPUS_FILES[1]));
		expect(f.find((x) => x.sentence.includes('a challenge called'))?.span).toBe('generalization');
	});
	it.each(CORPUS_FILES)(
		'%s: spans are terms, never stopwords, glossed, clauses or math',
		(file) => {
			const source = read(file);
			const cards = clozes(source, file);
			const sentences = new Set<string>();
			for (const c of cards) {
				if (c.facet.type !== 'cloze') throw new Error('not a cloze');
				const { span, sentence } = c.facet;
				const ws = termWords(
					span.replace(/[（(][^（）()]*[）)]/g, ''),
					/[\u4e00-\u9fff]/.test(sentence) ? 'zh' : 'en'
				);
				expect(ws.every(isStopword), span).toBe(false);
				expect(
					clozeFaults({ ...c, id: '', articleId: '', tags: [] } as Card, source),
					span
				).toEqual([]);
				expect(sentence, span).not.toMatch(/\*\*|(?<![\w$])\*\w|~~|:cite:/);
				expect(sentence.length).toBeLessThanOrEqual(220);
				expect(sentences.has(sentence), sentence).toBe(false);
				sentences.add(sentence);
			}
		}
	);
});
