import { said, t } from '$lib/i18n/index.svelte';
import {
	buildQuiz,
	grade,
	quizCapacity,
	type Grade,
	type Question,
	type QuizCapacity,
	type QuestionType,
	type QuizScope,
	type Response,
	unanswered
} from '$lib/core/quiz';
import type { ScheduleSettings } from '$lib/core/schedule';
import type { QuizResultRow } from '$lib/storage/db';
import { getSchedule } from '$lib/storage/settings';
import { applyQuizAnswer, quizCards, saveQuizResult, topicKey } from '$lib/storage/quiz';

export interface QuizSetup {
	scope: QuizScope;
	seed: string;
	size: number;
	types: QuestionType[];
}

type Answer = QuizResultRow['answers'][number];

/**
 * How many of `size` questions the topic can fill with these types (and
 * with each type alone), as the quiz would build them: for the setup form.
 */
export async function topicCapacity(
	scope: QuizScope,
	types: QuestionType[],
	size: number
): Promise<QuizCapacity> {
	const { cards, pool } = await quizCards(scope, await getSchedule());
	return quizCapacity(cards, types, size, pool);
}

const yesNo = (v: boolean) => (v ? t('True') : t('False'));

/** Display math as inline math and one line, so a term and its definition fit one list item. */
const inline = (md: string) =>
	md
		.replace(/\$\$\s*([\s\S]*?)\s*\$\$/g, (_, tex: string) => `$${tex.replace(/\s*\n\s*/g, ' ')}$`)
		.replace(/\s*\n\s*/g, ' ');

/** What the learner answered and what was right, as Markdown for the results list. */
function describe(q: Question, r: Response): Pick<Answer, 'given' | 'expected'> {
	switch (q.type) {
		case 'choice':
			return {
				given: r.type === 'choice' && r.pick >= 0 ? q.options[r.pick] : '—',
				expected: q.options[q.answer]
			};
		case 'truefalse':
			return {
				given: r.type === 'truefalse' ? yesNo(r.value) : '—',
				expected: q.truth ? t('True') : `${t('False — the answer is:')}\n\n${q.answer}`
			};
		case 'typed':
			return { given: r.type === 'typed' && r.text.trim() ? r.text : '—', expected: q.answer };
		case 'matching': {
			const picks = r.type === 'matching' ? r.picks : [];
			const line = (i: number, d: number) =>
				`- ${inline(q.terms[i])} → ${d >= 0 ? inline(q.definitions[d]) : '—'}`;
			return {
				given: q.terms.map((_, i) => line(i, picks[i] ?? -1)).join('\n'),
				expected: q.terms.map((_, i) => line(i, q.pairs[i])).join('\n')
			};
		}
		case 'ordering': {
			const order = r.type === 'ordering' ? r.order : q.shuffled;
			return {
				given: order.map((s, i) => `${i + 1}. ${q.steps[s]}`).join('\n'),
				expected: q.steps.map((s, i) => `${i + 1}. ${s}`).join('\n')
			};
		}
	}
}

/**
 * One quiz being taken: the questions (built from the seed), the answer on
 * screen and the answers so far. Each answer reaches the schedule before the
 * next question shows; the result is saved when the last one is answered.
 * An answer with parts left open (a term without its definition) is refused
 * with a message, not graded.
 */
export class QuizSession {
	#questions: Question[] = $state.raw([]);
	#index = $state(0);
	#graded: Grade | null = $state.raw(null);
	#answers: Answer[] = $state([]);
	#loading = $state(true);
	#resultId: number | null = $state(null);
	#error = $state('');
	#refusal = $state('');
	#setup: QuizSetup;
	#settings!: ScheduleSettings;
	/** When the question on screen was shown (ms since the epoch), for the time it took. */
	#shownAt = 0;

	constructor(setup: QuizSetup) {
		this.#setup = setup;
	}

	get questions(): Question[] {
		return this.#questions;
	}
	get index(): number {
		return this.#index;
	}
	get graded(): Grade | null {
		return this.#graded;
	}
	get answers(): Answer[] {
		return this.#answers;
	}
	get loading(): boolean {
		return this.#loading;
	}
	get resultId(): number | null {
		return this.#resultId;
	}
	/** Why the quiz cannot be taken (nothing to ask, a storage failure). */
	get error(): string {
		return this.#error;
	}
	/** Why the last answer was not graded (parts left open); cleared by the next change. */
	get refusal(): string {
		return this.#refusal;
	}

	get question(): Question | undefined {
		return this.#questions[this.#index];
	}

	get score(): number {
		return this.#answers.filter((a) => a.correct).length;
	}

	async start(): Promise<void> {
		// Whatever fails, the quiz stops "building" and says why.
		try {
			this.#settings = await getSchedule();
			const { cards, pool } = await quizCards(this.#setup.scope, this.#settings);
			this.#questions = buildQuiz(
				cards,
				{ seed: this.#setup.seed, size: this.#setup.size, types: this.#setup.types },
				pool
			);
			if (!this.#questions.length)
				this.#error = this.#setup.scope.weak
					? t('No weak cards on this topic: nothing you have lapsed on or are likely to forget.')
					: t('There are no cards on this topic to ask about.');
			this.#shownAt = Date.now();
		} catch (e) {
			this.#error = said(e);
		} finally {
			this.#loading = false;
		}
	}

	/** Forgets a refusal once the learner changes the answer. */
	clearRefusal(): void {
		this.#refusal = '';
	}

	/**
	 * Grades the answer, unless parts of it are open: then it is refused with
	 * a message and nothing is recorded. Returns whether it was graded.
	 */
	async submit(response: Response | null): Promise<boolean> {
		const q = this.question;
		if (!q || this.#graded) return false;
		const open = unanswered(q, response);
		if (!response || open > 0) {
			this.#refusal =
				q.type === 'matching'
					? t('Match every term before checking: {{n}} still without a definition.', { n: open })
					: t('Pick an answer before checking.');
			return false;
		}
		this.#refusal = '';
		const ms = Date.now() - this.#shownAt;
		const g = grade(q, response);
		try {
			await applyQuizAnswer(this.#settings, q.cardIds, g.missed);
		} catch (e) {
			this.#error = said(e);
			return false;
		}
		this.#answers.push({
			type: q.type,
			prompt: q.prompt,
			cardIds: q.cardIds,
			correct: g.correct,
			...(g.verdict === 'almost' ? { almost: true } : {}),
			missed: g.missed,
			source: q.source,
			ms,
			...describe(q, response)
		});
		this.#graded = g;
		return true;
	}

	async next(): Promise<void> {
		if (!this.#graded) return;
		if (this.#index + 1 < this.#questions.length) {
			this.#index++;
			this.#graded = null;
			this.#shownAt = Date.now();
			return;
		}
		try {
			this.#resultId = await saveQuizResult({
				topic: topicKey(this.#setup.scope),
				scope: $state.snapshot(this.#setup.scope),
				seed: this.#setup.seed,
				types: [...this.#setup.types],
				// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a stored timestamp, never mutated
				finishedAt: new Date(),
				score: this.score,
				total: this.#questions.length,
				answers: $state.snapshot(this.#answers)
			});
		} catch (e) {
			this.#error = said(e);
		}
	}
}
