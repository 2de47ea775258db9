import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles, hasCorpus, SAMPLES } from '../../testing/fixtures';
import { parseArticle } from '../content/parse';
import { importArticle } from '../index';
import {
	answerCore,
	assess,
	cardDebris,
	clozeFaults,
	debrisIn,
	headingKeys,
	isHeadingOnly,
	isLeadInOnly,
	measures,
	namedAfterHeading,
	proseSections,
	sectionsWithoutCards,
	sharedAnswers,
	sumFigures,
	type DebrisKind,
	type QualityFigures
} from './quality';
import type { Card, Facet } from './types';

let n = 0;
/** A card as the pipeline makes it; only what a test names differs. */
function card(over: Partial<Card> & { facet: Facet }): Card {
	n++;
	return {
		id: `c${n}`,
		articleId: 'a',
		kind: 'concept',
		front: `Question ${n}?`,
		back: `Answer ${n}.`,
		context: { headingPath: ['Linear regression'], line: 3, endLine: 3 },
		tags: [],
		...over
	};
}
const definition = (term: string, definition: string): Facet => ({
	type: 'definition',
	term,
	definition
});
const cloze = (sentence: string, span: string): Card =>
	card({
		kind: 'cloze',
		front: sentence.replace(span, '[…]'),
		back: sentence.replace(span, `**${span}**`),
		facet: { type: 'cloze', sentence, span, at: sentence.indexOf(span) }
	});

const ARTICLE = [
	'# Linear regression',
	'',
	'## The gradient',
	'',
	'The gradient points uphill.',
	'',
	'## 损失函数',
	'',
	'平方误差是最常用的损失。',
	'',
	'## Loss',
	'',
	'$$',
	'L = \\frac{1}{2}(y - \\hat{y})^2',
	'$$',
	'',
	'## Squared loss',
	'',
	'The squared loss is defined as:',
	'',
	'$$',
	'l = (y - \\hat{y})^2',
	'$$',
	'',
	'## Code',
	'',
	'Call `fit_model` to train, or `predict` later.',
	''
].join('\n');
const article = parseArticle(ARTICLE, { path: 'lr.md' });
const headings = headingKeys(article);

describe('markup debris', () => {
	it.each<[string, DebrisKind]>([
		['As shown in :numref:`fig_softmax`, the outputs sum to one.', 'd2l-role'],
		['Softmax :cite:`Bridle.1990` normalises scores.', 'd2l-role'],
		['See :eqref:`eq_softmax`.', 'd2l-role'],
		['The loss\n:label:`sec_loss`', 'd2l-role'],
		['$$x$$\n:eqlabel:`eq_x`', 'd2l-role'],
		['[**Softmax**] turns scores into probabilities.', 'slide-marker'],
		['Doing this requires that (**we**) (~~should~~) vectorise.', 'slide-marker'],
		['其中，\\\\( y \\\\) 是输出值。', 'escaped-math'],
		['{% raw %}The attention{% endraw %}', 'liquid'],
		['See <a href="#fig">the figure</a>.', 'html'],
		['<a name="sec-1"></a>Attention', 'html'],
		['<div align="center">x</div>', 'html'],
		['<img src="fig.png" width="50%">', 'html'],
		['Text <!-- a note --> here.', 'html'],
		['line one<br>line two', 'html'],
		['完成。<|assistant|>', 'chat-token'],
		['谢谢<|im_sep|>', 'chat-token'],
		['```python\n#@tab pytorch\nx = 1\n```', 'd2l-tab'],
		[':begin_tab:`pytorch`\nPyTorch tab', 'd2l-tab'],
		['The **bold term is never closed.', 'unbalanced-bold']
	])('finds %j as %s', (text, kind) => {
		expect(debrisIn(text)).toContain(kind);
	});

	it.each([
		'A clean answer with **bold**, *italics* and $a_i$.',
		'Inline math $0 <a <1$ and $x^{**}$ are math, not HTML or bold.',
		'Code `<div>` and `a ** b` is code.',
		'```html\n<div>{% raw %}</div>\n```',
		'Delimiters \\( x \\) and \\[ y \\] are math the renderer reads.',
		'A link [**bold text**](https://example.org) is a link.',
		'***bold italics*** are balanced.',
		'$$\n\\begin{aligned} a &= b \\\\ (c) &= d \\end{aligned}\n$$'
	])('leaves %j alone', (text) => {
		expect(debrisIn(text)).toEqual([]);
	});

	it('flags a stored cloze front that still uses the old **[…]** blank', () => {
		const old = card({
			kind: 'cloze',
			front: '填空：**[…]**是大模型应用的重要场景之一。',
			back: '**智能客服**是大模型应用的重要场景之一。',
			facet: {
				type: 'cloze',
				sentence: '智能客服是大模型应用的重要场景之一。',
				span: '智能客服',
				at: 0
			}
		});
		expect(cardDebris(old)).toEqual(['old-blank']);
		expect(cardDebris({ ...old, front: '填空：[…]是大模型应用的重要场景之一。' })).toEqual([]);
	});
});

describe('heading-only and lead-in answers', () => {
	const meaning = (back: string) =>
		card({
			kind: 'formula',
			front: '$$\nL\n$$\n\nWhat does this formula (The gradient) express?',
			back,
			facet: { type: 'formula', tex: 'L', ask: 'meaning' }
		});

	it('flags an answer that only points at a heading', () => {
		expect(isHeadingOnly(meaning('From “The gradient”'), headings)).toBe(true);
		expect(isHeadingOnly(meaning('出自「损失函数」'), headings)).toBe(true);
		// With the legend a formula card appends, the answer is still the reference.
		expect(isHeadingOnly(meaning('From “Loss”\n\nwhere $y$ is the label.'), headings)).toBe(true);
	});

	it('flags an answer that is the words of a heading', () => {
		const c = card({ back: '**The gradient**', facet: definition('gradient', 'The gradient') });
		expect(isHeadingOnly(c, headings)).toBe(true);
		expect(isHeadingOnly({ ...c, back: '损失函数。' }, headings)).toBe(true);
	});

	it('does not flag a real answer, nor short answers by design', () => {
		expect(isHeadingOnly(meaning('The gradient points uphill.'), headings)).toBe(false);
		// A symbol may well mean what a heading says: "$L$ is the loss".
		const symbol = card({
			kind: 'formula',
			back: 'Loss',
			facet: { type: 'symbol', symbol: 'L', meaning: 'Loss', tex: 'L' }
		});
		expect(isHeadingOnly(symbol, headings)).toBe(false);
	});

	it('flags a lead-in ending in a colon, in English and Chinese', () => {
		expect(isLeadInOnly(meaning('The squared loss is defined as:'))).toBe(true);
		expect(isLeadInOnly(meaning('平方误差可以定义为以下公式：'))).toBe(true);
		expect(isLeadInOnly(meaning('The loss is given by:\n\nwhere $y$ is the label.'))).toBe(true);
	});

	it('does not flag a description that goes on after its colon, or says more', () => {
		expect(isLeadInOnly(meaning('The squared loss is defined as: half the squared error.'))).toBe(
			false
		);
		expect(
			isLeadInOnly(meaning('Linear regression fits a line. It minimises the squared loss:'))
		).toBe(false);
	});

	it('strips the Mermaid source and the legend from an answer', () => {
		expect(answerCore('模型训练\n\n```mermaid\ngraph TD\nA-->B\n```')).toBe('模型训练');
		expect(answerCore('**Squared loss**\n\nwhere $y$ is the label.')).toBe('**Squared loss**');
		expect(answerCore('其中，$y$ 是标签。')).toBe('其中，$y$ 是标签。');
	});
});

describe('shared answers', () => {
	const tex = 'l = (y - \\hat{y})^2';
	const formula = (ask: 'tex' | 'name', back: string) =>
		card({ kind: 'formula', back, facet: { type: 'formula', tex, ask, name: 'Squared loss' } });
	const symbol = (s: string, meaning: string, t = tex) =>
		card({ kind: 'formula', back: meaning, facet: { type: 'symbol', symbol: s, meaning, tex: t } });

	it('does not flag a formula’s reverse pair or symbols that share one meaning', () => {
		const legend = '\n\nwhere $y$ is the label.';
		const cards = [
			formula('tex', `$$\n${tex}\n$$${legend}`),
			formula('name', `**Squared loss**${legend}`),
			symbol('y', 'the label and its estimate'),
			symbol('\\hat{y}', 'the label and its estimate')
		];
		expect(sharedAnswers(cards)).toEqual([]);
	});

	it('does not flag two steps of one flow that lead to the same step', () => {
		const step = (s: string) =>
			card({
				kind: 'diagram',
				back: 'Train\n\n```mermaid\ngraph TD\nA-->C\nB-->C\n```',
				sibling: 'a:flow:3',
				facet: { type: 'flow', step: s, neighbours: ['Train'], direction: 'after' }
			});
		expect(sharedAnswers([step('Collect'), step('Clean')])).toEqual([]);
	});

	it('flags a concept and a cloze that answer with one sentence, and a definition given twice', () => {
		const sentence = 'Gradient descent follows the negative gradient.';
		const concept = card({ back: sentence, facet: definition('Gradient descent', sentence) });
		const c = cloze(sentence, 'Gradient descent');
		const twice = [
			card({
				back: '使用GPU对模型进行训练。',
				facet: definition('模型训练', '使用GPU对模型进行训练。')
			}),
			card({
				back: '使用GPU对模型进行训练。',
				facet: definition('训练', '使用GPU对模型进行训练。')
			})
		];
		const clean = card({ back: 'Something else.', facet: definition('x', 'Something else.') });
		expect(sharedAnswers([concept, c, ...twice, clean])).toEqual([concept, c, ...twice]);
	});

	it('flags one meaning given to symbols of two different formulas', () => {
		expect(
			sharedAnswers([symbol('y_i', '真实值', 'a'), symbol('y_i', '真实值', 'b')])
		).toHaveLength(2);
	});
});

describe('cloze spans', () => {
	it.each([
		['大模型（Large-scale Model）是指参数规模达到数十亿的模型。', '大模型'],
		['The thing we predict is called a label (or target).', 'label'],
		['We minimise the loss, i.e. the mean squared error.', 'loss'],
		['这一过程称为预测，即根据特征估计目标。', '预测'],
		['Gauss also discovered the normal distribution (also called the Gaussian).', 'Gaussian'],
		['尽管梯度下降（gradient descent）很少直接用于深度学习。', 'gradient descent'],
		['The resulting algorithm, stochastic gradient descent (SGD), is effective.', 'SGD'],
		['自然语言处理（Natural Language Processing，NLP）是人工智能的分支。', 'NLP'],
		['Query（查询值）是注意力机制的核心变量。', 'Query']
	])('flags %j hiding %j as glossed', (sentence, span) => {
		expect(clozeFaults(cloze(sentence, span))).toContain('glossed');
	});

	it.each([
		// A synonym to recall, a name for a description: the fact the card tests.
		['正态分布（normal distribution），也称为高斯分布。', '高斯分布'],
		['每个小批量中的样本数，这也称为批量大小（batch size）。', '批量大小（batch size）'],
		// Brackets that hold an example, a remark or a d2l slide marker, not a gloss.
		['结合N-gram模型和其他技术（如深度学习模型）可以获得更好的性能。', '深度学习模型'],
		['The real neuron (source: "Anatomy and Physiology") has dendrites.', 'neuron'],
		['为了说明矢量化为什么如此重要，我们考虑(对向量相加的两种方法)。', '向量'],
		['拼接成（batch_size，seq_len，embedding_dim）的矩阵输出。', 'seq_len'],
		['If we use a learning rate that is too small, progress is slow.', 'learning rate'],
		['梯度下降即使在非凸问题上也常常有效。', '梯度下降']
	])('does not flag %j hiding %j as glossed', (sentence, span) => {
		expect(clozeFaults(cloze(sentence, span))).not.toContain('glossed');
	});

	it.each([
		['Doing this efficiently requires that we vectorise the calculations.', 'we'],
		['具体而言，注意力机制为真值加权求和。', '具体而言'],
		['When training, we seek parameters ($w^*, b^*$) that minimise the loss.', ', b^']
	])('flags %j hiding %j as a function word or fragment', (sentence, span) => {
		expect(clozeFaults(cloze(sentence, span))).toContain('function-word');
	});

	it('flags a span that is a whole clause', () => {
		const en = 'Doing this requires that we vectorise the calculations with fast libraries.';
		expect(clozeFaults(cloze(en, 'vectorise the calculations with fast libraries'))).toContain(
			'clause'
		);
		const zh = '我们希望通过最小化在所有训练样本上的总损失来找到最好的参数。';
		expect(clozeFaults(cloze(zh, '通过最小化在所有训练样本上的总损失'))).toContain('clause');
		// A term hidden with its gloss, or four words with an article, is a term, not a clause.
		const lstm = '深度学习模型如长短时记忆网络（Long Short-Term Memory，LSTM）被广泛应用。';
		expect(clozeFaults(cloze(lstm, '长短时记忆网络（Long Short-Term Memory，LSTM）'))).toEqual([]);
		const term = 'According to the principle of maximum likelihood, we choose the parameters.';
		expect(clozeFaults(cloze(term, 'the principle of maximum likelihood'))).toEqual([]);
	});

	it('flags a span inside math, and one that is only code in the source', () => {
		expect(clozeFaults(cloze('The estimate $\\hat{y} = wx + b$ is linear.', 'wx'))).toContain(
			'in-math'
		);
		const code = card({
			kind: 'cloze',
			back: 'Call **fit_model** to train, or predict later.',
			context: { headingPath: ['Code'], line: 27, endLine: 27 },
			facet: {
				type: 'cloze',
				sentence: 'Call fit_model to train, or predict later.',
				span: 'fit_model',
				at: 5
			}
		});
		expect(clozeFaults(code, ARTICLE)).toEqual(['in-code']);
	});

	it('does not flag a clean cloze', () => {
		const c = cloze('This algorithm is called gradient descent.', 'gradient descent');
		expect(clozeFaults(c, ARTICLE)).toEqual([]);
		expect(clozeFaults(cloze('智能客服是大模型应用的重要场景之一。', '智能客服'))).toEqual([]);
	});
});

describe('formula names and sections', () => {
	const named = (name: string, line: number) =>
		card({
			kind: 'formula',
			context: { headingPath: ['Linear regression', name], line, endLine: line + 2 },
			facet: { type: 'formula', tex: 'L', ask: 'tex', name }
		});

	it('flags a formula named after its heading when the text does not name it', () => {
		expect(namedAfterHeading(named('Loss', 13), ARTICLE)).toBe(true);
	});

	it('does not flag a formula its lead-in names, even under a heading of that name', () => {
		expect(namedAfterHeading(named('Squared loss', 19), ARTICLE)).toBe(false);
	});

	it('finds the prose sections that make no card', () => {
		expect(proseSections(article).map((s) => s.title)).toEqual([
			'The gradient',
			'损失函数',
			'Squared loss',
			'Code'
		]);
		const one = card({
			facet: definition('gradient', 'points uphill'),
			context: { headingPath: ['Linear regression', 'The gradient'], line: 5, endLine: 5 }
		});
		expect(sectionsWithoutCards(article, [one]).map((s) => s.title)).toEqual([
			'损失函数',
			'Squared loss',
			'Code'
		]);
	});
});

describe('the report', () => {
	it('counts a clean deck as clean and a defect once in each figure', () => {
		const md = '# Gradient descent\n\n## Idea\n\nGradient descent follows the negative gradient.\n';
		const a = parseArticle(md, { path: 'gd.md' });
		const good = card({
			back: 'An algorithm that follows the negative gradient.',
			context: { headingPath: ['Gradient descent', 'Idea'], line: 5, endLine: 5 },
			facet: definition('Gradient descent', 'An algorithm that follows the negative gradient.')
		});
		const clean = assess(a, [good]).figures;
		expect(clean).toMatchObject({ cards: 1, proseSections: 1, emptySections: 0, debris: 0 });
		expect(measures(clean).filter((m) => !m.ok)).toEqual([]);

		const bad = card({ back: ':numref:`fig_gd` shows it:', facet: definition('x', 'y') });
		const f = assess(a, [good, bad]).figures;
		expect(f).toMatchObject({ cards: 2, debris: 1, leadIn: 1, headingOnly: 0, shared: 0 });
		expect(f.byKind.debris).toEqual({ concept: 1 });
		const total = sumFigures([clean, f]);
		expect(total).toMatchObject({ cards: 3, debris: 1, proseSections: 2 });
		expect(total.debrisKinds).toEqual({ 'd2l-role': 1 });
		expect(measures(total).find((m) => m.key === 'debris')).toMatchObject({ value: 1, ok: false });
	});
});

/**
 * The acceptance figures of issue 14 over the seeds and ../shared/corpus.
 * Assertions compare per-file counts (not card text), so a failure says
 * where to look without printing any card: `npm run quality -- --show NAME`.
 */
describe('quality of the seeds and the corpus', () => {
	const seeds = readdirSync(SAMPLES)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f): [string, Uint8Array] => [`seeds/${f}`, readFileSync(join(SAMPLES, f))]);
	if (!hasCorpus) console.warn('Corpus quality tests cover the seeds only.');
	// Imported before the tests (one pass over 16 files), with room for a slow machine; a
	// pipeline error then fails these tests only, not the detector tests above.
	let done: { name: string; figures: QualityFigures }[] = [];
	beforeAll(() => {
		done = [...seeds, ...corpusFiles()].map(([name, data]) => {
			const { article: a, cards } = importArticle(data, { path: name });
			return { name, figures: assess(a, cards).figures };
		});
	}, 120_000);
	const files = () => done;
	const perFile = (pick: (f: QualityFigures) => number) =>
		Object.fromEntries(files().map((f) => [f.name, pick(f.figures)]));
	const zeros = () => Object.fromEntries(files().map((f) => [f.name, 0]));

	it('covers the five seeds and every corpus file', () => {
		expect(seeds).toHaveLength(5);
		expect(files()).toHaveLength(5 + corpusFiles().length);
	});

	it('has no card with markup debris', () => {
		expect(perFile((f) => f.debris)).toEqual(zeros());
	});

	it('has no heading-only answer', () => {
		expect(perFile((f) => f.headingOnly)).toEqual(zeros());
	});

	it('has no lead-in-only answer', () => {
		expect(perFile((f) => f.leadIn)).toEqual(zeros());
	});

	it('has no answer over 1,500 characters', () => {
		expect(perFile((f) => f.over1500)).toEqual(zeros());
	});

	it('has no cloze over a glossed term, a function word, a clause or math', () => {
		expect(perFile((f) => f.badClozes)).toEqual(zeros());
	});

	const sum = (pick: (f: QualityFigures) => number) =>
		files().reduce((n, f) => n + pick(f.figures), 0);

	it('has at most 2 % of cards sharing an answer with a card that is not its reverse', () => {
		expect(sum((f) => f.shared) / sum((f) => f.cards)).toBeLessThanOrEqual(0.02);
	});

	it('leaves at most 25 % of the sections with prose without a card', () => {
		expect(sum((f) => f.emptySections) / sum((f) => f.proseSections)).toBeLessThanOrEqual(0.25);
	});
});
