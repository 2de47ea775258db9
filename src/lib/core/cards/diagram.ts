import { flowOrder, parseFlowchart, type FlowNode } from '../content/flowchart';
import type { Extraction } from './extract';
import { contextOf } from './text';
import type { CardDraft } from './types';

/**
 * A Mermaid flow becomes "what comes after / before X" cards and, when the
 * flow has one order, a card that asks for all the steps in order. Every
 * card shows the diagram itself on its back.
 */
export function diagramCards({ article, sections, zh }: Extraction): CardDraft[] {
	const out: CardDraft[] = [];
	for (const section of sections) {
		for (const block of section.blocks) {
			if (block.kind !== 'mermaid') continue;
			const chart = parseFlowchart(block.text);
			if (!chart || !chart.edges.length) continue;
			const name = section.title || article.title;
			const diagram = '```mermaid\n' + block.text + '\n```';
			const context = contextOf(section, block.lines.start, block.lines.end);
			// A flow's cards answer each other ("after A" is "before B"): siblings.
			const sibling = `flow:${block.lines.start}`;
			const label = (n: FlowNode) => n.label;
			const byId = new Map(chart.nodes.map((n) => [n.id, n]));
			const list = (items: string[]) => items.join(zh ? '、' : ', ');
			for (const node of chart.nodes) {
				const after = chart.edges.filter((e) => e.from === node.id);
				const before = chart.edges.filter((e) => e.to === node.id);
				if (after.length) {
					const answers = after.map(
						(e) => label(byId.get(e.to)!) + (e.label ? `（${e.label}）` : '')
					);
					out.push({
						kind: 'diagram',
						context,
						sibling,
						facet: {
							type: 'flow',
							step: node.label,
							neighbours: after.map((e) => label(byId.get(e.to)!)),
							direction: 'after'
						},
						front: zh
							? `在「${name}」的流程中，**${node.label}** 之后是什么？`
							: `In the “${name}” flow, what comes after **${node.label}**?`,
						back: `${list(answers)}\n\n${diagram}`
					});
				}
				if (before.length) {
					out.push({
						kind: 'diagram',
						context,
						sibling,
						facet: {
							type: 'flow',
							step: node.label,
							neighbours: before.map((e) => label(byId.get(e.from)!)),
							direction: 'before'
						},
						front: zh
							? `在「${name}」的流程中，**${node.label}** 之前是什么？`
							: `In the “${name}” flow, what comes before **${node.label}**?`,
						back: `${list(before.map((e) => label(byId.get(e.from)!)))}\n\n${diagram}`
					});
				}
			}
			const order = flowOrder(chart);
			if (order && order.length >= 3) {
				const steps = order.map(label);
				out.push({
					kind: 'diagram',
					context,
					sibling,
					facet: { type: 'list', topic: name, items: steps, ordered: true },
					front: zh
						? `按顺序说出「${name}」流程的 ${steps.length} 个步骤。`
						: `Name the ${steps.length} steps of the “${name}” flow, in order.`,
					back: `${steps.map((s, k) => `${k + 1}. ${s}`).join('\n')}\n\n${diagram}`,
					steps
				});
			}
		}
	}
	return out;
}
