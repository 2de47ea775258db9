import type { CardKind } from '../cards';

export type QuestionType = 'choice' | 'truefalse' | 'typed' | 'matching' | 'ordering';

export const QUESTION_TYPES: QuestionType[] = [
	'choice',
	'truefalse',
	'typed',
	'matching',
	'ordering'
];

interface Base {
	/** The cards the question tests; a wrong answer can send them back to review. */
	cardIds: string[];
	/** The passage to read after answering. */
	source: { articleId: string; line: number };
	/** Markdown with TeX. */
	prompt: string;
}

export interface ChoiceQuestion extends Base {
	type: 'choice';
	/** Four Markdown options, all different; `answer` is the right one's index. */
	options: string[];
	answer: number;
}

export interface TrueFalseQuestion extends Base {
	type: 'truefalse';
	/** The answer put forward: the card's own (true) or a sibling card's (false). */
	shown: string;
	truth: boolean;
	/** The card's own answer, shown after a wrong guess on a false statement. */
	answer: string;
}

export interface TypedQuestion extends Base {
	type: 'typed';
	/** Markdown, as shown after answering. */
	answer: string;
	/** Plain texts any of which counts as right (e.g. "均方误差（MSE）", "均方误差", "MSE"). */
	accepted: string[];
	/** The answer is a number: any usual form counts, within `NUMBER_TOLERANCE`. */
	numeric?: boolean;
}

export interface MatchingQuestion extends Base {
	type: 'matching';
	/** Term i belongs to card `cardIds[i]` and matches `definitions[pairs[i]]`. */
	terms: string[];
	definitions: string[];
	pairs: number[];
}

export interface OrderingQuestion extends Base {
	type: 'ordering';
	/** The steps in their right order. */
	steps: string[];
	/** The order they are first shown in: indices into `steps`, never already right. */
	shuffled: number[];
}

export type Question =
	ChoiceQuestion | TrueFalseQuestion | TypedQuestion | MatchingQuestion | OrderingQuestion;

/** What the learner answered. */
export type Response =
	| { type: 'choice'; pick: number }
	| { type: 'truefalse'; value: boolean }
	| { type: 'typed'; text: string }
	/** picks[i]: the definition chosen for term i (-1: none). */
	| { type: 'matching'; picks: number[] }
	/** The step indices in the order the learner put them. */
	| { type: 'ordering'; order: number[] };

/**
 * What a quiz covers: everything, or narrowed to an article, a section of
 * it, a card kind; `weak` narrows the questions further to the learner's
 * weak cards (see `isWeak`), the rest of the topic still giving distractors.
 */
export interface QuizScope {
	articleId?: string;
	/** Heading path of a section: the section and everything under it. */
	section?: string[];
	kind?: CardKind;
	weak?: boolean;
}

export interface QuizOptions {
	seed: string;
	/** Number of questions (default 10); fewer when the topic's cards do not allow more. */
	size?: number;
	/** Question types to mix (default all). */
	types?: QuestionType[];
}
