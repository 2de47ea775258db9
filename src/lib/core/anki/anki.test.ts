import { describe, expect, it } from 'vitest';
import { sample } from '../../testing/fixtures';
import { importArticle } from '../index';
import { fromAnkiField, importAnkiText, isAnkiText, toAnkiText } from './index';

/** Markdown compared by its words and math, not its spacing. */
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('Anki text', () => {
	const { path, source } = sample('003');
	const cards = importArticle(source, { path }).cards.filter((c) => c.kind !== 'exercise');
	const text = toAnkiText(cards, 'Seed 003');

	it('exports with Anki’s headers and math delimiters', () => {
		expect(text.split('\n').slice(0, 4)).toEqual([
			'#separator:tab',
			'#html:true',
			'#deck:Seed 003',
			'#tags column:3'
		]);
		expect(text).toContain('\\[MSE = \\frac{1}{n}\\sum_{i=1}^{n}(y_i - \\hat{y_i})^2\\]');
		expect(text).not.toMatch(/\$\$/);
	});

	it('seed 003 exported and read back: the same fronts and backs, math back in $…$', () => {
		expect(isAnkiText(text)).toBe(true);
		const back = importAnkiText(text, { path: 'seed-003.txt' });
		expect(back.article.title).toBe('Seed 003');
		expect(back.cards).toHaveLength(cards.length);
		back.cards.forEach((c, i) => {
			expect(norm(c.front)).toBe(norm(cards[i].front));
			expect(norm(c.back)).toBe(norm(cards[i].back));
			expect(c.tags).toEqual(['anki', 'mnemo', ...cards[i].tags]);
		});
		const mse = back.cards.find((c) => c.front === '**均方误差（MSE）** 的公式是什么？')!;
		expect(mse.back).toContain('$$\nMSE = \\frac{1}{n}\\sum_{i=1}^{n}(y_i - \\hat{y_i})^2\n$$');
	});

	it('reads a file exported from Anki: quoted fields, a guid column, tags, old-style math', () => {
		const file = [
			'#separator:tab',
			'#html:true',
			'#guid column:1',
			'#deck:Linear algebra',
			'#tags column:4',
			'abc123\tWhat is <b>rank</b>?\t"The number of ""independent"" rows<br>of [$]A[/$]"\tmath la',
			'def456\tDeterminant of \\(2I_2\\)?\t\\[\\det(2I_2) = 4\\]\tmath',
			''
		].join('\n');
		const { article, cards } = importAnkiText(file, { path: 'la.txt' });
		expect(article.title).toBe('Linear algebra');
		expect(cards.map((c) => [c.front, c.back, c.tags])).toEqual([
			['What is **rank**?', 'The number of "independent" rows\nof $A$', ['anki', 'math', 'la']],
			['Determinant of $2I_2$?', '$$\n\\det(2I_2) = 4\n$$', ['anki', 'math']]
		]);
		expect(cards[1].context.headingPath).toEqual(['2. Determinant of …?']);
		expect(article.source).toContain('## 1. What is rank?');
	});

	it('reads a reference that names no character as U+FFFD, with a warning on that note', () => {
		const file = [
			'#separator:tab',
			'#html:true',
			'What is &lambda;?\tA Greek letter: &#955;',
			'Broken &#99999999; entity\tback &#xD800; and &#0; too',
			'Fine\t&#x1F600;',
			''
		].join('\n');
		const { article, cards } = importAnkiText(file, { path: 'deck.txt' });
		expect(cards.map((c) => [c.front, c.back])).toEqual([
			['What is &lambda;?', 'A Greek letter: λ'],
			['Broken \uFFFD entity', 'back \uFFFD and \uFFFD too'],
			['Fine', '😀']
		]);
		const entity = article.warnings.filter((w) => w.code === 'entity');
		expect(entity.map((w) => w.message)).toEqual([
			'Note 2 (line 4 of the file): &#99999999; &#xD800; &#0; names no character; it shows as �.'
		]);
		// It points at the note's heading in the article.
		expect(article.source.split('\n')[entity[0].line - 1]).toBe('## 2. Broken \uFFFD entity');
		const bad: string[] = [];
		expect(fromAnkiField('&#1114112;', true, bad)).toBe('\uFFFD');
		expect(bad).toEqual(['&#1114112;']);
	});

	it('decodes entities and refuses a file without notes, with its line', () => {
		expect(fromAnkiField('a&nbsp;&lt;b&gt; &#955;', true)).toBe('a <b> λ');
		expect(() => importAnkiText('#separator:tab\n#html:false\njust one field\n')).toThrow(
			/^Line 3: This Anki file has no notes with a front and a back/
		);
	});
});
