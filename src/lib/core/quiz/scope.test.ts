/**
 * The quiz keeps its promises on every seed and corpus article: a quiz on
 * an article uses only that article's cards (questions and distractors), in
 * its language, each source item once while there are items enough.
 */
import { describe, expect, test } from 'vitest';
import { importArticle, type Card } from '$lib/core';
import { corpusFiles, hasCorpus, sample } from '$lib/testing/fixtures';
import {
	offeredAnswer,
	buildQuiz,
	languageOf,
	shapeOf,
	sourceItems,
	termOf,
	type Question
} from '.';

const SEEDS = ['000', '001', '002', '003', '004'];
const articles: [string, Card[]][] = [
	...SEEDS.map((n): [string, Card[]] => [
		n,
		importArticle(sample(n).source, { path: sample(n).path }).cards
	]),
	...corpusFiles().map(([name, data]): [string, Card[]] => [
		name,
		importArticle(data, { path: name.split('/').pop() }).cards
	])
];
const han = /\p{Script=Han}/u;

/** Every text a question puts on screen, with what it is. */
function texts(q: Question): string[] {
	switch (q.type) {
		case 'choice':
			return [q.prompt, ...q.options];
		case 'truefalse':
			return [q.prompt, q.shown];
		case 'typed':
			return [q.prompt];
		case 'matching':
			return [...q.terms, ...q.definitions];
		case 'ordering':
			return [q.prompt, ...q.steps];
	}
}

/** The answers a question offers, beside the right one (options, statements, definitions). */
function offered(q: Question): string[] {
	if (q.type === 'choice') return q.options;
	if (q.type === 'truefalse') return [q.shown];
	if (q.type === 'matching') return q.definitions;
	return [];
}

if (!hasCorpus) console.warn('Skipping the corpus half of the quiz scope tests: ../shared absent.');

describe.each(articles)('a 10-question quiz on %s', (name, cards) => {
	const byId = new Map(cards.map((c) => [c.id, c]));
	const answers = new Set(cards.map(offeredAnswer));
	const terms = new Set(cards.map(termOf));
	const items = sourceItems(cards.filter((c) => offeredAnswer(c)));
	const quizzes = ['a', 'b', 'c'].map((seed) => buildQuiz(cards, { seed, size: 10 }));

	test('asks only about its cards and offers only their answers', () => {
		// Fewer than 10 questions only when every card is asked (bar those an ordering question answers).
		for (const q of quizzes.filter((x) => x.length < 10)) {
			const asked = new Set(q.flatMap((x) => x.cardIds));
			const closed = new Set(
				q.filter((x) => x.type === 'ordering').map((x) => items.get(x.cardIds[0]))
			);
			for (const id of items.keys())
				if (!closed.has(items.get(id))) expect(asked.has(id), `${name}: ${id} left out`).toBe(true);
		}
		for (const q of quizzes.flat()) {
			for (const id of q.cardIds) expect(byId.has(id), `${q.type} card ${id}`).toBe(true);
			for (const a of offered(q)) expect(answers.has(a), `${q.type} offers “${a}”`).toBe(true);
			if (q.type === 'matching') for (const t of q.terms) expect(terms.has(t), t).toBe(true);
			expect(q.source.articleId).toBe(cards[0].articleId);
		}
	});

	test('offers answers in the language of the right one', () => {
		for (const q of quizzes.flat()) {
			const right = q.cardIds.map((id) => languageOf(offeredAnswer(byId.get(id)!)));
			for (const a of offered(q)) expect(right, `${q.type}: “${a}”`).toContain(languageOf(a));
			if (name.startsWith('d2l-en/'))
				for (const t of texts(q)) expect(t, `Chinese in an English quiz`).not.toMatch(han);
		}
	});

	test('asks about each source item once while it has items enough', () => {
		for (const q of quizzes) {
			const seen = q.flatMap((x) => [...new Set(x.cardIds.map((id) => items.get(id)!))]);
			// An item shared only when the topic has fewer items than questions.
			if (items.size >= 2 * q.length) expect(new Set(seen).size, name).toBe(seen.length);
			// An ordering question never comes with another question on its item.
			for (const o of q.filter((x) => x.type === 'ordering')) {
				const item = items.get(o.cardIds[0])!;
				expect(seen.filter((s) => s === item)).toHaveLength(1);
			}
		}
	});

	test("a formula question's distractors are the topic's formulas", () => {
		const formulas = new Set(cards.filter((c) => shapeOf(c) === 'formula:tex').map(offeredAnswer));
		for (const q of quizzes.flat()) {
			if (q.type !== 'choice' || shapeOf(byId.get(q.cardIds[0])!) !== 'formula:tex') continue;
			for (const o of q.options) expect(formulas.has(o), o).toBe(true);
		}
	});
});
