/**
 * How well a parameter set predicts recall: log loss and RMSE over bins of
 * predicted recall, as fsrs-rs computes them (20 bins on a log-like scale).
 * Memory states come from ts-fsrs, the same model the scheduler runs, so
 * the figures describe the schedule the learner would actually get.
 */
import { FSRSAlgorithm, generatorParameters } from 'ts-fsrs';
import type { FsrsItem } from './history';

export interface Metrics {
	logLoss: number;
	rmse: number;
	/** How many reviews were predicted. */
	count: number;
}

function bin(p: number, bins = 20): number {
	const b = Math.floor(Math.exp(p * Math.log(bins + 1))) - 1;
	return Math.min(bins - 1, Math.max(0, b));
}

/** Predicted recall of each item's last review, from the reviews before it. */
export function predict(w: readonly number[], items: FsrsItem[]): number[] {
	const model = new FSRSAlgorithm(generatorParameters({ w: [...w], enable_short_term: true }));
	return items.map((item) => {
		let state = null;
		for (let i = 0; i < item.length - 1; i++)
			state = model.next_state(state, item[i].deltaT, item[i].rating);
		const last = item[item.length - 1];
		return model.forgetting_curve(last.deltaT, state!.stability);
	});
}

export function evaluate(w: readonly number[], items: FsrsItem[]): Metrics {
	const predicted = predict(w, items);
	let loss = 0;
	const groups = new Map<number, { p: number; y: number; n: number }>();
	items.forEach((item, i) => {
		const p = Math.min(1 - 1e-7, Math.max(1e-7, predicted[i]));
		const y = item[item.length - 1].rating > 1 ? 1 : 0;
		loss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
		const g = groups.get(bin(p)) ?? { p: 0, y: 0, n: 0 };
		g.p += p;
		g.y += y;
		g.n++;
		groups.set(bin(p), g);
	});
	let sq = 0;
	for (const g of groups.values()) sq += ((g.p - g.y) / g.n) ** 2 * g.n;
	const n = items.length;
	return { logLoss: n ? loss / n : NaN, rmse: n ? Math.sqrt(sq / n) : NaN, count: n };
}

/**
 * Fitted parameters are used only when they predict the held-out reviews
 * better by log loss: the quantity the optimizer minimises, and a proper
 * score of every single prediction. RMSE over bins is shown beside it; on
 * a thousand reviews it moves with how the bins happen to fill.
 */
export function isBetter(fitted: Metrics, current: Metrics): boolean {
	return fitted.logLoss < current.logLoss;
}
