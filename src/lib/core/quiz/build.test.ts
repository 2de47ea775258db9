import { describe, expect, test } from 'vitest';
import { importArticle, type Card } from '$lib/core';
import { sample, SEED_000_FLOW } from '$lib/testing/fixtures';
import {
	offeredAnswer,
	buildQuiz,
	grade,
	inScope,
	languageOf,
	quizCapacity,
	shapeOf,
	type Question
} from '.';

const SEEDS = ['000', '001', '002', '003', '004'];
const decks = Object.fromEntries(
	SEEDS.map((n) => [n, importArticle(sample(n).source, { path: sample(n).path }).cards])
);
const library: Card[] = Object.values(decks).flat();
const byId = new Map(library.map((c) => [c.id, c]));

function quizzes(type: Question['type']): Question[] {
	return SEEDS.flatMap((n) =>
		['a', 'b', 'c'].flatMap((seed) => buildQuiz(decks[n], { seed, size: 40, types: [type] }))
	);
}

describe('quiz builder on the seed articles', () => {
	test('multiple choice: 4 distinct options, exactly one of them right', () => {
		const qs = quizzes('choice');
		expect(qs.length).toBeGreaterThan(50);
		for (const q of qs) {
			if (q.type !== 'choice') throw new Error(q.type);
			const card = byId.get(q.cardIds[0])!;
			expect(q.options).toHaveLength(4);
			expect(new Set(q.options).size).toBe(4);
			const right = q.options.filter((o) => o === offeredAnswer(card));
			expect(right).toHaveLength(1);
			expect(q.options[q.answer]).toBe(offeredAnswer(card));
		}
	});

	test("a formula question's distractors are formulas", () => {
		const formulas = quizzes('choice').filter(
			(q) => shapeOf(byId.get(q.cardIds[0])!) === 'formula:tex'
		);
		expect(formulas.length).toBeGreaterThan(3);
		expect(formulas.find((q) => q.prompt.includes('梯度下降（Gradient Descent）'))).toBeDefined();
		// "MSE = …" names itself: asked for the formula of 均方误差（MSE）, it would be the giveaway.
		expect(formulas.find((q) => q.prompt.includes('均方误差（MSE）'))).toBeUndefined();
		for (const q of formulas) {
			if (q.type !== 'choice') continue;
			for (const o of q.options) expect(o).toMatch(/^\$\$\n[\s\S]+\n\$\$$/);
		}
	});

	test('true/false statements are false exactly when built false', () => {
		const qs = quizzes('truefalse');
		const falses = qs.filter((q) => q.type === 'truefalse' && !q.truth);
		expect(falses.length).toBeGreaterThan(10);
		expect(qs.length - falses.length).toBeGreaterThan(10);
		for (const q of qs) {
			if (q.type !== 'truefalse') continue;
			const own = offeredAnswer(byId.get(q.cardIds[0])!);
			expect(q.answer).toBe(own);
			// A false statement pairs the prompt with another card's answer of the same kind.
			if (q.truth) expect(q.shown).toBe(own);
			else {
				expect(q.shown).not.toBe(own);
				const kind = byId.get(q.cardIds[0])!.kind;
				expect(library.some((c) => c.kind === kind && offeredAnswer(c) === q.shown)).toBe(true);
			}
			expect(grade(q, { type: 'truefalse', value: q.truth }).correct).toBe(true);
			expect(grade(q, { type: 'truefalse', value: !q.truth }).missed).toEqual(q.cardIds);
		}
	});

	test("seed 000's Mermaid flow becomes an ordering question with its 8 steps in order", () => {
		const qs = buildQuiz(decks['000'], { seed: 'x', size: 10, types: ['ordering'] });
		const flow = qs.find((q) => q.type === 'ordering' && q.steps.length === 8);
		if (flow?.type !== 'ordering') throw new Error('no 8-step ordering question');
		expect(flow.steps).toEqual(SEED_000_FLOW);
		expect(flow.shuffled).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
		expect([...flow.shuffled].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
		expect(grade(flow, { type: 'ordering', order: [0, 1, 2, 3, 4, 5, 6, 7] }).correct).toBe(true);
		expect(grade(flow, { type: 'ordering', order: flow.shuffled }).correct).toBe(false);
	});

	test('matching pairs 4–6 terms with their own definitions', () => {
		const qs = quizzes('matching');
		expect(qs.length).toBeGreaterThan(5);
		for (const q of qs) {
			if (q.type !== 'matching') continue;
			expect(q.terms.length).toBeGreaterThanOrEqual(4);
			expect(q.terms.length).toBeLessThanOrEqual(6);
			expect(new Set(q.definitions).size).toBe(q.definitions.length);
			q.cardIds.forEach((id, i) =>
				expect(q.definitions[q.pairs[i]]).toBe(offeredAnswer(byId.get(id)!))
			);
			const picks = [...q.pairs];
			[picks[0], picks[1]] = [picks[1], picks[0]];
			expect(grade(q, { type: 'matching', picks }).missed).toEqual(q.cardIds.slice(0, 2));
		}
	});

	test('typed questions on seed 003 accept the symbol meaning, whatever its width', () => {
		const qs = buildQuiz(decks['003'], { seed: 's', size: 60, types: ['typed'] });
		const y = qs.find((q) => q.type === 'typed' && q.prompt.includes('$y_i$ 表示什么'));
		if (y?.type !== 'typed') throw new Error('no typed question on y_i');
		expect(y.answer).toBe('真实值');
		expect(grade(y, { type: 'typed', text: ' 真实值。' }).correct).toBe(true);
		expect(grade(y, { type: 'typed', text: '预测值' }).correct).toBe(false);
	});

	test('the same seed gives the same quiz, another seed a different one', () => {
		const a = buildQuiz(decks['003'], { seed: 'retake-me' });
		const b = buildQuiz(decks['003'], { seed: 'retake-me' });
		const c = buildQuiz(decks['003'], { seed: 'another' });
		expect(a).toHaveLength(10);
		expect(b).toEqual(a);
		expect(c).not.toEqual(a);
		expect(new Set(a.map((q) => q.type)).size).toBe(5);
	});

	test('a section scope keeps the section and everything under it', () => {
		const path = [
			'文章标题',
			'数学模型和公式 & 详细讲解 & 举例说明（Detailed Explanation and Examples of Mathematical Models and Formulas）'
		];
		const inside = decks['003'].filter((c) => inScope(c, { section: path }));
		expect(inside.length).toBeGreaterThan(10);
		expect(new Set(inside.map((c) => c.context.headingPath[2]))).toEqual(
			new Set(['数学模型的基本概念', '损失函数的详细讲解', '优化算法的详细讲解', '举例说明'])
		);
		expect(decks['003'].filter((c) => inScope(c, { kind: 'faq' })).map((c) => c.front)).toEqual([
			'如何选择合适的AI大模型框架？',
			'如何确保AI大模型的数据质量和隐私？',
			'如何提高AI大模型的可解释性？'
		]);
	});
});

describe('fair quizzes', () => {
	test("one of seed 000's flow: at most one question, and its ordering question comes alone", () => {
		const flow = new Set(
			decks['000'].filter((c) => c.sibling?.endsWith(':flow:37')).map((c) => c.id)
		);
		expect(flow.size).toBe(15);
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
			const qs = buildQuiz(decks['000'], { seed, size: 10 });
			expect(qs).toHaveLength(10);
			expect(qs.filter((q) => q.cardIds.some((id) => flow.has(id))).length).toBeLessThanOrEqual(1);
		}
	});

	test('a definition read from a list item never comes with that list', () => {
		// Seed 004: "数据预处理 指什么？" is read from the list "算法步骤详解" (lines 74–80).
		const deck = decks['004'];
		const list = deck.find((c) => c.kind === 'list' && c.context.line === 74)!;
		const term = deck.find((c) => c.front.includes('**数据预处理** 指什么'))!;
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
			const ids = buildQuiz(deck, { seed, size: 10 }).flatMap((q) => q.cardIds);
			expect(ids.includes(list.id) && ids.includes(term.id)).toBe(false);
		}
	});

	test('a topic too small for a type gets fewer of it, never borrowed cards', () => {
		const faqs = decks['003'].filter((c) => inScope(c, { kind: 'faq' }));
		expect(faqs).toHaveLength(3);
		// Three FAQ answers cannot make a four-option question or a 4-term match.
		expect(buildQuiz(faqs, { seed: 'x', types: ['choice'] })).toEqual([]);
		expect(buildQuiz(faqs, { seed: 'x', types: ['matching'] })).toEqual([]);
		const capacity = quizCapacity(faqs, ['choice', 'truefalse'], 10);
		expect(capacity.byType).toMatchObject({ choice: 0, matching: 0, truefalse: 3 });
		expect(capacity.total).toBe(3);
		const qs = buildQuiz(faqs, { seed: 'x', size: 10 });
		expect(qs.map((q) => q.type).every((t) => t === 'truefalse')).toBe(true);
		expect(qs).toHaveLength(3);
	});

	test('on the whole library, options keep the language of the right answer', () => {
		const qs = ['a', 'b'].flatMap((seed) => buildQuiz(library, { seed, size: 40 }));
		expect(qs.length).toBe(80);
		for (const q of qs) {
			if (q.type !== 'choice') continue;
			const right = languageOf(q.options[q.answer]);
			for (const o of q.options) expect(languageOf(o), o).toBe(right);
		}
	});

	test('a typed question on a term accepts its gloss', () => {
		const card = decks['004'].find((c) => c.front.includes('**AI 时代（人工智能时代）**'))!;
		const qs = buildQuiz([card], { seed: 'g', types: ['typed'] }, decks['004']);
		const q = qs[0];
		if (q?.type !== 'typed') throw new Error('no typed question on AI 时代');
		// The gloss is hidden with the term: it is an accepted answer too.
		expect(q.prompt).not.toContain('人工智能时代');
		expect(grade(q, { type: 'typed', text: 'AI时代' }).correct).toBe(true);
		expect(grade(q, { type: 'typed', text: '人工智能时代' }).correct).toBe(true);
		expect(grade(q, { type: 'typed', text: '大模型时代' }).correct).toBe(false);
	});

	test('a quiz on some cards asks only about them; the rest of the topic gives distractors', () => {
		const deck = decks['004'];
		const symbols = deck.filter((c) => shapeOf(c) === 'formula:symbol');
		const asked = symbols.slice(0, 2);
		const ids = new Set(asked.map((c) => c.id));
		for (const seed of ['a', 'b', 'c']) {
			const qs = buildQuiz(asked, { seed, size: 10 }, deck);
			expect(qs.length).toBeGreaterThan(0);
			for (const q of qs) for (const id of q.cardIds) expect(ids.has(id)).toBe(true);
			// Multiple choice draws its three wrong options from the other symbols.
			const choice = buildQuiz(asked, { seed, types: ['choice'] }, deck);
			expect(choice).toHaveLength(2);
		}
		// Two cards are too few to match.
		expect(buildQuiz(asked, { seed: 'm', types: ['matching'] }, deck)).toEqual([]);
	});
});
