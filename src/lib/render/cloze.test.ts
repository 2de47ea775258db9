import { describe, expect, it } from 'vitest';
import { clozeFaces } from '../core/cards/face';
import type { Card } from '../core/cards';
import { renderMarkdown } from './markdown';

const old = (kind: Card['kind'], front: string, back: string) => ({ kind, front, back }) as Card;

describe('cloze faces', () => {
	const zh = {
		kind: 'cloze',
		front: '填空：[…]（Large-scale Model），是指参数规模巨大的模型。',
		back: '**大模型**（Large-scale Model），是指参数规模巨大的模型。',
		facet: {
			type: 'cloze',
			sentence: '大模型（Large-scale Model），是指参数规模巨大的模型。',
			span: '大模型',
			at: 0
		}
	} as Card;

	it('draws a Chinese blank as an element, with no asterisks left', () => {
		const html = renderMarkdown(clozeFaces(zh).front);
		expect(html).toContain(
			'填空：<span class="cloze-blank" role="img" aria-label="blank">[…]</span>（Large-scale Model）'
		);
		expect(html).not.toContain('*');
	});

	it('marks the revealed span on the back', () => {
		const html = renderMarkdown(clozeFaces(zh).back);
		expect(html).toContain('<mark class="cloze-answer">大模型</mark>（Large-scale Model），是指');
	});

	it('draws the blank of a card stored with the old **[…]** too, in the middle of Chinese', () => {
		const card = old(
			'cloze',
			'填空：注意力的核心是**[…]**机制。',
			'注意力的核心是**自注意力**机制。'
		);
		const html = renderMarkdown(clozeFaces(card).front);
		expect(html).toContain('核心是<span class="cloze-blank"');
		expect(html).not.toContain('**');
	});

	it('shows an edited cloze as the learner wrote it', () => {
		expect(clozeFaces({ ...zh, edited: true } as Card & { edited: boolean }).front).toBe(zh.front);
	});
});
