import { describe, expect, it } from 'vitest';
import { corpusFiles, hasCorpus, sample } from '../../testing/fixtures';
import { conceptCards } from './concept';
import { run } from './extractor-fixture';

const concepts = (md: string | Uint8Array) => run(md, conceptCards);
const corpus = (name: string) => corpusFiles().find(([n]) => n === name)![1];

describe('concept cards', () => {
	it('takes "X是…" under a heading that does not name X ("是什么")', () => {
		const [c, ...rest] = concepts(
			'# 词嵌入\n\n## 是什么\n\nWord2Vec是一种流行的词嵌入技术，由Tomas Mikolov等人在2013年提出。它基于神经网络。\n'
		);
		expect(rest).toEqual([]);
		expect(c.front).toBe('什么是 **Word2Vec**？');
		// A genus with only praise ("一种流行的…技术") carries the next sentence, which says more.
		expect(c.back).toBe(
			'Word2Vec是一种流行的词嵌入技术，由Tomas Mikolov等人在2013年提出。它基于神经网络。'
		);
		expect(c.facet).toMatchObject({ type: 'definition', term: 'Word2Vec', sentence: c.back });
	});

	it('takes "X is a …" under "What it is" in English', () => {
		const [c] = concepts(
			'# Layers\n\n## What it is\n\nA dense layer is a layer that connects every input to every output.\nIt is also called fully connected.\n'
		);
		expect(c.front).toBe('What is **dense layer**?');
		expect(c.back).toBe('A dense layer is a layer that connects every input to every output.');
	});

	it('does not take "X是…" deep in a paragraph without a defining pattern', () => {
		expect(concepts('# 模型\n\n## 训练\n\n我们先训练。模型训练是深度学习的核心步骤。\n')).toEqual(
			[]
		);
	});

	it('answers with the defining sentence, not its paragraph (happy-llm chapter 1)', () => {
		const cards = concepts(corpus('happy-llm/docs_chapter1_nlp-basics.md'));
		const nlp = cards.find((c) => c.front === '什么是 **NLP**？')!;
		expect(nlp.back).toBe('NLP 是 一种让计算机理解、解释和生成人类语言的技术。');
		const cws = cards.find((c) => c.front.startsWith('什么是 **中文分词'))!;
		expect(cws.front).toBe('什么是 **中文分词（Chinese Word Segmentation, CWS）**？');
		// "是 NLP 领域中的一个基础任务" alone says nothing of what segmentation does: the next
		// sentence (why Chinese needs it) comes along.
		expect(cws.back).toMatch(
			/^中文分词（Chinese Word Segmentation, CWS）是 NLP 领域中的一个基础任务。在处理中文文本时.*词的边界。$/
		);
	});

	it.skipIf(!hasCorpus)('finds "称为/即/也就是" definitions in happy-llm and d2l-zh', () => {
		const tf = concepts(corpus('happy-llm/docs_chapter2_transformer.md'));
		const byFront = (f: string) => tf.find((c) => c.front === f)?.back;
		expect(byFront('什么是 **残差连接**？')).toBe(
			'残差连接，即下一层的输入不仅是上一层的输出，还包括上一层的输入。'
		);
		expect(byFront('什么是 **层归一化（Layer Norm）**？')).toMatch(
			/^层归一化，也就是 Layer Norm，是深度学习中经典的归一化操作。神经网络主流的归一化/
		);
		// A genus-only definition with no sentence after it makes no card.
		expect(byFront('什么是 **Seq2Seq（序列到序列）**？')).toContain('具体而言');
		expect(byFront('什么是 **掩码自注意力（Mask Self-Attention）**？')).toContain(
			'是指使用注意力掩码的自注意力机制'
		);
		// Not "什么是 **具体而言**？", "生成的 Mask 矩阵会", "第一个注意力层".
		expect(tf.map((c) => c.front).join('\n')).not.toMatch(/具体而言|矩阵会|第一个注意力层/);

		const lr = concepts(corpus('d2l-zh/chapter_linear-networks_linear-regression.md'));
		const label = lr.find((c) => c.front === '什么是 **标签（label）**？');
		expect(label?.back).toBe('我们把试图预测的目标称为标签（label）或目标（target）。');
		const gen = lr.find((c) => c.front === '什么是 **泛化（generalization）**？');
		expect(gen?.back).toContain('这组参数能够在我们从未见过的数据上实现较低的损失');
		// One card per term: "偏置是指…" wins over "$b$称为偏置".
		const bias = lr.filter((c) => c.front.includes('**偏置'));
		expect(bias.map((c) => c.back)).toEqual(['偏置是指当所有特征都取值为0时，预测值应该为多少。']);
		for (const c of lr) expect(c.back).not.toMatch(/:(?:eqref|numref|cite):|[：:]$|上式|图中/);
		// "因此，…这种变体叫做…" keeps its content without the connective.
		expect(lr.find((c) => c.front.includes('**小批量随机梯度下降'))?.back).toMatch(
			/^我们通常会在每次需要计算更新的时候随机抽取一小批样本/
		);
		// "根据极大似然估计法选择的估计量称为极大似然估计量" restates its term.
		expect(lr.map((c) => c.front)).not.toContain('什么是 **极大似然估计量**？');
	});

	it.skipIf(!hasCorpus)(
		'finds "is called X" in d2l-en, with the sentence before for "This …"',
		() => {
			const cards = concepts(corpus('d2l-en/chapter_linear-regression_linear-regression.md'));
			const gd = cards.find((c) => c.front === 'What is **gradient descent**?');
			expect(gd?.back).toMatch(
				/lowers the loss function\. This algorithm is called gradient descent\.$/
			);
			const hp = cards.find((c) => c.front === 'What are **hyperparameters**?');
			expect(hp?.back).toContain(
				'Such tunable parameters that are not updated in the training loop'
			);
			expect(cards.find((c) => c.front.includes('**example'))?.back).toMatch(/^Each row/);
			expect(cards.map((c) => c.front)).not.toContain(
				'What are **maximum likelihood estimators**?'
			);
		}
	);

	it('rejects judgements in the seeds ("X是…的关键", "…之一")', () => {
		const fronts = concepts(sample('000').source).map((c) => c.front);
		expect(fronts).not.toContain('什么是 **智能客服**？');
		expect(fronts).not.toContain('什么是 **金融风控**？');
		const s001 = concepts(sample('001').source).map((c) => c.front);
		expect(s001).not.toContain('什么是 **模型部署**？');
		expect(s001).not.toContain('什么是 **计算机视觉（Computer Vision）**？');
	});
});

describe('lead-in list items', () => {
	it('asks what a described label is, scoped by the section', () => {
		const cards = concepts(
			'# 创业\n\n## 商业模式\n\n常见的商业模式包括：\n\n- **SaaS服务**：为企业提供基于AI大模型的云服务，如自然语言处理、图像识别等。\n- **API接口**：为企业或开发者提供AI大模型的API接口。\n'
		);
		// "**API接口**：…提供AI大模型的API接口" restates its label: no card.
		expect(cards.map((c) => c.front)).toEqual(['在「商业模式」中，**SaaS服务** 指什么？']);
		expect(cards[0].back).toBe('为企业提供基于AI大模型的云服务，如自然语言处理、图像识别等。');
		expect(cards[0].facet).toMatchObject({ type: 'definition', term: 'SaaS服务' });
	});

	it('asks "什么是 X" when the item defines X', () => {
		const [c] = concepts(
			'# 术语\n\n## 术语表\n\n- **微调**：是指在预训练模型上用特定任务的数据继续训练。\n'
		);
		expect(c.front).toBe('什么是 **微调**？');
	});

	it('skips claims, steps, qualities and repeated answers', () => {
		const cards = concepts(
			[
				'# 创业',
				'## 创业公司的机会',
				'- **数据分析和预测**：AI大模型可以帮助创业公司更好地分析用户行为。',
				'- **优点**：训练成本低。',
				'- **更高效**：通过算法优化，大模型的训练效率将显著提升。',
				'- **安装 Python**：确保安装了 Python 3.6 或更高版本。',
				'## 技术路线',
				'- **模型训练**：使用GPU或TPU等高性能计算设备，对模型进行训练。',
				'- **模型加速**：通过分布式训练、模型融合等技术，提高训练和推理速度。',
				'## 算法步骤',
				'- **模型加速**：通过分布式训练、模型融合等技术，提高训练和推理速度。'
			].join('\n\n')
		);
		expect(
			concepts(
				'# 应用\n\n## 未来应用展望\n\n- **医疗健康**：利用大模型进行疾病预测、诊断和治疗方案推荐。\n'
			)
		).toEqual([]);
		// "模型训练" is restated by its own text ("对模型进行训练"); the repeated item counts once.
		expect(cards.map((c) => c.front)).toEqual(['在「技术路线」中，**模型加速** 指什么？']);
	});
});

describe('concept answers that stand alone (round 2)', () => {
	it('carries the sentence before a "This … is called X" whose subject only points back', () => {
		const [c] = concepts(
			'# 数据\n\n## 术语\n\n我们收集了许多房屋的售价和面积。在机器学习的术语中，该数据集称为训练集（training set）。\n'
		);
		expect(c.back).toBe(
			'我们收集了许多房屋的售价和面积。在机器学习的术语中，该数据集称为训练集（training set）。'
		);
	});

	it('drops a naming that points at an unshown formula', () => {
		const cards = concepts('# 模型\n\n## 线性模型\n\n上式中的$w$称为权重（weight）。\n');
		expect(cards).toEqual([]);
	});

	it('drops asides that point at a figure, keeping the definition', () => {
		const [c] = concepts(
			'# 网络\n\n## 层\n\n每个输入都与每个输出相连，我们将这种变换（图中的输出层）称为全连接层（fully-connected layer）。\n'
		);
		expect(c.back).toBe(
			'每个输入都与每个输出相连，我们将这种变换称为全连接层（fully-connected layer）。'
		);
	});

	it('drops a genus-only definition with nothing after it', () => {
		expect(concepts('# 任务\n\n## 是什么\n\nSeq2Seq 是一种经典 NLP 任务。\n')).toEqual([]);
	});
});

describe('concept cards judged on unseen articles (issue 14, patterns 7, 8, 11)', () => {
	it('carries the description a kind demonstrative names ("这种架构通常称为…")', () => {
		const [c] = concepts(
			'# 多层感知器\n\n## 合并隐藏层\n\n我们可以通过合并一个或多个隐藏层来克服线性模型的这些限制。要做到这一点，最简单的方法是将许多全连接层堆叠在一起。每一层都输出到上面的层，直到生成最后的输出。我们可以把前$L-1$层看作表示，把最后一层看作线性预测器。这种架构通常称为*多层感知器*（multilayer perceptron），通常缩写为*MLP*。\n'
		);
		expect(c.front).toBe('什么是 **多层感知器（multilayer perceptron）**？');
		expect(c.back).toBe(
			'最简单的方法是将许多全连接层堆叠在一起。每一层都输出到上面的层，直到生成最后的输出。我们可以把前$L-1$层看作表示，把最后一层看作线性预测器。这种架构通常称为多层感知器（multilayer perceptron），通常缩写为MLP。'
		);
	});

	it('does the same for "Such a procedure is called …", dropping a leaning frame', () => {
		const [c] = concepts(
			'# SGD\n\n## Minibatches\n\nComputing the full gradient is slow. To do this faster, we sample a random minibatch of examples. We then compute the gradient on the minibatch and take a step. Such a procedure is called *minibatch stochastic gradient descent*.\n'
		);
		expect(c.back).toBe(
			'We sample a random minibatch of examples. We then compute the gradient on the minibatch and take a step. Such a procedure is called minibatch stochastic gradient descent.'
		);
	});

	it('prefers the definition that glosses the term over a vague one', () => {
		const cards = concepts(
			'# 预训练\n\n## BERT\n\nBERT，全名为 Bidirectional Encoder Representations from Transformers，是由 Google 团队在 2018年发布的预训练语言模型。\n\n### 思想沿承\n\nBERT 是一个统一了多种思想的预训练模型。\n'
		);
		expect(cards.map((c) => c.back)).toEqual([
			'BERT，全名为 Bidirectional Encoder Representations from Transformers，是由 Google 团队在 2018年发布的预训练语言模型。'
		]);
	});

	it('asks for the term, not "few-shot 也被称为…", and makes no card of a ranking genus', () => {
		const cards = concepts(
			'# GPT\n\n## GPT-3\n\n通过给模型提供少量示例，模型可以取得远好于 zero-shot 的良好表现。few-shot 也被称为上下文学习（In-context Learning），即让模型从提供的上下文中的示例里学习问题的解决方法。\n\n## 预训练任务\n\nT5 模型的预训练任务是一个关键的组成部分，它能使模型能够学习到丰富的语言表示。\n'
		);
		expect(cards.map((c) => c.front)).toEqual(['什么是 **上下文学习（In-context Learning）**？']);
	});

	it.runIf(hasCorpus)('keeps the happy-llm definitions that end in "如图所示:" (chapter 2)', () => {
		const fronts = concepts(corpus('happy-llm/docs_chapter2_transformer.md')).map((c) => c.front);
		expect(fronts).toContain('什么是 **前馈神经网络（Feedforward Neural Network，FNN）**？');
		expect(fronts).toContain('什么是 **卷积神经网络（Convolutional Neural Network，CNN）**？');
	});
});
