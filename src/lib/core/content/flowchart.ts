/**
 * Reads the nodes and edges of a Mermaid flowchart (`graph TD` /
 * `flowchart LR`), enough to ask what comes before and after a step.
 * Other diagram types return null: they are shown, not quizzed.
 */

export interface FlowNode {
	id: string;
	label: string;
}

export interface FlowEdge {
	from: string;
	to: string;
	label?: string;
}

export interface Flowchart {
	nodes: FlowNode[];
	edges: FlowEdge[];
}

// Shapes from the longest delimiters down so `((x))` is not read as `(x)`.
const SHAPES: [string, string][] = [
	['(((', ')))'],
	['((', '))'],
	['([', '])'],
	['[[', ']]'],
	['[(', ')]'],
	['{{', '}}'],
	['[/', '/]'],
	['[\\', '\\]'],
	['[', ']'],
	['(', ')'],
	['{', '}'],
	['>', ']']
];

const ARROW =
	/^\s*(?:<?(?:-->|---|-\.->|-\.-|==>|===|--[ox]|-{2,}>|={2,}>)|--\s*([^->|][^|]*?)\s*-->)\s*(?:\|([^|]*)\|)?\s*/;

function readNode(text: string): { id: string; label?: string; rest: string } | null {
	const m = text.match(/^\s*([\p{L}\p{N}_]+)/u);
	if (!m) return null;
	let rest = text.slice(m[0].length);
	for (const [open, close] of SHAPES) {
		if (!rest.startsWith(open)) continue;
		const end = rest.indexOf(close, open.length);
		if (end < 0) continue;
		const label = rest
			.slice(open.length, end)
			.trim()
			.replace(/^"(.*)"$/, '$1');
		rest = rest.slice(end + close.length);
		return { id: m[1], label, rest };
	}
	return { id: m[1], rest };
}

export function parseFlowchart(source: string): Flowchart | null {
	const lines = source.split('\n').map((l) => l.trim());
	const headerAt = lines.findIndex((l) => l && !l.startsWith('%%'));
	if (headerAt < 0 || !/^(?:graph|flowchart)\b/i.test(lines[headerAt])) return null;
	const nodes = new Map<string, FlowNode>();
	const edges: FlowEdge[] = [];
	const touch = (id: string, label?: string) => {
		const known = nodes.get(id);
		if (!known) nodes.set(id, { id, label: label ?? id });
		else if (label) known.label = label;
	};
	for (const raw of lines.slice(headerAt + 1)) {
		for (const stmt of raw.split(';')) {
			if (
				!stmt ||
				/^(?:%%|subgraph|end$|style|classDef|class |click|linkStyle|direction)/.test(stmt)
			)
				continue;
			let node = readNode(stmt);
			if (!node) continue;
			touch(node.id, node.label);
			let rest = node.rest;
			for (;;) {
				const arrow = rest.match(ARROW);
				if (!arrow) break;
				const next = readNode(rest.slice(arrow[0].length));
				if (!next) break;
				touch(next.id, next.label);
				const label = (arrow[2] ?? arrow[1])?.trim();
				edges.push({ from: node.id, to: next.id, ...(label ? { label } : {}) });
				node = next;
				rest = next.rest;
			}
		}
	}
	return nodes.size ? { nodes: [...nodes.values()], edges } : null;
}

/**
 * Nodes in flow order (Kahn's algorithm, ties broken by first appearance),
 * or null when the graph has a cycle and so no single order.
 */
export function flowOrder(chart: Flowchart): FlowNode[] | null {
	const indeg = new Map(chart.nodes.map((n) => [n.id, 0]));
	for (const e of chart.edges) indeg.set(e.to, (indeg.get(e.to) ?? 0) + 1);
	const ready = chart.nodes.filter((n) => indeg.get(n.id) === 0);
	const order: FlowNode[] = [];
	while (ready.length) {
		const n = ready.shift()!;
		order.push(n);
		for (const e of chart.edges.filter((e) => e.from === n.id)) {
			indeg.set(e.to, indeg.get(e.to)! - 1);
			if (indeg.get(e.to) === 0) ready.push(chart.nodes.find((x) => x.id === e.to)!);
		}
	}
	return order.length === chart.nodes.length ? order : null;
}
