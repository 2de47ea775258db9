import { describe, expect, it } from 'vitest';
import { isStopword, RARE, wordClass, zipf } from './frequency';
import { keyTerms, termRarity } from './keyterms';
import { plainSentence } from './plain';

describe('frequency tables', () => {
	it('rank general Chinese and English words by how common they are', () => {
		expect(zipf('的')).toBeGreaterThan(zipf('模型'));
		expect(zipf('模型')).toBeGreaterThan(zipf('梯度'));
		expect(zipf('the')).toBeGreaterThan(zipf('model'));
		expect(zipf('model')).toBeGreaterThan(zipf('softmax'));
		expect(zipf('softmax')).toBe(RARE);
	});
	it("keep jieba's part of speech", () => {
		expect(wordClass('模型')).toBe('content');
		expect(wordClass('使用')).toBe('verb');
		expect(wordClass('这种')).toBe('function');
	});
	it.each(['的', '这种', '可以', '一种', '通过', '是', 'the', 'can', 'be', 'this', '3'])(
		'%s is a stopword',
		(w) => expect(isStopword(w)).toBe(true)
	);
	it.each(['模型', '梯度', '关系', 'gradient', 'softmax', 'matrix'])('%s is not', (w) =>
		expect(isStopword(w)).toBe(false)
	);
});

describe('termRarity', () => {
	it.each([
		'梯度下降',
		'自注意力机制',
		'过拟合',
		'计算机视觉',
		'均方误差',
		'前馈神经网络',
		'学习率',
		'softmax',
		'gradient descent',
		'maximum likelihood estimators'
	])('%s is a term', (t) => expect(termRarity(t, /[a-z]/.test(t) ? 'en' : 'zh')).not.toBeNull());

	it.each([
		['这种', 'zh'],
		['使用', 'zh'],
		['中的', 'zh'],
		['也就是', 'zh'],
		['学习的速度', 'zh'],
		['训练或推断', 'zh'],
		['优化算法包括梯度下降', 'zh'],
		['模型', 'zh'],
		['can be', 'en'],
		['the model', 'en'],
		['typically', 'en'],
		['on training sets', 'en'],
		['seq_len', 'zh'],
		['vectorize the calculations and leverage fast linear algebra libraries', 'en']
	])('%s is not', (t, lang) => expect(termRarity(t, lang)).toBeNull());

	it('lets the author mark a common content word, never a function word', () => {
		expect(termRarity('数据', 'zh')).toBeNull();
		expect(termRarity('数据', 'zh', true)).not.toBeNull();
		expect(termRarity('这种', 'zh', true)).toBeNull();
	});

	it('refuses a clause a gloss follows, and a name opened by a conjunction', () => {
		// "大多数任务通常都与预测（prediction）有关": the gloss belongs to 预测 alone.
		expect(termRarity('任务通常都与预测', 'zh', true)).toBeNull();
		expect(termRarity('或截距', 'zh', true)).toBeNull();
		expect(termRarity('截距', 'zh', true)).not.toBeNull();
		// A rare adverb inside a term stays (随机 in 小批量随机梯度下降).
		expect(termRarity('小批量随机梯度下降', 'zh')).not.toBeNull();
	});
});

describe('keyTerms', () => {
	it('finds repeated rare phrases, marked and defined terms, and leaves pieces to the whole', () => {
		const text = [
			'**小批量随机梯度下降**是一种优化算法。',
			'小批量随机梯度下降每次抽取一小批样本。',
			'我们用小批量随机梯度下降训练模型，模型的损失逐步下降。',
			'*正则化*可以减少过拟合。'
		];
		const terms = keyTerms(
			text.map((t) => plainSentence(t)!),
			{ lang: 'zh', headings: ['优化算法'], defined: ['损失函数'] }
		);
		expect(terms.get('小批量随机梯度下降')).toMatchObject({ count: 3, marked: true });
		expect(terms.get('正则化')?.marked).toBe(true);
		expect(terms.get('优化算法')?.heading).toBe(true);
		expect(terms.get('损失函数')?.defined).toBe(true);
		// 随机梯度 only ever occurs inside 小批量随机梯度下降.
		expect(terms.has('随机梯度')).toBe(false);
		expect(terms.has('模型')).toBe(false);
	});
});

describe('plainSentence', () => {
	it('drops emphasis and code marks, keeps TeX, and says where they were', () => {
		const p = plainSentence('调用 `masked_softmax` 得到**注意力权重** $\\alpha$。')!;
		expect(p.text).toBe('调用 masked_softmax 得到注意力权重 $\\alpha$。');
		expect(p.text.slice(p.marked[0].start, p.marked[0].end)).toBe('注意力权重');
		expect(p.locked.map((r) => p.text.slice(r.start, r.end))).toEqual([
			'masked_softmax',
			'$\\alpha$'
		]);
	});
	it('joins Chinese lines without a space and drops citations', () => {
		expect(plainSentence('线性回归可以追溯到\n19世纪初 :cite:`Legendre.1805`。')!.text).toBe(
			'线性回归可以追溯到 19世纪初。'
		);
		expect(plainSentence('这一挑战\n被称为泛化。')!.text).toBe('这一挑战被称为泛化。');
	});
	it('refuses slide markers and sentences that point at a numbered figure', () => {
		expect(plainSentence('(**vectorize the calculations**) (~~should~~)')).toBeNull();
		expect(plainSentence('如 :numref:`fig_nn` 所示，输入层有两个输入。')).toBeNull();
	});
});
