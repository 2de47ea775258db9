import { msg } from '$lib/i18n/index.svelte';
/* eslint-disable svelte/prefer-svelte-reactivity -- the Dates here are timestamps handed to the scheduler, never mutated */
import {
	makeScheduler,
	nextDue,
	rate,
	Rating,
	type Grade,
	type QueueCounts,
	type Schedule,
	type ScheduleSettings
} from '$lib/core/schedule';
import { getCard } from '$lib/storage/cards';
import type { CardRow } from '$lib/storage/db';
import {
	commitRating,
	loadQueue,
	loadReviewCard,
	nextLearningDue,
	onSchedulesWritten,
	sameSchedule,
	undoRating,
	type CommittedRating,
	type QueueFilter
} from '$lib/storage/review';
import { getSchedule } from '$lib/storage/settings';
import { notices } from './notices.svelte';

export const GRADES: { grade: Grade; label: string; key: string }[] = [
	{ grade: Rating.Again, label: msg('Again'), key: '1' },
	{ grade: Rating.Hard, label: msg('Hard'), key: '2' },
	{ grade: Rating.Good, label: msg('Good'), key: '3' },
	{ grade: Rating.Easy, label: msg('Easy'), key: '4' }
];

interface Loaded {
	card: CardRow;
	schedule: Schedule;
}

interface Done extends CommittedRating {
	card: CardRow;
	grade: Grade;
}

/**
 * One review session. The rule it keeps: a rating is committed to
 * IndexedDB (schedule and log entry, one transaction) before the next card
 * is shown, so closing the tab loses at most the card on screen.
 */
export class ReviewSession {
	card: CardRow | null = $state(null);
	revealed = $state(false);
	counts: QueueCounts = $state({ learn: 0, review: 0, new: 0 });
	/** Milliseconds until each rating would bring the card back. */
	intervals: Record<number, number> = $state({});
	reviewed = $state(0);
	tally: Record<number, number> = $state({ 1: 0, 2: 0, 3: 0, 4: 0 });
	loading = $state(true);
	finished = $state(false);
	nextLearning: Date | null = $state(null);
	canUndo = $state(false);
	/** Set when another tab rated the card that was on screen here, so this tab moved on. */
	ratedElsewhere = $state(false);
	/** What the last rating or undo could not do (also reported to the notice area). */
	error: unknown = $state(null);

	#settings!: ScheduleSettings;
	#scheduler!: ReturnType<typeof makeScheduler>;
	#schedule: Schedule | null = null;
	#shownAt = 0;
	#busy = false;
	#history: Done[] = [];
	#queue: string[] = [];
	#refreshTimer: ReturnType<typeof setTimeout> | undefined;
	#prefetched: { id: string; loaded: Promise<Loaded | null> } | null = null;
	#startedAt = Date.now();
	/** Counts ratings and undos, so a queue read that a rating overtook is not used. */
	#generation = 0;
	#stopWatching: (() => void) | null = null;
	readonly filter: QueueFilter;

	constructor(filter: QueueFilter = {}) {
		this.filter = filter;
	}

	/** Stops following other tabs' ratings (the page calls it when it goes). */
	stop(): void {
		this.#stopWatching?.();
		this.#stopWatching = null;
		clearTimeout(this.#refreshTimer);
	}

	get remaining(): number {
		return this.counts.learn + this.counts.review + this.counts.new;
	}

	get minutes(): number {
		return Math.round((Date.now() - this.#startedAt) / 60_000);
	}

	async start(): Promise<void> {
		this.#settings = await getSchedule();
		this.#scheduler = makeScheduler(this.#settings);
		this.#stopWatching = onSchedulesWritten(() => {
			if (!this.#busy) this.#recheckShown().catch((e) => console.error('review', e));
		});
		await this.#advance();
	}

	/**
	 * Another tab (or device) may have rated the card on screen. A rating here
	 * would still start from the stored schedule (see `commitRating`), but the
	 * buttons' intervals would be stale and the card may no longer be due: so
	 * the card's schedule is re-read, and when it changed the queue is re-read
	 * and its first card shown.
	 */
	async #recheckShown(): Promise<void> {
		const shown = this.card;
		const before = this.#schedule;
		if (!shown || !before) return;
		const generation = this.#generation;
		const now = await loadReviewCard(shown.id);
		if (generation !== this.#generation || this.card?.id !== shown.id || this.#busy) return;
		if (now && sameSchedule(now.schedule, before)) return;
		this.#generation++;
		this.#busy = true;
		try {
			this.ratedElsewhere = true;
			await this.#advance();
		} finally {
			this.#busy = false;
		}
	}

	/** Loads the queue as it is now in the database and shows its first card. */
	async #advance(): Promise<void> {
		const now = new Date();
		await this.#refreshQueue(now, false);
		const next = this.#queue[0] ? await loadReviewCard(this.#queue[0]) : null;
		await this.#show(next, now);
	}

	/** Re-reads today's queue (counts and order), keeping the card on screen first if asked. */
	async #refreshQueue(now = new Date(), keepShown = true): Promise<void> {
		performance.mark('mnemo:queue-start');
		const generation = this.#generation;
		const queue = await loadQueue(this.#settings, now, this.filter);
		performance.measure('mnemo:queue', 'mnemo:queue-start');
		// A rating committed meanwhile: this read may still hold the rated card.
		if (generation !== this.#generation) return this.#scheduleRefresh();
		this.counts = queue.counts;
		const shown = keepShown ? this.card?.id : undefined;
		this.#queue = shown ? [shown, ...queue.cardIds.filter((id) => id !== shown)] : queue.cardIds;
		this.#prefetchNext();
	}

	#scheduleRefresh(): void {
		clearTimeout(this.#refreshTimer);
		this.#refreshTimer = setTimeout(() => {
			if (!this.#busy) this.#refreshQueue().catch((e) => console.error('queue', e));
		}, 1000);
	}

	/** Reads the card after the one on screen while the learner is still looking at it. */
	#prefetchNext(): void {
		const id = this.#queue.find((x) => x !== this.card?.id);
		if (id && this.#prefetched?.id !== id) this.#prefetched = { id, loaded: loadReviewCard(id) };
	}

	async #show(next: Loaded | null, now: Date): Promise<void> {
		this.#schedule = next?.schedule ?? null;
		this.revealed = false;
		this.loading = false;
		if (!next) {
			this.card = null;
			this.finished = true;
			this.nextLearning = await nextLearningDue(now);
			return;
		}
		this.finished = false;
		this.#labelButtons(next.schedule, now);
		this.card = next.card;
		this.#shownAt = performance.now();
		this.#prefetchNext();
	}

	/** Each rating button shows when the card would come back. */
	#labelButtons(schedule: Schedule, now: Date): void {
		const due = nextDue(this.#scheduler, schedule, now);
		this.intervals = Object.fromEntries(
			GRADES.map(({ grade }) => [grade, due[grade].getTime() - now.getTime()])
		);
	}

	reveal(): void {
		if (this.card) this.revealed = true;
	}

	async rate(grade: Grade): Promise<void> {
		if (!this.card || !this.#schedule || !this.revealed || this.#busy) return;
		this.#busy = true;
		this.#generation++;
		// The review page measures from here to the next card in the DOM.
		performance.mark('mnemo:rated');
		try {
			const now = new Date();
			const duration = Math.round(performance.now() - this.#shownAt);
			performance.mark('mnemo:commit-start');
			let done: CommittedRating;
			try {
				done = await commitRating(this.#schedule, this.card.articleId, (current) =>
					rate(this.#scheduler, current, grade, now, duration)
				);
			} catch (e) {
				// Nothing was written (one transaction): the card stays on screen, to be rated again.
				this.error = e;
				notices.report(
					msg('Your rating was not saved ({{reason}}). The card is still here: rate it again.'),
					e
				);
				return;
			}
			this.error = null;
			performance.measure('mnemo:commit', 'mnemo:commit-start');
			this.ratedElsewhere = false;
			this.#history.push({ ...done, card: this.card, grade });
			this.canUndo = true;
			this.reviewed++;
			this.tally[grade]++;
			// The rating is stored; now the next card of the queue we hold (read
			// ahead), and the queue itself is re-read behind it.
			const rated = this.card.id;
			this.#queue = this.#queue.filter((id) => id !== rated);
			const nextId = this.#queue[0];
			const next =
				nextId && this.#prefetched?.id === nextId
					? await this.#prefetched.loaded
					: nextId
						? await loadReviewCard(nextId)
						: null;
			if (next) {
				// Count the rated card out of its bucket now; re-read the queue once the
				// learner pauses, so the read never holds up the next rating's commit.
				const bucket = this.#schedule.bucket;
				if (bucket !== 'off') this.counts[bucket] = Math.max(0, this.counts[bucket] - 1);
				await this.#show(next, now);
				this.#scheduleRefresh();
			} else {
				await this.#advance();
			}
		} catch (e) {
			// The rating is saved; only showing what comes next failed.
			this.error = e;
			notices.report(msg('The next card could not be shown: {{reason}}'), e);
		} finally {
			this.#busy = false;
		}
	}

	/** Z: the last rating is taken back (schedule restored, log entry removed) and its card shown again. */
	async undo(): Promise<void> {
		if (this.#busy) return;
		const last = this.#history.pop();
		if (!last) return;
		this.#busy = true;
		this.#generation++;
		try {
			try {
				await undoRating(last);
			} catch (e) {
				// Nothing was taken back: the rating stays undoable.
				this.#history.push(last);
				this.error = e;
				notices.report(msg('The rating could not be undone: {{reason}}'), e);
				return;
			}
			this.reviewed--;
			this.tally[last.grade]--;
			this.canUndo = this.#history.length > 0;
			const now = new Date();
			this.#schedule = last.previous;
			this.#labelButtons(last.previous, now);
			this.card = (await getCard(last.card.id)) ?? last.card;
			this.finished = false;
			this.revealed = false;
			this.#shownAt = performance.now();
			await this.#refreshQueue(now);
		} finally {
			this.#busy = false;
		}
	}

	/** After an edit, show the new wording. */
	async refreshCard(): Promise<void> {
		if (this.card) this.card = (await getCard(this.card.id)) ?? this.card;
	}
}
