/** Loss values: mean squared error, binary and categorical cross-entropy. */
import { fmt, int, mean, num, pick, row, vec, vector } from '../numbers';
import { english, msg } from '../../say';
import type { Template } from '../types';

export const mse: Template = {
	id: 'mse',
	title: msg('Mean squared error'),
	formula: 'MSE = \\frac{1}{n}\\sum_{i=1}^{n}(y_i - \\hat{y}_i)^2',
	legend: msg('$y_i$ is the true value, $\\hat{y}_i$ the prediction, $n$ the number of samples.'),
	generate(random) {
		const y = vector(4, () => int(random, 0, 6));
		const yHat = y.map((v) => Number((v + pick(random, -2, 2, 0.5)).toFixed(1)));
		return { y, yHat };
	},
	task: (x, t = english) =>
		t('Targets $y = {{y}}$, predictions $\\hat{y} = {{yHat}}$. Compute the mean squared error.', {
			y: row(vec(x.y)),
			yHat: row(vec(x.yHat))
		}),
	answers: () => ['\\text{MSE}'],
	reference: (x) => [mean(vec(x.y).map((y, i) => (y - vec(x.yHat)[i]) ** 2))],
	steps(x, t = english) {
		const d = vec(x.y).map((y, i) => y - vec(x.yHat)[i]);
		const sq = d.map((v) => v * v);
		return [
			{ say: t('Differences $y_i - \\hat{y}_i$'), tex: row(d) },
			{ say: t('Squared'), tex: row(sq) },
			{
				say: t('Mean over the {{n}} samples', { n: d.length }),
				tex: `\\frac{${sq.map((v) => fmt(v)).join(' + ')}}{${d.length}} = ${fmt(mean(sq))}`
			}
		];
	},
	mistakes(x, t = english) {
		const sq = vec(x.y).map((y, i) => (y - vec(x.yHat)[i]) ** 2);
		const sse = sq.reduce((a, b) => a + b, 0);
		return [
			{ say: t('This is the sum of squares: divide by $n$ for the mean.'), values: [sse] },
			{
				say: t(
					'This is half the mean ($\\frac{1}{2n}$ convention); this formula uses $\\frac{1}{n}$.'
				),
				values: [sse / sq.length / 2]
			},
			{
				say: t('This is the root of the mean (RMSE): leave out the square root.'),
				values: [Math.sqrt(sse / sq.length)]
			}
		];
	}
};

export const bce: Template = {
	id: 'bce',
	title: msg('Binary cross-entropy'),
	formula:
		'L = -\\frac{1}{n}\\sum_{i=1}^{n}\\left[y_i \\ln \\hat{y}_i + (1 - y_i)\\ln(1 - \\hat{y}_i)\\right]',
	legend: msg(
		'$y_i \\in \\{0, 1\\}$ is the label, $\\hat{y}_i$ the predicted probability of class 1, $\\ln$ the natural logarithm.'
	),
	generate(random) {
		const y = vector(3, () => int(random, 0, 1));
		const p = vector(3, () => pick(random, 0.1, 0.9, 0.05));
		return { y, p };
	},
	task: (x, t = english) =>
		t(
			'Labels $y = {{y}}$, predicted probabilities $\\hat{y} = {{p}}$. Compute the binary cross-entropy (natural log, mean over samples).',
			{ y: row(vec(x.y)), p: row(vec(x.p)) }
		),
	answers: () => ['L'],
	reference: (x) => [bceTerms(vec(x.y), vec(x.p)).reduce((a, b) => a + b, 0) / vec(x.y).length],
	steps(x, t = english) {
		const terms = bceTerms(vec(x.y), vec(x.p));
		return [
			{
				say: t(
					'Each sample costs $-\\ln \\hat{y}_i$ when $y_i = 1$ and $-\\ln(1 - \\hat{y}_i)$ when $y_i = 0$'
				),
				tex: vec(x.y)
					.map((y, i) =>
						y
							? `-\\ln ${fmt(vec(x.p)[i])} = ${fmt(terms[i])}`
							: `-\\ln(1 - ${fmt(vec(x.p)[i])}) = ${fmt(terms[i])}`
					)
					.join(',\\quad ')
			},
			{
				say: t('Mean over the samples'),
				tex: `\\frac{${terms.map((v) => fmt(v)).join(' + ')}}{${terms.length}} = ${fmt(mean(terms))}`
			}
		];
	},
	mistakes(x, t = english) {
		const terms = bceTerms(vec(x.y), vec(x.p));
		const n = terms.length;
		return [
			{ say: t('This is the sum: divide by $n$ for the mean.'), values: [mean(terms) * n] },
			{
				say: t('This uses $\\log_{10}$: cross-entropy uses the natural logarithm.'),
				values: [mean(terms) / Math.LN10]
			},
			{
				say: t(
					'This takes $-\\ln \\hat{y}_i$ for every sample: when $y_i = 0$ the cost is $-\\ln(1 - \\hat{y}_i)$.'
				),
				values: [mean(vec(x.p).map((p) => -Math.log(p)))]
			}
		];
	}
};

function bceTerms(y: number[], p: number[]): number[] {
	return y.map((yi, i) => -(yi * Math.log(p[i]) + (1 - yi) * Math.log(1 - p[i])));
}

/** Three-class probabilities that sum to 1, in steps of 0.05, none below 0.05. */
function distribution(random: () => number): number[] {
	const a = pick(random, 0.05, 0.8, 0.05);
	const b = pick(random, 0.05, Math.max(0.05, 0.9 - a), 0.05);
	return [a, b, Number((1 - a - b).toFixed(2))];
}

export const cce: Template = {
	id: 'cce',
	title: msg('Categorical cross-entropy'),
	formula: 'L = -\\frac{1}{N}\\sum_{n=1}^{N}\\sum_{i=1}^{C} y_{n,i}\\ln \\hat{y}_{n,i}',
	legend: msg(
		'$y_{n,i}$ is 1 for the true class of sample $n$ (one-hot), $\\hat{y}_{n,i}$ the predicted probability, $C$ the number of classes.'
	),
	generate(random) {
		const p1 = distribution(random);
		const p2 = distribution(random);
		return { p1, p2, c1: int(random, 0, 2), c2: int(random, 0, 2) };
	},
	task: (x, t = english) =>
		t(
			'Two samples over 3 classes. Sample 1: true class {{c1}}, predicted $\\hat{y}_1 = {{p1}}$. Sample 2: true class {{c2}}, predicted $\\hat{y}_2 = {{p2}}$. Compute the cross-entropy (natural log, mean over the samples).',
			{ c1: num(x.c1) + 1, p1: row(vec(x.p1)), c2: num(x.c2) + 1, p2: row(vec(x.p2)) }
		),
	answers: () => ['L'],
	reference: (x) => [mean(cceTerms(x))],
	steps(x, t = english) {
		const [a, b] = cceTerms(x);
		return [
			{
				say: t('With one-hot labels only the true class counts: $-\\ln \\hat{y}_{n,\\text{true}}$'),
				tex: `-\\ln ${fmt(vec(x.p1)[num(x.c1)])} = ${fmt(a)},\\quad -\\ln ${fmt(vec(x.p2)[num(x.c2)])} = ${fmt(b)}`
			},
			{
				say: t('Mean over the two samples'),
				tex: `\\frac{${fmt(a)} + ${fmt(b)}}{2} = ${fmt((a + b) / 2)}`
			}
		];
	},
	mistakes(x, t = english) {
		const terms = cceTerms(x);
		return [
			{
				say: t('This is the sum over samples: divide by $N = 2$ for the mean.'),
				values: [terms[0] + terms[1]]
			},
			{
				say: t('This uses $\\log_{10}$: cross-entropy uses the natural logarithm.'),
				values: [mean(terms) / Math.LN10]
			}
		];
	}
};

function cceTerms(x: Record<string, unknown>): number[] {
	const p1 = x.p1 as number[];
	const p2 = x.p2 as number[];
	return [-Math.log(p1[x.c1 as number]), -Math.log(p2[x.c2 as number])];
}
