import type { Random } from '../rng';
import type { Translate } from '../say';

export type TemplateId =
	| 'mse'
	| 'bce'
	| 'cce'
	| 'gd-scalar'
	| 'gd-vector'
	| 'sgd-linear'
	| 'neuron-sigmoid'
	| 'neuron-relu'
	| 'softmax'
	| 'attention'
	| 'mlp2';

export type Vector = number[];
export type Matrix = number[][];
export type Value = number | Vector | Matrix;
export type Inputs = Record<string, Value>;

/** One line of a worked solution: what is done, then the TeX with this instance's numbers. */
export interface Step {
	say: string;
	tex: string;
}

/** A wrong way to compute the answer that learners often take, to name it when it matches. */
export interface Mistake {
	say: string;
	values: number[];
}

/**
 * An exercise kind: how to draw a small instance, what to ask, and the
 * answer computed in plain TypeScript (float64). The same answer is
 * computed independently with TensorFlow.js in `src/lib/tf`; the two must
 * agree, which a browser test checks on every template.
 *
 * Texts are English; `title` and `legend` are shown through the UI's `t`,
 * and the functions that write text take it as `t` (English by default).
 */
export interface Template {
	id: TemplateId;
	title: string;
	/** The formula the exercise uses (the correct form), in TeX. */
	formula: string;
	/** The symbols of the formula, for the page's legend. */
	legend: string;
	/** A small instance with numbers a learner can work through. */
	generate(random: Random): Inputs;
	/** What to compute, in Markdown with TeX, for this instance. */
	task(inputs: Inputs, t?: Translate): string;
	/** The name of each value the learner types, in TeX (e.g. `w_1`, `y_{2}`). */
	answers(inputs: Inputs): string[];
	reference(inputs: Inputs): number[];
	steps(inputs: Inputs, t?: Translate): Step[];
	mistakes(inputs: Inputs, t?: Translate): Mistake[];
}

/** A template drawn with a seed: the same seed always gives the same numbers. */
export interface Instance {
	template: TemplateId;
	seed: string;
	inputs: Inputs;
}
