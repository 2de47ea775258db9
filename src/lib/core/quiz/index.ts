/** Topic quizzes over the cards: building (seeded) and grading. */
export * from './types';
export { buildQuiz, inScope } from './build';
export {
	grade,
	gradeTyped,
	foldAnswer,
	diffChars,
	NUMBER_TOLERANCE,
	type DiffPart,
	type Grade
} from './grade';
export { answerOf, shapeOf, termOf, type Shape } from './answers';
