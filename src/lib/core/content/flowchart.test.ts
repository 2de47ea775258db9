import { describe, expect, it } from 'vitest';
import { flowOrder, parseFlowchart } from './flowchart';

describe('Mermaid flowcharts', () => {
	it('reads shapes, edge labels and fan-in (seed 004)', () => {
		const chart = parseFlowchart(
			[
				'graph TD',
				'A[数据收集] --> B[数据预处理]',
				'B --> C{模型选择}',
				'C -->|GPT-3| D[预训练模型]',
				'C -->|BERT| E[预训练模型]',
				'D --> F[模型微调]',
				'E --> F',
				'F --> G[应用部署]'
			].join('\n')
		)!;
		expect(chart.nodes.map((n) => n.label)).toEqual([
			'数据收集',
			'数据预处理',
			'模型选择',
			'预训练模型',
			'预训练模型',
			'模型微调',
			'应用部署'
		]);
		expect(chart.edges).toContainEqual({ from: 'C', to: 'D', label: 'GPT-3' });
		expect(flowOrder(chart)!.map((n) => n.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
	});

	it('reads chained edges and returns no order for a cycle', () => {
		const chart = parseFlowchart('flowchart LR\n  a((start)) --> b([mid]) --> c[end]\n  c --> a')!;
		expect(chart.edges).toHaveLength(3);
		expect(chart.nodes.map((n) => n.label)).toEqual(['start', 'mid', 'end']);
		expect(flowOrder(chart)).toBeNull();
	});

	it('ignores other diagram types', () => {
		expect(parseFlowchart('sequenceDiagram\n  A->>B: hi')).toBeNull();
	});
});
