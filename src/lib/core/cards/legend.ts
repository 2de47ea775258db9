/**
 * Reading a formula's legend ("其中，$y_i$为真实值，$\hat{y_i}$为模型预测值。",
 * "where $x$ is the input") into symbol → meaning pairs.
 */

export interface LegendEntry {
	/** The symbol as inline TeX without delimiters, e.g. `y_i`. */
	symbol: string;
	meaning: string;
}

export const LEGEND_START = /^\s*(?:其中|式中|这里|此处|where\b|here\b|in which\b)[，,：:\s]*/i;

const MATH = /\$\$[^$]+\$\$|\$[^$]+\$|\\\([\s\S]+?\\\)/g;
const TOKEN = /\uE000(\d+)\uE000/g;

function unwrap(math: string): string {
	return math
		.replace(/^\$\$?|\$\$?$/g, '')
		.replace(/^\\\(|\\\)$/g, '')
		.trim();
}

/** Splits a legend into clauses at commas and semicolons outside math. */
function clauses(text: string): { parts: string[]; maths: string[] } {
	const maths: string[] = [];
	const masked = text.replace(MATH, (m) => `\uE000${maths.push(m) - 1}\uE000`);
	const parts = masked
		.split(/[，,；;。]|\s+and\s+(?=\uE000)|以及/)
		.map((p) => p.trim())
		.filter(Boolean);
	return { parts, maths };
}

const CLAUSE =
	/^(?:and\s+|和|且)?((?:\uE000\d+\uE000\s*(?:[、,，和与及]|and)?\s*)+)\s*(?:分别)?\s*(?:是|为|表示|代表|指|denotes?|is|are|represents?|stands for)\s*(.+)$/i;

export function parseLegend(text: string): LegendEntry[] {
	const { parts, maths } = clauses(text.replace(LEGEND_START, ''));
	const restore = (s: string) => s.replace(TOKEN, (_, n) => maths[Number(n)]);
	const out: LegendEntry[] = [];
	for (const part of parts) {
		const m = part.match(CLAUSE);
		if (!m) continue;
		const symbols = [...m[1].matchAll(TOKEN)].map((t) => unwrap(maths[Number(t[1])]));
		const meaning = restore(m[2])
			.replace(/[。.]$/, '')
			.trim();
		if (!meaning) continue;
		if (symbols.length === 1) {
			out.push({ symbol: symbols[0], meaning });
			continue;
		}
		// "Q、K、V 分别是查询向量、键向量和值向量": pair them up when the counts agree.
		const meanings = meaning
			.split(/[、]|和|与|及|,\s*|\s+and\s+/)
			.map((s) => s.trim())
			.filter(Boolean);
		if (meanings.length === symbols.length) {
			symbols.forEach((symbol, k) => out.push({ symbol, meaning: meanings[k] }));
		}
	}
	return out;
}
