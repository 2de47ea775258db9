/** Forward passes: a neuron, softmax, scaled dot-product attention and a two-layer MLP. */
import {
	fmt,
	int,
	mat,
	matMul,
	matVec,
	pick,
	relu,
	row,
	sigmoid,
	softmax,
	tex,
	transpose,
	vec,
	vector,
	matrix
} from '../numbers';
import { english, msg } from '../../say';
import type { Inputs, Matrix, Template } from '../types';

type Activation = 'sigmoid' | 'relu';
const ACT = { sigmoid, relu };
const ACT_TEX = { sigmoid: '\\sigma', relu: '\\operatorname{ReLU}' };

function neuron(act: Activation): Template {
	const name = ACT_TEX[act];
	const pre = (x: Inputs) => matVec(mat(x.W), vec(x.x)).map((v, i) => v + vec(x.b)[i]);
	return {
		id: act === 'sigmoid' ? 'neuron-sigmoid' : 'neuron-relu',
		title: act === 'sigmoid' ? msg('Neuron layer with sigmoid') : msg('Neuron layer with ReLU'),
		formula: `\\mathbf{y} = ${name}(W\\mathbf{x} + \\mathbf{b})`,
		legend:
			act === 'sigmoid'
				? msg(
						'$\\sigma(z) = \\frac{1}{1 + e^{-z}}$ applied to each component; $W$ weights, $\\mathbf{x}$ input, $\\mathbf{b}$ bias.'
					)
				: msg(
						'$\\operatorname{ReLU}(z) = \\max(0, z)$ applied to each component; $W$ weights, $\\mathbf{x}$ input, $\\mathbf{b}$ bias.'
					),
		generate: (random) => ({
			W: matrix(2, 3, () => pick(random, -1, 1, 0.5)),
			x: vector(3, () => int(random, -2, 3)),
			b: vector(2, () => pick(random, -1, 1, 0.5))
		}),
		task: (x, t = english) =>
			t(
				'$W = {{W}}$, $\\mathbf{x} = {{x}}$, $\\mathbf{b} = {{b}}$. Compute $\\mathbf{y} = {{f}}$.',
				{
					W: tex(x.W),
					x: tex(x.x),
					b: tex(x.b),
					f: `${name}(W\\mathbf{x} + \\mathbf{b})`
				}
			),
		answers: () => ['y_1', 'y_2'],
		reference: (x) => pre(x).map(ACT[act]),
		steps: (x, t = english) => [
			{ say: t('Weighted sum plus bias'), tex: `W\\mathbf{x} + \\mathbf{b} = ${tex(pre(x))}` },
			{
				say: t('Apply ${{f}}$ to each component', { f: name }),
				tex: `\\mathbf{y} = ${tex(pre(x).map(ACT[act]))}`
			}
		],
		mistakes: (x, t = english) => [
			{
				say: t('This is $W\\mathbf{x} + \\mathbf{b}$ before the activation: apply ${{f}}$.', {
					f: name
				}),
				values: pre(x)
			},
			{
				say: t('The bias $\\mathbf{b}$ is left out.'),
				values: matVec(mat(x.W), vec(x.x)).map(ACT[act])
			}
		]
	};
}

export const neuronSigmoid = neuron('sigmoid');
export const neuronRelu = neuron('relu');

export const softmaxTemplate: Template = {
	id: 'softmax',
	title: msg('Softmax'),
	formula: '\\operatorname{softmax}(\\mathbf{z})_i = \\frac{e^{z_i}}{\\sum_{j} e^{z_j}}',
	legend: msg('$\\mathbf{z}$ are the scores (logits); the outputs are positive and sum to 1.'),
	generate: (random) => ({ z: vector(3, () => pick(random, -2, 3, 0.5)) }),
	task: (x, t = english) =>
		t('Scores $\\mathbf{z} = {{z}}$. Compute $\\operatorname{softmax}(\\mathbf{z})$.', {
			z: row(vec(x.z))
		}),
	answers: () => ['p_1', 'p_2', 'p_3'],
	reference: (x) => softmax(vec(x.z)),
	steps(x, t = english) {
		const e = vec(x.z).map(Math.exp);
		const s = e.reduce((a, b) => a + b, 0);
		return [
			{ say: t('Exponentiate each score'), tex: `e^{z} = ${row(e)}` },
			{ say: t('Their sum'), tex: `\\sum_j e^{z_j} = ${fmt(s)}` },
			{ say: t('Divide each by the sum'), tex: `${row(e.map((v) => v / s))}` }
		];
	},
	mistakes(x, t = english) {
		const z = vec(x.z);
		const s = z.reduce((a, b) => a + b, 0);
		return [
			{ say: t('These are $e^{z_i}$: divide each by their sum.'), values: z.map(Math.exp) },
			...(s
				? [
						{
							say: t('This divides the scores by their sum: exponentiate first.'),
							values: z.map((v) => v / s)
						}
					]
				: [])
		];
	}
};

function attention(x: Inputs, scale = true): Matrix {
	const d = mat(x.K)[0].length;
	const scores = matMul(mat(x.Q), transpose(mat(x.K))).map((r) =>
		r.map((v) => (scale ? v / Math.sqrt(d) : v))
	);
	return matMul(scores.map(softmax), mat(x.V));
}

export const attentionTemplate: Template = {
	id: 'attention',
	title: msg('Scaled dot-product attention'),
	formula:
		'\\operatorname{Attention}(Q, K, V) = \\operatorname{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V',
	legend: msg(
		'$Q$ queries, $K$ keys, $V$ values (one row per token), $d_k$ the key dimension; softmax runs along each row. The weights multiply $V$: they do not divide it.'
	),
	generate: (random) => ({
		Q: matrix(2, 2, () => int(random, -1, 2)),
		K: matrix(2, 2, () => int(random, -1, 2)),
		V: matrix(2, 2, () => int(random, -2, 3))
	}),
	task: (x, t = english) =>
		t(
			'Two tokens, $d_k = 2$: $Q = {{Q}}$, $K = {{K}}$, $V = {{V}}$. Compute $\\operatorname{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V$ (row by row).',
			{ Q: tex(x.Q), K: tex(x.K), V: tex(x.V) }
		),
	answers: () => ['o_{11}', 'o_{12}', 'o_{21}', 'o_{22}'],
	reference: (x) => attention(x).flat(),
	steps(x, t = english) {
		const s = matMul(mat(x.Q), transpose(mat(x.K)));
		const scaled = s.map((r) => r.map((v) => v / Math.SQRT2));
		const w = scaled.map(softmax);
		return [
			{ say: t('Scores $QK^\\top$'), tex: tex(s) },
			{ say: t('Scaled by $\\sqrt{d_k} = \\sqrt{2}$'), tex: tex(scaled) },
			{ say: t('Softmax of each row: the attention weights'), tex: tex(w) },
			{ say: t('Weights times $V$'), tex: tex(matMul(w, mat(x.V))) }
		];
	},
	mistakes: (x, t = english) => [
		{
			say: t('This leaves out the scaling by $\\sqrt{d_k}$.'),
			values: attention(x, false).flat()
		},
		{
			say: t(
				'This divides the weights by $V$ (the form some articles print): the weights multiply $V$.'
			),
			values: matMul(mat(x.Q), transpose(mat(x.K)))
				.map((r) => softmax(r.map((v) => v / Math.SQRT2)))
				.flatMap((r, i) => r.map((v, j) => v / mat(x.V)[i][j]))
		}
	]
};

/** Hidden layer then output layer: y = W₂ ReLU(W₁x + b₁) + b₂. */
function mlp(x: Inputs, act = true): number[] {
	const h = matVec(mat(x.W1), vec(x.x)).map((v, i) => v + vec(x.b1)[i]);
	const a = act ? h.map(relu) : h;
	return matVec(mat(x.W2), a).map((v, i) => v + vec(x.b2)[i]);
}

export const mlp2: Template = {
	id: 'mlp2',
	title: msg('Two-layer MLP forward pass'),
	formula:
		'\\mathbf{y} = W_2\\,\\operatorname{ReLU}(W_1\\mathbf{x} + \\mathbf{b}_1) + \\mathbf{b}_2',
	legend: msg('The feed-forward block: a hidden layer with ReLU, then a linear output layer.'),
	generate: (random) => ({
		x: vector(2, () => int(random, -2, 3)),
		W1: matrix(3, 2, () => pick(random, -1, 1, 0.5)),
		b1: vector(3, () => pick(random, -1, 1, 0.5)),
		W2: matrix(2, 3, () => pick(random, -1, 1, 0.5)),
		b2: vector(2, () => pick(random, -1, 1, 0.5))
	}),
	task: (x, t = english) =>
		t(
			'$\\mathbf{x} = {{x}}$, $W_1 = {{W1}}$, $\\mathbf{b}_1 = {{b1}}$, $W_2 = {{W2}}$, $\\mathbf{b}_2 = {{b2}}$. Compute $\\mathbf{y} = W_2\\,\\operatorname{ReLU}(W_1\\mathbf{x} + \\mathbf{b}_1) + \\mathbf{b}_2$.',
			{ x: tex(x.x), W1: tex(x.W1), b1: tex(x.b1), W2: tex(x.W2), b2: tex(x.b2) }
		),
	answers: () => ['y_1', 'y_2'],
	reference: (x) => mlp(x),
	steps(x, t = english) {
		const h = matVec(mat(x.W1), vec(x.x)).map((v, i) => v + vec(x.b1)[i]);
		return [
			{ say: t('Hidden pre-activation $W_1\\mathbf{x} + \\mathbf{b}_1$'), tex: tex(h) },
			{ say: 'ReLU', tex: tex(h.map(relu)) },
			{ say: t('Output $W_2\\mathbf{h} + \\mathbf{b}_2$'), tex: tex(mlp(x)) }
		];
	},
	mistakes: (x, t = english) => [
		{
			say: t('The ReLU is left out: negative hidden values become 0.'),
			values: mlp(x, false)
		}
	]
};
