/** Topic quizzes over the cards: building (seeded), grading, and what feeds back to review. */
export * from './types';
export { buildQuiz, inScope, quizCapacity, QUIZ_MAX, type QuizCapacity } from './build';
export { grade, unanswered, type Grade } from './grade';
export {
	gradeTyped,
	foldAnswer,
	diffChars,
	TYPO_MIN_LETTERS,
	type DiffPart,
	type TypedGrade,
	type Verdict
} from './typed';
export { NUMBER_TOLERANCE, parseNumber } from './numbers';
export { answerOf, formOf, offeredAnswer, shapeOf, termOf, type Form, type Shape } from './answers';
export { languageOf, type AnswerLanguage } from './language';
export { sourceItems } from './items';
export { acceptedOf, glossaryOf } from './accepted';
export { isWeak, weakCards, WEAK_RETRIEVABILITY } from './weak';
export { quizRatings, type QuizRating } from './rating';
