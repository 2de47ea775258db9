/**
 * Each template's answer computed with TensorFlow.js ops, written apart
 * from the plain-TS references in core/exercise so the two check each
 * other. Gradient steps use tf's automatic differentiation, not the
 * hand-derived gradients of the references.
 */
import type { Inputs, Matrix, TemplateId, Vector } from '$lib/core/exercise';
import type { Tensor, Tf } from './tf';

type Compute = (tf: Tf, x: Inputs) => Tensor;

const v = (tf: Tf, a: unknown) => tf.tensor1d(a as Vector);
const m = (tf: Tf, a: unknown) => tf.tensor2d(a as Matrix);
const s = (tf: Tf, a: unknown) => tf.scalar(a as number);
/** A column vector, for W·x. */
const col = (tf: Tf, a: unknown) => tf.tensor2d(a as Vector, [(a as Vector).length, 1]);

function neuron(tf: Tf, x: Inputs, act: 'sigmoid' | 'relu'): Tensor {
	const z = tf.matMul(m(tf, x.W), col(tf, x.x)).reshape([-1]).add(v(tf, x.b));
	return act === 'sigmoid' ? tf.sigmoid(z) : tf.relu(z);
}

export const COMPUTE: Record<TemplateId, Compute> = {
	mse: (tf, x) => tf.losses.meanSquaredError(v(tf, x.y), v(tf, x.yHat)),
	bce: (tf, x) => {
		const y = v(tf, x.y);
		const p = v(tf, x.p);
		const one = tf.scalar(1);
		return tf.neg(tf.mean(y.mul(tf.log(p)).add(one.sub(y).mul(tf.log(one.sub(p))))));
	},
	cce: (tf, x) => {
		const labels = tf.oneHot(tf.tensor1d([x.c1 as number, x.c2 as number], 'int32'), 3).toFloat();
		const p = tf.stack([v(tf, x.p1), v(tf, x.p2)]);
		return tf.neg(tf.mean(tf.sum(labels.mul(tf.log(p)), 1)));
	},
	'gd-scalar': (tf, x) => {
		const f = (w: Tensor) => s(tf, x.a).mul(w.sub(s(tf, x.c)).square());
		const w = s(tf, x.w);
		return w.sub(tf.grad(f)(w).mul(s(tf, x.alpha))).reshape([1]);
	},
	'gd-vector': (tf, x) => {
		const X = m(tf, x.X);
		const y = col(tf, x.y);
		const n = (x.y as Vector).length;
		const f = (w: Tensor) => tf.sum(tf.matMul(X, w).sub(y).square()).div(2 * n);
		const w = col(tf, x.w);
		return w.sub(tf.grad(f)(w).mul(s(tf, x.alpha))).reshape([-1]);
	},
	'sgd-linear': (tf, x) => {
		const xs = v(tf, x.x);
		const loss = (w: Tensor, b: Tensor) =>
			tf.sum(w.mul(xs)).add(b).sub(s(tf, x.y)).square().mul(0.5);
		const w = v(tf, x.w);
		const b = s(tf, x.b);
		const [gw, gb] = tf.grads(loss)([w, b]);
		const alpha = s(tf, x.alpha);
		return tf.concat([w.sub(gw.mul(alpha)), b.sub(gb.mul(alpha)).reshape([1])]);
	},
	'neuron-sigmoid': (tf, x) => neuron(tf, x, 'sigmoid'),
	'neuron-relu': (tf, x) => neuron(tf, x, 'relu'),
	softmax: (tf, x) => tf.softmax(v(tf, x.z)),
	attention: (tf, x) => {
		const K = m(tf, x.K);
		const dk = (x.K as Matrix)[0].length;
		const scores = tf.matMul(m(tf, x.Q), K, false, true).div(tf.sqrt(tf.scalar(dk)));
		return tf.matMul(tf.softmax(scores), m(tf, x.V)).reshape([-1]);
	},
	mlp2: (tf, x) => {
		const h = tf.relu(tf.matMul(m(tf, x.W1), col(tf, x.x)).add(col(tf, x.b1)));
		return tf.matMul(m(tf, x.W2), h).add(col(tf, x.b2)).reshape([-1]);
	}
};
