import { describe, expect, it } from 'vitest';
import { isTerm, matchDefinition, matchDefinitions, plainText } from './definition';

const zh = (s: string, copula = false, previous?: string) =>
	matchDefinition(plainText(s), 'zh', { copula, previous });
const en = (s: string, copula = false, previous?: string) =>
	matchDefinition(plainText(s), 'en', { copula, previous });

describe('definitions in running text (zh)', () => {
	it.each([
		// [sentence, term, gloss] — sentences from happy-llm chapter 2, d2l-zh and seed 004.
		[
			'掩码自注意力，即 Mask Self-Attention，是指使用注意力掩码的自注意力机制。',
			'掩码自注意力',
			'Mask Self-Attention'
		],
		['Seq2Seq，即序列到序列，是一种经典 NLP 任务。', 'Seq2Seq', '序列到序列'],
		['层归一化，也就是 Layer Norm，是深度学习中经典的归一化操作。', '层归一化', 'Layer Norm'],
		['残差连接，即下一层的输入不仅是上一层的输出，还包括上一层的输入。', '残差连接', undefined],
		['所谓自注意力，即是计算本身序列中每个元素对其他元素的注意力分布。', '自注意力', undefined],
		[
			'我们把试图预测的目标（比如预测房屋价格）称为*标签*（label）或*目标*（target）。',
			'标签',
			'label'
		],
		[
			'AI 时代，即人工智能时代，是指人工智能技术得到广泛应用，并深刻改变社会生产、生活方式的时代。',
			'AI 时代',
			'人工智能时代'
		],
		[
			'Word2Vec是一种流行的词嵌入（Word Embedding）技术，由Tomas Mikolov等人在2013年提出。',
			'Word2Vec',
			undefined
		]
	])('%s defines %s', (sentence, term, gloss) => {
		const d = zh(sentence);
		expect(d?.term).toBe(term);
		expect(d?.gloss).toBe(gloss);
		expect(d?.sentence).toBe(plainText(sentence));
	});

	it.each([
		// A genus noun that only ranks with an evaluative word ("重要步骤") — "途径", "工具", "任务" define.
		['商业模式是指企业如何通过提供产品或服务来获取利润的途径。', '商业模式'],
		[
			'深度学习框架（Deep Learning Framework）是为了简化深度学习模型开发、训练和部署的工具。',
			'深度学习框架'
		],
		[
			'文本摘要（Text Summarization）是 NLP 中的一个重要任务，目的是生成一段简洁准确的摘要。',
			'文本摘要'
		]
	])('%s still defines %s', (sentence, term) => {
		expect(zh(sentence)?.term).toBe(term);
	});

	it('keeps the definition and drops the lead-in to a formula', () => {
		const d = zh(
			'线性假设是指目标（房屋价格）可以表示为特征（面积和房龄）的加权和，如下面的式子：'
		);
		expect(d?.sentence).toBe('线性假设是指目标（房屋价格）可以表示为特征（面积和房龄）的加权和。');
	});

	it('borrows the sentence before for "这一挑战被称为泛化"', () => {
		const d = zh(
			'这些可以调整但不在训练过程中更新的参数称为*超参数*（hyperparameter）。',
			false,
			'批量大小和学习率的值通常是手动预先指定，而不是通过模型训练得到的。'
		);
		expect(d?.term).toBe('超参数');
		expect(d?.sentence).toBe(
			'批量大小和学习率的值通常是手动预先指定，而不是通过模型训练得到的。这些可以调整但不在训练过程中更新的参数称为超参数（hyperparameter）。'
		);
	});

	it.each([
		// Judgements, remarks, asides and namings of a symbol are no definitions.
		['智能客服是大模型应用的重要场景之一。'],
		['模型部署是实现大模型价值的关键。'],
		['数据准备是模型训练的重要步骤。'],
		['计算机视觉（Computer Vision）是另一个重要应用领域。'],
		['线性回归刚好是一个很简单的优化问题。'],
		['线性回归模型也是一个简单的神经网络。'],
		['生成的 Mask 矩阵会是一个上三角矩阵，上三角位置的元素均为 -inf，其他位置的元素置为0。'],
		['具体而言，是指模型输入的是一个自然语言序列 $input = (x_1, x_2, x_3...x_n)$ 。'],
		['梯度下降最简单的用法是计算损失函数关于模型参数的导数（在这里也可以称为梯度）。'],
		['$b$称为*偏置*（bias）、*偏移量*（offset）或*截距*（intercept）。'],
		['例如，当N=1时，模型称为unigram，仅考虑单个词的概率；'],
		[
			'正态分布（normal distribution），也称为高斯分布（Gaussian distribution），最早由德国数学家高斯（Gauss）应用于天文学研究。'
		],
		['这种方法是一种简单的技巧。'],
		['结果是0.5。']
	])('%s defines nothing', (sentence) => {
		expect(zh(sentence, true)).toBeNull();
	});

	it('takes "X是…" only where a term is introduced', () => {
		expect(zh('词汇表是一个包含所有可能出现的词语的集合。')?.term).toBe('词汇表');
		expect(zh('NLP 是 一种让计算机理解、解释和生成人类语言的技术。')?.term).toBe('NLP');
		// No genus, no gloss: a copula counts under "What it is" only.
		expect(zh('大模型通常包含数十亿参数，是深度学习的产物。')).toBeNull();
		expect(zh('Embedding 层其实是存储固定大小的词典的嵌入向量查找表。')).toBeNull();
		expect(zh('Embedding 层其实是存储固定大小的词典的嵌入向量查找表。', true)?.term).toBe(
			'Embedding 层'
		);
	});
});

describe('definitions in running text (en)', () => {
	it('names each term of "X is called A, and Y is called B" with its own clause', () => {
		const s = plainText(
			'In the terminology of machine learning, the dataset is called a *training dataset* or *training set*,\nand each row (containing the data corresponding to one sale)\nis called an *example* (or *data point*, *instance*, *sample*).'
		);
		const defs = matchDefinitions(s, 'en');
		expect(defs.map((d) => d.term)).toEqual(['training dataset', 'example']);
		expect(defs[1].sentence).toBe(
			'Each row (containing the data corresponding to one sale) is called an example (or data point, instance, sample).'
		);
	});

	it('borrows the sentence before for "This algorithm is called gradient descent."', () => {
		const prev =
			'The key technique consists of iteratively reducing the error by updating the parameters in the direction that lowers the loss.';
		const d = en('This algorithm is called *gradient descent*.', false, prev);
		expect(d?.term).toBe('gradient descent');
		expect(d?.sentence).toBe(`${prev} This algorithm is called gradient descent.`);
		expect(en('This algorithm is called *gradient descent*.')).toBeNull();
	});

	it.each([
		[
			'Estimators chosen according to the principle of maximum likelihood are called *maximum likelihood estimators*.',
			'maximum likelihood estimators'
		],
		['Dropout refers to randomly zeroing activations during training.', 'Dropout'],
		[
			'The variables (age and area) upon which the predictions are based are called *features* (or *covariates*).',
			'features'
		]
	])('%s defines %s', (s, term) => {
		expect(en(s)?.term).toBe(term);
	});

	it.each([
		['The result is a vector of length n.'],
		['It is a good idea to normalise the inputs first.'],
		["Newton's method is a lot faster once it has started working properly in convex problems."],
		['The learning rate is important.'],
		['The loss is shown in Figure 3.'],
		['The value is 0.5.'],
		['One way is to use a smaller learning rate.'],
		['Here $w_1$ and $w_2$ are called *weights*.']
	])('%s defines nothing', (s) => {
		expect(en(s, true)).toBeNull();
	});

	it('takes "X is a …" under an introducing context only', () => {
		const s = 'Softmax regression is a generalisation of logistic regression to several classes.';
		expect(en(s)).toBeNull();
		expect(en(s, true)?.term).toBe('Softmax regression');
	});
});

describe('isTerm', () => {
	it.each([
		'梯度下降',
		'NLP',
		'Embedding 层',
		'gradient descent',
		'N-gram 模型',
		'小批量随机梯度下降',
		'层归一化'
	])('%s is a term', (t) => expect(isTerm(t, /\p{Script=Han}/u.test(t))).toBe(true));
	it.each([
		['这种方法', true],
		['具体而言', true],
		['分类问题的目标', true],
		['$b$', true],
		['0.5', true],
		['The result', false],
		['It', false],
		['the dataset is called', false],
		// Round 2: clause starts and ends taken as terms.
		['尽管softmax', true],
		['RLHF 就类似于 LLM 作', true],
		['多语言、跨语言模型曾经', true],
		['AI大模型的核心算法', true]
	])('%s is not', (t, z) => expect(isTerm(t, z)).toBe(false));
});

describe('definitions judged on unseen articles (issue 14, patterns 6–9)', () => {
	it('never cuts a definition at a comma inside brackets, and keeps what follows a colon', () => {
		const d = zh(
			'因此，Sigmoid通常称为*挤压函数*（Squashing function）：它将范围(-inf, inf)中的任意输入压缩到区间(0, 1)中的某个值：'
		);
		expect(d?.term).toBe('挤压函数');
		expect(d?.sentence).toBe(
			'因此，Sigmoid通常称为挤压函数（Squashing function）：它将范围(-inf, inf)中的任意输入压缩到区间(0, 1)中的某个值。'
		);
	});

	it('refuses a sentence whose brackets do not close', () => {
		expect(zh('挤压函数是指将任意输入压缩到区间(0的函数。')).toBeNull();
		expect(en('A squashing function is defined as a map onto the interval (0.')).toBeNull();
	});

	it('takes the named term of "A 也被称为 B（gloss），即 …", never the clause', () => {
		const d = zh(
			'few-shot 也被称为上下文学习（In-context Learning），即让模型从提供的上下文中的示例里学习问题的解决方法。'
		);
		expect(d?.term).toBe('上下文学习');
		expect(d?.gloss).toBe('In-context Learning');
		expect(isTerm('few-shot 也被称为上下文学习', true)).toBe(false);
		expect(isTerm('momentum also known as heavy ball', false)).toBe(false);
	});

	it.each([
		'T5 模型的预训练任务是一个关键的组成部分，它能使模型能够学习到丰富的语言表示。',
		'注意力层是一个非常重要的环节，它决定了模型的上限。'
	])('refuses a genus that only ranks: %s', (s) => {
		expect(zh(s, true)).toBeNull();
	});

	it('refuses "is a key component" in English', () => {
		expect(
			en('The attention layer is a key component of the Transformer that everyone uses.', true)
		).toBeNull();
	});

	it('reads a full name after "全名为" as the gloss', () => {
		const d = zh(
			'BERT，全名为 Bidirectional Encoder Representations from Transformers，是由 Google 团队在 2018年发布的预训练语言模型。'
		);
		expect(d?.term).toBe('BERT');
		expect(d?.gloss).toBe('Bidirectional Encoder Representations from Transformers');
	});

	it('splits two definitions glued at "；", and only those', () => {
		const defs = matchDefinitions(
			'问答匹配是指，输入一个问题和若干个回答，要求模型找出问题的真正回答；自然语言推理是指，输入一个前提和一个推理，判断推理是否是符合前提的。',
			'zh'
		);
		expect(defs.map((d) => [d.term, d.sentence])).toEqual([
			['问答匹配', '问答匹配是指，输入一个问题和若干个回答，要求模型找出问题的真正回答。'],
			['自然语言推理', '自然语言推理是指，输入一个前提和一个推理，判断推理是否是符合前提的。']
		]);
		const post =
			'Post Norm 是指在进行残差连接计算时，先完成残差计算，再进行 LayerNorm 计算；而类似于 GPT、LLaMA 等模型都使用了 Pre Norm，也就是先进行 LayerNorm 计算，再进行残差的计算。';
		// Not two definitions: one, without the contrast after "；而" (see below).
		expect(matchDefinitions(post, 'zh').map((d) => d.sentence)).toEqual([
			post.slice(0, post.indexOf('；')) + '。'
		]);
		expect(
			matchDefinitions(
				'Precision is the fraction of predicted positives that are correct; recall is the fraction of actual positives that are found.',
				'en',
				{ copula: true }
			).map((d) => d.term)
		).toEqual(['Precision', 'Recall']);
	});

	it('drops a list label before the sentence, and reads "是 MLM，也称为 B" as MLM\'s other name', () => {
		expect(zh('预训练任务: T5模型的预训练任务是 MLM，也称为BERT-style目标。')).toBeNull();
		expect(zh('补充说明：梯度下降是指沿着负梯度方向迭代地更新参数的优化方法。')?.sentence).toBe(
			'梯度下降是指沿着负梯度方向迭代地更新参数的优化方法。'
		);
		// A labelled item describes its label ("数据准备"), so it introduces no term of its own.
		expect(zh('数据准备：收集、清洗和标注数据，为模型训练提供高质量的训练数据。', true)).toBeNull();
	});
});

describe('a definition without the contrast it adds after "；"', () => {
	it('ends Post Norm at the contrast with Pre Norm', () => {
		const [d] = matchDefinitions(
			'Post Norm 是指在进行残差连接计算时，先完成残差计算，再进行 LayerNorm 计算；而类似于 GPT、LLaMA 等模型都使用了 Pre Norm，也就是先进行 LayerNorm 计算，再进行残差的计算。',
			'zh'
		);
		expect(d.term).toBe('Post Norm');
		expect(d.sentence).toBe(
			'Post Norm 是指在进行残差连接计算时，先完成残差计算，再进行 LayerNorm 计算。'
		);
	});
});

describe('a definition that only repeats the term is none', () => {
	it('refuses "A network that uses recurrent computation is called a recurrent neural network"', () => {
		expect(
			matchDefinition(
				'A neural network that uses recurrent computation is called a recurrent neural network (RNN).',
				'en'
			)
		).toBeNull();
		// Two content words of its own are a definition still.
		expect(
			matchDefinition(
				'Tunable parameters that are not updated in the training loop are called hyperparameters.',
				'en'
			)?.term
		).toBe('hyperparameters');
	});
});

describe('a term is never cut where no word ends', () => {
	it('refuses a Latin name cut by a length cap, and a term ending on the 不 of 不是', () => {
		const long = matchDefinition(
			'这类方法被称为 Reinforcement Learning with Verifiable Rewards（RLVR），奖励由程序自动判定。',
			'zh'
		);
		expect(long?.term ?? '').not.toBe('Reinforcement Learning with Ve');
		expect(matchDefinition('配套实现不是一个孤立的训练脚本，而是一整套工具。', 'zh')).toBeNull();
		// A region of a figure the card does not show is no term.
		expect(
			matchDefinition('阴影部分是第一个输出元素以及用于输出计算的输入和核张量元素。', 'zh')
		).toBeNull();
	});
});
