import { flattenBlocks } from '../content/parse';
import { stripInline } from '../content/headings';
import type { Block, Section } from '../content/types';
import { sentences } from '../text/segment';
import { LEGEND_START, parseLegend } from './legend';
import type { Extraction } from './extract';
import { contextOf } from './text';
import type { CardDraft } from './types';

/**
 * A formula's name from the text that introduces it:
 * "- **均方误差（MSE）**：" → 均方误差（MSE）;
 * "以下是神经网络的基本公式：" → 神经网络的基本公式;
 * "平方误差可以定义为以下公式：" → 平方误差.
 */
export function formulaName(lead: string): string | null {
	const bold = lead.match(/\*\*([^*]+?)\*\*\s*[：:]?\s*$/);
	if (bold) return bold[1].replace(/[：:]\s*$/, '').trim();
	const last = sentences(lead.replace(/\n/g, '')).pop() ?? '';
	if (!/[：:]\s*$/.test(last)) return null;
	let clause = last
		.replace(/[：:]\s*$/, '')
		.split(/[，,]/)
		.pop()!
		.trim();
	clause = stripInline(clause);
	const zh = [
		/^(.{2,20}?)(?:可以|可)?(?:被)?(?:定义|表示|写|记)(?:为|成)/u,
		/^(?:以下是|下面是|如下是|这是)(.{2,24})$/u,
		/^(?:得到|给出|有)(.{2,16})$/u,
		/^(.{2,24}?)(?:如下|为|是)$/u
	];
	for (const re of zh) {
		const m = clause.match(re);
		if (m && !/[$\\]/.test(m[1])) return tidyName(m[1]);
	}
	const en = clause.match(
		/^(?:the\s+)?([a-z][a-z -]{2,40}?)\s+(?:is|can be)\s+(?:given|defined|written|computed)\s+(?:by|as)$/i
	);
	if (en) return tidyName(en[1]);
	return null;
}

function tidyName(name: string): string | null {
	const n = name.replace(/^(?:其|该|这个|此)/u, '').trim();
	if (!n || /^(?:公式|数学模型|式子|如下|下式)$/u.test(n)) return null;
	return n;
}

interface Located {
	block: Block;
	section: Section;
}

/** Formula cards for every display formula of a section, with its name and legend. */
export function formulaCards({ article, sections, src, zh }: Extraction): CardDraft[] {
	const seq: Located[] = sections.flatMap((section) =>
		flattenBlocks(section.blocks).map((block) => ({ block, section }))
	);
	const out: CardDraft[] = [];
	seq.forEach(({ block, section }, k) => {
		if (block.kind !== 'math') return;
		const prev = seq[k - 1]?.section === section ? seq[k - 1].block : undefined;
		const next = seq[k + 1]?.section === section ? seq[k + 1].block : undefined;
		const lead = prev?.kind === 'paragraph' ? prev.text : '';
		const legend = next?.kind === 'paragraph' && LEGEND_START.test(next.text) ? next : undefined;
		const name = lead ? formulaName(lead) : null;
		const tex = block.tex;
		const display = `$$\n${tex}\n$$`;
		const legendText = legend ? src.slice(legend.lines.start, legend.lines.end) : '';
		const start = prev?.kind === 'paragraph' && name ? prev.lines.start : block.lines.start;
		const end = legend ? legend.lines.end : block.lines.end;
		const context = contextOf(section, start, end);
		// A formula's name, reverse and symbol cards answer each other: siblings.
		const base = {
			kind: 'formula' as const,
			context,
			tex,
			sibling: `formula:${block.lines.start}`
		};
		const withLegend = (head: string) => [head, legendText].filter(Boolean).join('\n\n');

		if (name) {
			out.push({
				...base,
				front: zh ? `**${name}** 的公式是什么？` : `What is the formula for **${name}**?`,
				back: withLegend(display),
				facet: { type: 'formula', tex, ask: 'tex', name }
			});
			out.push({
				...base,
				front: `${display}\n\n${zh ? '这个公式是什么？' : 'What is this formula?'}`,
				back: withLegend(`**${name}**`),
				facet: { type: 'formula', tex, ask: 'name', name }
			});
		} else {
			const where = section.title || article.title;
			const leadText = lead ? src.slice(prev!.lines.start, prev!.lines.end) : '';
			out.push({
				...base,
				front: `${display}\n\n${zh ? `这个公式（${where}）表示什么？` : `What does this formula (${where}) express?`}`,
				back: withLegend(leadText || (zh ? `出自「${where}」` : `From “${where}”`)),
				facet: {
					type: 'formula',
					tex,
					ask: 'meaning',
					...(leadText ? { description: stripInline(leadText) } : {})
				}
			});
		}
		const label = name ?? section.title;
		for (const { symbol, meaning } of legend ? parseLegend(legend.text) : []) {
			out.push({
				...base,
				front: zh
					? `在 **${label}** 的公式中，$${symbol}$ 表示什么？\n\n${display}`
					: `In **${label}**, what does $${symbol}$ stand for?\n\n${display}`,
				back: meaning,
				facet: { type: 'symbol', symbol, meaning, tex, ...(name ? { name } : {}) }
			});
		}
	});
	return out;
}
