import { t } from '$lib/i18n/index.svelte';
import {
	buildQuiz,
	grade,
	type Grade,
	type Question,
	type QuestionType,
	type QuizScope,
	type Response
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
 */
export class QuizSession {
	questions: Question[] = $state([]);
	index = $state(0);
	graded: Grade | null = $state(null);
	answers: Answer[] = $state([]);
	loading = $state(true);
	resultId: number | null = $state(null);
	error = $state('');
	#setup: QuizSetup;
	#settings!: ScheduleSettings;

	constructor(setup: QuizSetup) {
		this.#setup = setup;
	}

	get question(): Question | undefined {
		return this.questions[this.index];
	}

	get score(): number {
		return this.answers.filter((a) => a.correct).length;
	}

	async start(): Promise<void> {
		// Whatever fails, the quiz stops "building": the caller shows the error instead.
		try {
			this.#settings = await getSchedule();
			const { cards, pool } = await quizCards(this.#setup.scope);
			this.questions = buildQuiz(
				cards,
				{ seed: this.#setup.seed, size: this.#setup.size, types: this.#setup.types },
				pool
			);
			if (!this.questions.length) this.error = t('There are no cards on this topic to ask about.');
		} finally {
			this.loading = false;
		}
	}

	async submit(response: Response): Promise<void> {
		const q = this.question;
		if (!q || this.graded) return;
		const g = grade(q, response);
		await applyQuizAnswer(this.#settings, q.cardIds, g.missed);
		this.answers.push({
			type: q.type,
			prompt: q.prompt,
			cardIds: q.cardIds,
			correct: g.correct,
			...describe(q, response)
		});
		this.graded = g;
	}

	async next(): Promise<void> {
		if (!this.graded) return;
		if (this.index + 1 < this.questions.length) {
			this.index++;
			this.graded = null;
			return;
		}
		this.resultId = await saveQuizResult({
			topic: topicKey(this.#setup.scope),
			scope: $state.snapshot(this.#setup.scope),
			seed: this.#setup.seed,
			types: [...this.#setup.types],
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a stored timestamp, never mutated
			finishedAt: new Date(),
			score: this.score,
			total: this.questions.length,
			answers: $state.snapshot(this.answers)
		});
	}
}
