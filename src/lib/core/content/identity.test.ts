import { describe, expect, it } from 'vitest';
import { importArticle, withArticleId } from '..';
import { buildCards } from '../cards';
import { corpusFiles, sample } from '../../testing/fixtures';
import {
	articleIdentity,
	distinctId,
	SAME_ARTICLE,
	sharesName,
	shingles,
	textSimilarity,
	type StoredText
} from './identity';
import { parseArticle } from './parse';
import { OPTIMISATION_EDITED, OPTIMISATION_NOTES } from '../../testing/notes';

// The article of tests/reimport.spec.ts, and its edit: one definition reworded, the FAQ cut.
const V1 = OPTIMISATION_NOTES;
const V2 = OPTIMISATION_EDITED;
// A different notes.md: another subject altogether.
const OTHER = `# 注意力机制

## 缩放点积注意力

缩放点积注意力是指用查询和键的点积除以维度的平方根来计算注意力权重的方法。

$$
\\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d}}\\right)V
$$

## 多头注意力

多头注意力是指把查询、键和值投影到多个子空间分别计算注意力再拼接的方法。
`;

const stored = (source: string, path = 'notes.md', id?: string): StoredText => {
	const a = parseArticle(source, { path });
	return { id: id ?? a.id, title: a.title, source };
};
const incoming = (source: string, path = 'notes.md') => {
	const a = parseArticle(source, { path });
	return { id: a.id, source };
};

describe('article identity', () => {
	it('makes a different text with a taken name a new article with a distinct id', () => {
		const first = stored(V1);
		const decided = articleIdentity(incoming(OTHER), [first]);
		expect(decided).toMatchObject({
			kind: 'distinct',
			namesake: { id: first.id, title: '优化笔记' }
		});
		expect(decided.id).not.toBe(first.id);
		expect(decided.id).toBe(distinctId(first.id, OTHER));
		expect(sharesName(decided.id, first.id)).toBe(true);
		if (decided.kind === 'distinct') expect(decided.similarity).toBeLessThan(0.05);
	});

	it('keeps an edited article the same article', () => {
		const decided = articleIdentity(incoming(V2), [stored(V1)]);
		expect(decided).toMatchObject({ kind: 'same', id: stored(V1).id });
		// A definition reworded and the FAQ cut: most of the text is still there.
		if (decided.kind === 'same') expect(decided.similarity).toBeGreaterThan(0.7);
	});

	it('keeps the same text the same article', () => {
		expect(articleIdentity(incoming(V1), [stored(V1)])).toEqual({
			kind: 'same',
			id: stored(V1).id,
			similarity: 1
		});
	});

	it('gives a name nothing holds its own id', () => {
		expect(articleIdentity(incoming(V1), [])).toEqual({ kind: 'new', id: stored(V1).id });
	});

	it('finds the namesake a text was edited from, among several', () => {
		const base = stored(V1).id;
		const second = { ...stored(OTHER), id: distinctId(base, OTHER) };
		const edited = OTHER.replace('再拼接的方法。', '再拼接起来的方法。');
		expect(articleIdentity(incoming(edited), [stored(V1), second])).toMatchObject({
			kind: 'same',
			id: second.id
		});
	});

	it('uses the id from the name again once no article holds it', () => {
		// The first notes.md was deleted; its distinct namesake stays.
		const base = stored(V1).id;
		const second = { ...stored(OTHER), id: distinctId(base, OTHER) };
		expect(articleIdentity(incoming(V1), [second])).toMatchObject({ kind: 'distinct', id: base });
	});

	it('tells the corpus files apart under one name, and knows each after an edit', () => {
		const files = [
			...corpusFiles().map(([, data]) => new TextDecoder().decode(data)),
			...['000', '001', '002', '003', '004'].map((n) => sample(n).source)
		];
		const library = files.map((source, i) => ({
			id: `a${i}`,
			title: `${i}`,
			source
		}));
		files.forEach((source, i) => {
			// The same file with its second section cut and a paragraph added.
			const parts = source.split(/\n(?=## )/);
			const edited = [...parts.slice(0, 1), ...parts.slice(2), '\n新增的一段说明。\n'].join('\n');
			const others = library.filter((_, j) => j !== i);
			expect(articleIdentity({ id: 'a0', source }, others).kind, `file ${i}`).toBe('distinct');
			expect(articleIdentity({ id: 'a0', source: edited }, library), `file ${i}`).toMatchObject({
				kind: 'same',
				id: `a${i}`
			});
		});
	});
});

describe('textSimilarity', () => {
	it('ignores line wrapping, emphasis and list marks', () => {
		const text =
			'Gradient descent moves the parameters against the gradient of the loss, step by step.';
		const rewrapped =
			'- Gradient descent moves the **parameters**\nagainst the gradient of the loss,\nstep by step.';
		expect(textSimilarity(text, rewrapped)).toBe(1);
	});

	it('reads CJK text a character at a time', () => {
		expect(shingles('梯度下降是指').size).toBe(1);
		expect(shingles('梯度下降是指沿着损失').size).toBe(3);
	});

	it('scores an article grown to twice its length 0.71', () => {
		const a = sample('002').source;
		const grown = a + '\n\n' + sample('003').source.slice(0, a.length);
		expect(textSimilarity(a, grown)).toBeGreaterThan(SAME_ARTICLE);
	});
});

describe('withArticleId', () => {
	it('gives the cards the ids buildCards makes for that article id', () => {
		const imported = importArticle(sample('003').source, { path: sample('003').path });
		const id = distinctId(imported.article.id, imported.article.source);
		const moved = withArticleId(imported, id);
		const article = { ...imported.article, id };
		expect(moved.article).toEqual(article);
		expect(moved.cards).toEqual(buildCards(article).cards);
		// None of the first article's card ids is taken by the second.
		const first = new Set(imported.cards.map((c) => c.id));
		expect(moved.cards.filter((c) => first.has(c.id))).toEqual([]);
		expect(
			moved.cards.every(
				(c) => c.articleId === id && !c.sibling?.startsWith(imported.article.id + ':')
			)
		).toBe(true);
	});
});
