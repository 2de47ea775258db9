/** Small helpers shared by the benchmarks: timing and the report line. */

export function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs: number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** Runs `fn` `warmup` times untimed, then `runs` times; returns each run's ms. */
export function time(fn: () => void, runs: number, warmup = 3): number[] {
	for (let i = 0; i < warmup; i++) fn();
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		fn();
		out.push(performance.now() - t);
	}
	return out;
}

export interface Figure {
	name: string;
	value: number;
	unit: string;
	/** The budget and whether a larger value is better. */
	budget?: { limit: number; higherIsBetter?: boolean };
}

/** "name  value unit   budget ≤ x unit  ok|OVER" */
export function report(f: Figure): boolean {
	const v = f.value < 10 ? f.value.toFixed(2) : f.value.toFixed(1);
	let line = `${f.name.padEnd(52)} ${v.padStart(9)} ${f.unit}`;
	let ok = true;
	if (f.budget) {
		const { limit, higherIsBetter } = f.budget;
		ok = higherIsBetter ? f.value >= limit : f.value <= limit;
		line += `   budget ${higherIsBetter ? '≥' : '≤'} ${limit} ${f.unit}  ${ok ? 'ok' : 'OVER BUDGET'}`;
	}
	console.log(line);
	return ok;
}
