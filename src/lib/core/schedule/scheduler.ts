import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	Rating,
	State,
	type Card as FsrsCard,
	type FSRS,
	type Grade,
	type StepUnit
} from 'ts-fsrs';
import type { ScheduleSettings } from './settings';

export { Rating, State, type Grade };

/** Which part of the daily queue a card is in; `off` = suspended or retired. */
export type Bucket = 'new' | 'learn' | 'review' | 'off';

/** One card's FSRS state, as stored (one row per card, indexed on bucket + due). */
export interface Schedule extends FsrsCard {
	cardId: string;
	bucket: Bucket;
}

/** One rating, as stored in the append-only review log. */
export interface ReviewEntry {
	id?: number;
	cardId: string;
	rating: Grade;
	/** State before the rating (New, Learning, Review, Relearning). */
	state: State;
	due: Date;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	last_elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	review: Date;
	/** Milliseconds from showing the card to rating it. */
	duration: number;
	/** Where the rating came from (review session, or a quiz answer). */
	source: 'review' | 'quiz';
}

export function bucketOf(state: State): Bucket {
	if (state === State.New) return 'new';
	if (state === State.Review) return 'review';
	return 'learn';
}

export function makeScheduler(settings: ScheduleSettings): FSRS {
	return fsrs(
		generatorParameters({
			request_retention: settings.desiredRetention,
			maximum_interval: settings.maximumIntervalDays,
			learning_steps: settings.learningSteps as StepUnit[],
			relearning_steps: settings.relearningSteps as StepUnit[],
			enable_fuzz: true,
			enable_short_term: true,
			...(settings.weights ? { w: settings.weights } : {})
		})
	);
}

export function newSchedule(cardId: string, now: Date): Schedule {
	return { ...createEmptyCard(now), cardId, bucket: 'new' };
}

/**
 * Applies a rating: the card's next schedule and the log entry that records
 * it. Pure: `now` and `duration` come from the caller.
 */
export function rate(
	scheduler: FSRS,
	schedule: Schedule,
	grade: Grade,
	now: Date,
	duration: number,
	source: ReviewEntry['source'] = 'review'
): { schedule: Schedule; entry: ReviewEntry } {
	const { card, log } = scheduler.next(schedule, now, grade);
	const bucket = schedule.bucket === 'off' ? 'off' : bucketOf(card.state);
	return {
		schedule: { ...card, cardId: schedule.cardId, bucket },
		entry: { ...log, rating: grade, cardId: schedule.cardId, duration, source }
	};
}

/** When each of the four ratings would bring the card back. */
export function nextDue(scheduler: FSRS, schedule: Schedule, now: Date): Record<Grade, Date> {
	const preview = scheduler.repeat(schedule, now);
	return {
		[Rating.Again]: preview[Rating.Again].card.due,
		[Rating.Hard]: preview[Rating.Hard].card.due,
		[Rating.Good]: preview[Rating.Good].card.due,
		[Rating.Easy]: preview[Rating.Easy].card.due
	} as Record<Grade, Date>;
}

/** The unit suffixes of an interval label (the UI passes its language's). */
export interface IntervalUnits {
	m: string;
	h: string;
	d: string;
	mo: string;
	y: string;
}

const UNITS: IntervalUnits = { m: 'm', h: 'h', d: 'd', mo: 'mo', y: 'y' };

/** "1m", "10m", "3h", "4d", "2.5mo", "1.2y": the label on a rating button. */
export function formatInterval(ms: number, units: IntervalUnits = UNITS): string {
	const min = ms / 60_000;
	if (min < 1) return `<1${units.m}`;
	if (min < 60) return `${Math.round(min)}${units.m}`;
	const h = min / 60;
	if (h < 24) return `${Math.round(h)}${units.h}`;
	const d = h / 24;
	if (d < 30) return `${Math.round(d)}${units.d}`;
	if (d < 365) return `${(d / 30).toFixed(1).replace(/\.0$/, '')}${units.mo}`;
	return `${(d / 365).toFixed(1).replace(/\.0$/, '')}${units.y}`;
}
