/** The gradient-descent lab's losses written as tfjs ops; tf.train.sgd does the stepping. */
import { LINREG_X, LINREG_Y, type LabProblem } from '$lib/core/exercise';
import type { Scalar, Tensor, Tf, Variable } from './tf';

/** The loss as a function of the variables, and the constant tensors it holds (to dispose). */
function lossOf(tf: Tf, problem: LabProblem, vars: Variable[]): [() => Scalar, Tensor[]] {
	if (problem.id === 'quadratic')
		return [() => tf.scalar(1.5).mul(vars[0].sub(2).square()).sum(), []];
	const x = tf.tensor1d(LINREG_X);
	const y = tf.tensor1d(LINREG_Y);
	return [() => tf.mean(vars[0].mul(x).add(vars[1]).sub(y).square()), [x, y]];
}

/** Runs `steps` steps of gradient descent; the loss before the first and after each step. */
export async function descend(
	tf: Tf,
	problem: LabProblem,
	rate: number,
	steps: number
): Promise<number[]> {
	// Inside tidy, so the scalar each variable is made from is released.
	const vars = problem.start.map((v) => tf.tidy(() => tf.variable(tf.scalar(v))));
	const optimizer = tf.train.sgd(rate);
	const losses: Scalar[] = [];
	const [f, constants] = lossOf(tf, problem, vars);
	try {
		losses.push(tf.tidy(f));
		for (let k = 0; k < steps; k++) {
			optimizer.minimize(f, false, vars);
			losses.push(tf.tidy(f));
		}
		const all = tf.stack(losses);
		const data = Array.from(await all.data());
		all.dispose();
		return data;
	} finally {
		tf.dispose([...losses, ...vars, ...constants]);
		optimizer.dispose();
	}
}
