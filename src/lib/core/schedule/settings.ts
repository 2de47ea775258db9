/** What the learner sets for the schedule (stored with the other settings). */
export interface ScheduleSettings {
	/** Probability of recall at the moment a review comes due (FSRS). */
	desiredRetention: number;
	newPerDay: number;
	reviewsPerDay: number;
	/** ts-fsrs step units, e.g. ['1m', '10m']. */
	learningSteps: string[];
	relearningSteps: string[];
	maximumIntervalDays: number;
	/** The day rolls over at this local hour, as in Anki (late-night reviews count for the day before). */
	dayStartsAtHour: number;
	/** A card answered wrongly in a quiz is rated Again, so it comes back in review. */
	quizFeedsReview: boolean;
	/**
	 * Cards made from one source item (see `Card.sibling`) are not shown on the
	 * same day: once one is shown or rated, the others wait until tomorrow (as
	 * Anki buries siblings).
	 */
	burySiblings: boolean;
	/** Fitted FSRS parameters; absent means the defaults. */
	weights?: number[];
}

export const DEFAULT_SCHEDULE: ScheduleSettings = {
	desiredRetention: 0.9,
	newPerDay: 20,
	reviewsPerDay: 200,
	learningSteps: ['1m', '10m'],
	relearningSteps: ['10m'],
	maximumIntervalDays: 36500,
	dayStartsAtHour: 4,
	quizFeedsReview: true,
	burySiblings: true
};

/** Start of the learner's day that contains `now` (local time). */
export function startOfDay(now: Date, settings: Pick<ScheduleSettings, 'dayStartsAtHour'>): Date {
	const d = new Date(now);
	d.setHours(settings.dayStartsAtHour, 0, 0, 0);
	if (d > now) d.setDate(d.getDate() - 1);
	return d;
}

/** Start of the learner's next day: cards buried today come back from then. */
export function startOfNextDay(
	now: Date,
	settings: Pick<ScheduleSettings, 'dayStartsAtHour'>
): Date {
	const d = startOfDay(now, settings);
	d.setDate(d.getDate() + 1);
	return d;
}
