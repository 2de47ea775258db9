import {
	checkAnswer,
	makeInstance,
	parseNumber,
	ratingFor,
	templateOf,
	type Instance,
	type Outcome,
	type Template,
	type Verdict
} from '$lib/core/exercise';
import type { Grade } from '$lib/core/schedule';
import { msg, t } from '$lib/i18n/index.svelte';
import { saveAttempt } from '$lib/storage/exercise';
import { loadRunner, type Runner } from '$lib/tf/runner';
import { notices } from './notices.svelte';

/** The TensorFlow.js runner as a page sees it: loading, ready, or failed with a message. */
export class TfStatus {
	runner: Runner | null = $state(null);
	error = $state('');

	load(): Promise<Runner | null> {
		return loadRunner().then(
			(r) => (this.runner = r),
			(e: Error) => {
				this.error = t('TensorFlow.js could not start: {{reason}}', { reason: e.message });
				return null;
			}
		);
	}
}

/**
 * One exercise instance being worked: the typed values, each check (the
 * answer computed on tfjs, then compared), the solution when asked for.
 * Every check is stored with the backend that computed it.
 */
export class ExerciseWork {
	readonly template: Template;
	readonly instance: Instance;
	values: string[] = $state([]);
	verdict: Verdict | null = $state(null);
	tries = $state(0);
	sawSolution = $state(false);
	done = $state(false);
	checking = $state(false);
	message = $state('');
	/** What the last check could not do (also reported to the notice area). */
	error: unknown = $state(null);
	#shownAt = Date.now();
	#warm: Promise<unknown> | null = null;
	readonly #cardId?: string;

	constructor(templateId: string, seed: string, cardId?: string) {
		this.template = templateOf(templateId)!;
		this.instance = makeInstance(this.template, seed);
		this.values = this.template.answers(this.instance.inputs).map(() => '');
		this.#cardId = cardId;
	}

	get outcome(): Outcome {
		return { correct: !!this.verdict?.correct, tries: this.tries };
	}

	get rating(): Grade {
		return ratingFor(this.outcome);
	}

	/**
	 * Computes this instance once while the learner reads it: WebGL compiles
	 * a shader program per op and shape on first use (hundreds of ms on a
	 * software GPU), so the check itself then runs on compiled programs.
	 */
	warm(runner: Runner): Promise<unknown> {
		if (!this.#warm) {
			const start = performance.now();
			this.#warm = runner
				.compute(this.template.id, this.instance.inputs)
				.then(() => performance.measure('mnemo:warm', { start }))
				.catch(() => null);
		}
		return this.#warm;
	}

	/** Checks the typed values; after a right answer or a second miss the exercise is done. */
	async check(runner: Runner): Promise<void> {
		if (this.done || this.checking) return;
		const given = this.values.map(parseNumber);
		const bad = given.findIndex((g) => g === null);
		if (bad >= 0) {
			this.message = this.values[bad].trim()
				? t('“{{value}}” is not a number (box {{box}}).', { value: this.values[bad], box: bad + 1 })
				: t('Type a number in every box (box {{box}} is empty).', { box: bad + 1 });
			return;
		}
		this.message = '';
		this.checking = true;
		try {
			await this.warm(runner);
			performance.mark('mnemo:check-start');
			const { inputs, template, seed } = { ...this.instance, template: this.template };
			const expected = await runner.compute(template.id, inputs);
			this.verdict = checkAnswer(given, expected, template.mistakes(inputs, t));
			performance.measure('mnemo:check', 'mnemo:check-start');
			this.tries++;
			await saveAttempt({
				template: template.id,
				seed,
				...(this.#cardId ? { cardId: this.#cardId } : {}),
				// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp to store, never mutated
				at: new Date(),
				given,
				expected,
				correct: this.verdict.correct,
				backend: runner.backend,
				ms: Date.now() - this.#shownAt
			});
			if (this.verdict.correct || this.tries >= 2) this.done = true;
			this.error = null;
		} catch (e) {
			this.error = e;
			notices.report(msg('This answer could not be checked and saved: {{reason}}'), e);
		} finally {
			this.checking = false;
		}
	}

	/** Opening the solution before a right answer ends the exercise (rated Again in review). */
	showSolution(): void {
		this.sawSolution = true;
		this.done = true;
	}
}
