/**
 * The gradient-descent lab: a loss, a learning rate and a number of steps.
 * The page runs the descent on TensorFlow.js; this plain-TS version is the
 * reference it is checked against and knows where descent starts to diverge.
 */
import { msg } from '../say';

export type LabId = 'quadratic' | 'linreg';

export interface LabProblem {
	id: LabId;
	title: string;
	/** The loss, in TeX, with its numbers. */
	formula: string;
	/** Where descent starts: one value per parameter. */
	start: number[];
	loss(params: number[]): number;
	gradient(params: number[]): number[];
	/** Learning rates at or above this make the loss grow without bound. */
	divergesFrom: number;
}

/** A prediction of the loss after k steps counts when within 5 %. */
export const LAB_TOLERANCE = 0.05;

const A = 1.5;
const C = 2;

const quadratic: LabProblem = {
	id: 'quadratic',
	title: msg('One weight, quadratic loss'),
	formula: `f(w) = ${A}\\,(w - ${C})^2,\\quad w_0 = 0`,
	start: [0],
	loss: ([w]) => A * (w - C) ** 2,
	gradient: ([w]) => [2 * A * (w - C)],
	// w − c shrinks by (1 − 2aα) per step: it grows once |1 − 2aα| > 1, i.e. α > 1/a.
	divergesFrom: 1 / A
};

export const LINREG_X = [0, 1, 2, 3, 4];
export const LINREG_Y = [1, 2.5, 5, 6.5, 9];

function linregLoss([w, b]: number[]): number {
	return LINREG_X.reduce((s, x, i) => s + (w * x + b - LINREG_Y[i]) ** 2, 0) / LINREG_X.length;
}

function linregGradient([w, b]: number[]): number[] {
	const n = LINREG_X.length;
	let gw = 0;
	let gb = 0;
	LINREG_X.forEach((x, i) => {
		const e = w * x + b - LINREG_Y[i];
		gw += (2 * e * x) / n;
		gb += (2 * e) / n;
	});
	return [gw, gb];
}

/** 2 / the largest eigenvalue of the Hessian (2/n)·[[Σx², Σx], [Σx, n]]. */
function linregLimit(): number {
	const n = LINREG_X.length;
	const sxx = LINREG_X.reduce((s, x) => s + x * x, 0);
	const sx = LINREG_X.reduce((s, x) => s + x, 0);
	const [p, q, r] = [(2 * sxx) / n, (2 * sx) / n, 2];
	const largest = (p + r) / 2 + Math.sqrt(((p - r) / 2) ** 2 + q * q);
	return 2 / largest;
}

const linreg: LabProblem = {
	id: 'linreg',
	title: msg('Line fit, mean squared error'),
	formula: `L(w, b) = \\frac{1}{5}\\sum_{i=1}^{5}(w x_i + b - y_i)^2,\\quad x = (${LINREG_X.join(',\\ ')}),\\ y = (${LINREG_Y.join(',\\ ')}),\\quad w_0 = b_0 = 0`,
	start: [0, 0],
	loss: linregLoss,
	gradient: linregGradient,
	divergesFrom: linregLimit()
};

export const LAB_PROBLEMS: LabProblem[] = [quadratic, linreg];

export function labProblem(id: string): LabProblem {
	return LAB_PROBLEMS.find((p) => p.id === id) ?? quadratic;
}

/** The loss before the first step and after each of `steps` steps. */
export function simulate(problem: LabProblem, rate: number, steps: number): number[] {
	let params = [...problem.start];
	const out = [problem.loss(params)];
	for (let k = 0; k < steps; k++) {
		const g = problem.gradient(params);
		params = params.map((p, i) => p - rate * g[i]);
		out.push(problem.loss(params));
	}
	return out;
}
