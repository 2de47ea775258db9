/** One step of gradient descent: on a scalar, on a vector, and SGD on one sample of a linear model. */
import {
	dot,
	fmt,
	int,
	mat,
	matVec,
	num,
	pick,
	row,
	tex,
	transpose,
	vec,
	vector,
	matrix
} from '../numbers';
import { english, msg } from '../../say';
import type { Inputs, Template } from '../types';

const RATES = [0.05, 0.1, 0.2, 0.25];

export const gdScalar: Template = {
	id: 'gd-scalar',
	title: msg('Gradient descent step (scalar)'),
	formula: 'w_{t+1} = w_t - \\alpha \\cdot \\nabla f(w_t)',
	legend: msg(
		'$w_t$ is the current parameter, $\\alpha$ the learning rate, $\\nabla f(w_t)$ the gradient of the loss at $w_t$.'
	),
	generate(random) {
		return {
			a: [0.5, 1, 2][int(random, 0, 2)],
			c: int(random, -3, 3),
			w: pick(random, -4, 4, 0.5),
			alpha: RATES[int(random, 0, RATES.length - 1)]
		};
	},
	task: (x, t = english) =>
		t(
			'The loss is $f(w) = {{a}}\\,(w - {{c}})^2$. From $w_0 = {{w}}$ take one gradient-descent step with learning rate $\\alpha = {{alpha}}$. What is $w_1$?',
			{ a: fmt(num(x.a)), c: paren(num(x.c)), w: fmt(num(x.w)), alpha: fmt(num(x.alpha)) }
		),
	answers: () => ['w_1'],
	reference: (x) => [num(x.w) - num(x.alpha) * scalarGrad(x)],
	steps(x, t = english) {
		const g = scalarGrad(x);
		return [
			{
				say: t('The gradient of $a(w - c)^2$ is $2a(w - c)$'),
				tex: `\\nabla f(w_0) = 2 \\cdot ${fmt(num(x.a))} \\cdot (${fmt(num(x.w))} - ${paren(num(x.c))}) = ${fmt(g)}`
			},
			{
				say: t('Step against the gradient'),
				tex: `w_1 = ${fmt(num(x.w))} - ${fmt(num(x.alpha))} \\cdot ${paren(g)} = ${fmt(num(x.w) - num(x.alpha) * g)}`
			}
		];
	},
	mistakes: (x, t = english) => [
		{
			say: t('This steps along the gradient (+): descent subtracts $\\alpha \\nabla f$.'),
			values: [num(x.w) + num(x.alpha) * scalarGrad(x)]
		},
		{
			say: t('The gradient of $a(w-c)^2$ has a factor 2: $2a(w - c)$.'),
			values: [num(x.w) - (num(x.alpha) * scalarGrad(x)) / 2]
		},
		{ say: t('This is the gradient itself, not the new $w$.'), values: [scalarGrad(x)] }
	]
};

function scalarGrad(x: Inputs): number {
	return 2 * num(x.a) * (num(x.w) - num(x.c));
}

/** (−2) for a negative number inside an expression. */
function paren(v: number): string {
	return v < 0 ? `(${fmt(v)})` : fmt(v);
}

export const gdVector: Template = {
	id: 'gd-vector',
	title: msg('Gradient descent step (vector)'),
	formula: '\\mathbf{w}_{t+1} = \\mathbf{w}_t - \\alpha \\nabla f(\\mathbf{w}_t)',
	legend: msg(
		'$\\mathbf{w}_t$ is the parameter vector, $\\alpha$ the learning rate, $\\nabla f$ the gradient (one partial derivative per component).'
	),
	generate(random) {
		return {
			X: matrix(3, 2, () => int(random, -2, 3)),
			y: vector(3, () => int(random, -3, 5)),
			w: vector(2, () => pick(random, -1, 1, 0.5)),
			alpha: [0.05, 0.1][int(random, 0, 1)]
		};
	},
	task: (x, t = english) =>
		t(
			'Least squares on 3 samples: $f(\\mathbf{w}) = \\frac{1}{2n}\\lVert X\\mathbf{w} - \\mathbf{y} \\rVert^2$ with $X = {{X}}$, $\\mathbf{y} = {{y}}$, $n = 3$. From $\\mathbf{w}_0 = {{w}}$ take one step with $\\alpha = {{alpha}}$. What is $\\mathbf{w}_1$?',
			{ X: tex(x.X), y: tex(x.y), w: tex(x.w), alpha: fmt(num(x.alpha)) }
		),
	answers: () => ['w_{1,1}', 'w_{1,2}'],
	reference: (x) => {
		const g = vectorGrad(x);
		return vec(x.w).map((w, i) => w - num(x.alpha) * g[i]);
	},
	steps(x, t = english) {
		const r = residual(x);
		const g = vectorGrad(x);
		const w1 = vec(x.w).map((w, i) => w - num(x.alpha) * g[i]);
		return [
			{ say: t('Residuals $X\\mathbf{w}_0 - \\mathbf{y}$'), tex: tex(r) },
			{
				say: t('Gradient $\\frac{1}{n} X^\\top (X\\mathbf{w}_0 - \\mathbf{y})$'),
				tex: `\\nabla f = ${tex(g)}`
			},
			{
				say: t('Step against the gradient'),
				tex: `\\mathbf{w}_1 = ${tex(x.w)} - ${fmt(num(x.alpha))} ${tex(g)} = ${tex(w1)}`
			}
		];
	},
	mistakes(x, t = english) {
		const g = vectorGrad(x);
		return [
			{
				say: t('This steps along the gradient (+): descent subtracts $\\alpha \\nabla f$.'),
				values: vec(x.w).map((w, i) => w + num(x.alpha) * g[i])
			},
			{
				say: t('The gradient is averaged: divide $X^\\top(X\\mathbf{w} - \\mathbf{y})$ by $n$.'),
				values: vec(x.w).map((w, i) => w - num(x.alpha) * g[i] * 3)
			}
		];
	}
};

function residual(x: Inputs): number[] {
	return matVec(mat(x.X), vec(x.w)).map((v, i) => v - vec(x.y)[i]);
}

function vectorGrad(x: Inputs): number[] {
	const r = residual(x);
	return matVec(transpose(mat(x.X)), r).map((v) => v / r.length);
}

export const sgdLinear: Template = {
	id: 'sgd-linear',
	title: msg('SGD step on a linear model'),
	formula: 'w_{t+1} = w_t - \\alpha \\cdot \\nabla f(w_t; x_t, y_t)',
	legend: msg(
		'One sample $(x_t, y_t)$ per step; the model is $\\hat{y} = \\mathbf{w}^\\top \\mathbf{x} + b$ with loss $\\frac{1}{2}(\\hat{y} - y)^2$.'
	),
	generate(random) {
		return {
			x: vector(2, () => int(random, -2, 3)),
			y: int(random, -2, 4),
			w: vector(2, () => pick(random, -1, 1, 0.5)),
			b: pick(random, -1, 1, 0.5),
			alpha: RATES[int(random, 0, 1)]
		};
	},
	task: (x, t = english) =>
		t(
			'Model $\\hat{y} = \\mathbf{w}^\\top\\mathbf{x} + b$, loss $\\frac{1}{2}(\\hat{y} - y)^2$. Sample $\\mathbf{x} = {{x}}$, $y = {{y}}$; current $\\mathbf{w} = {{w}}$, $b = {{b}}$, learning rate $\\alpha = {{alpha}}$. After one SGD step, what are $w_1$, $w_2$ and $b$?',
			{ x: tex(x.x), y: fmt(num(x.y)), w: tex(x.w), b: fmt(num(x.b)), alpha: fmt(num(x.alpha)) }
		),
	answers: () => ['w_1', 'w_2', 'b'],
	reference: (x) => sgdStep(x, 1),
	steps(x, t = english) {
		const yHat = dot(vec(x.w), vec(x.x)) + num(x.b);
		const e = yHat - num(x.y);
		return [
			{
				say: t('Prediction'),
				tex: `\\hat{y} = ${row(vec(x.w))} \\cdot ${row(vec(x.x))} + ${paren(num(x.b))} = ${fmt(yHat)}`
			},
			{ say: t('Error $\\hat{y} - y$'), tex: `${fmt(yHat)} - ${paren(num(x.y))} = ${fmt(e)}` },
			{
				say: t(
					'Gradients: $\\partial L / \\partial \\mathbf{w} = (\\hat{y} - y)\\,\\mathbf{x}$, $\\partial L / \\partial b = \\hat{y} - y$'
				),
				tex: `\\nabla_{\\mathbf{w}} = ${row(vec(x.x).map((v) => e * v))},\\quad \\nabla_b = ${fmt(e)}`
			},
			{ say: t('Step against the gradients'), tex: `(w_1, w_2, b) = ${row(sgdStep(x, 1))}` }
		];
	},
	mistakes: (x, t = english) => [
		{
			say: t('This steps along the gradient (+): SGD subtracts $\\alpha \\nabla f$.'),
			values: sgdStep(x, -1)
		},
		{
			say: t('The bias is a parameter too: it moves by $-\\alpha(\\hat{y} - y)$.'),
			values: [...sgdStep(x, 1).slice(0, 2), num(x.b)]
		},
		{
			say: t(
				'This uses the loss $(\\hat{y} - y)^2$ (gradient twice as large); here the loss is $\\frac{1}{2}(\\hat{y} - y)^2$.'
			),
			values: sgdStep(x, 2)
		}
	]
};

/** w − sign·α·∇ (sign −1 steps the wrong way, 2 doubles the gradient). */
function sgdStep(x: Inputs, sign: number): number[] {
	const e = dot(vec(x.w), vec(x.x)) + num(x.b) - num(x.y);
	const a = num(x.alpha) * sign;
	return [...vec(x.w).map((w, i) => w - a * e * vec(x.x)[i]), num(x.b) - a * e];
}
