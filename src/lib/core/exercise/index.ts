/** Formula exercises: templates recognised from formulas, seeded instances, tolerance, reference answers. */
export * from './types';
export { TEMPLATES, templateOf } from './templates';
export { recognise, flatten, type Recognised } from './recognise';
export { makeInstance } from './instance';
export {
	checkAnswer,
	howOff,
	parseNumber,
	within,
	RELATIVE_TOLERANCE,
	ABSOLUTE_TOLERANCE,
	TOLERANCE_TEXT,
	type Verdict
} from './check';
export {
	LAB_PROBLEMS,
	LAB_TOLERANCE,
	LINREG_X,
	LINREG_Y,
	labProblem,
	simulate,
	type LabProblem,
	type LabId
} from './lab';
export { ratingFor, type Outcome } from './rating';
export { fmt } from './numbers';
