/**
 * "My weak cards": the cards FSRS says the learner holds least well, for a
 * quiz that goes where memory is thin.
 */
import type { FSRS } from 'ts-fsrs';
import type { Card } from '../cards';
import { State, type Schedule } from '../schedule/scheduler';

/**
 * Below this predicted recall a card counts as weak: under the usual 0.9
 * target, so a card merely due today is not yet weak, one half-forgotten is.
 */
export const WEAK_RETRIEVABILITY = 0.8;

/**
 * A card is weak when it has lapsed (forgotten after it was learnt), is
 * being relearnt, or its retrievability now is under `WEAK_RETRIEVABILITY`.
 * A card never rated is new, not weak; a suspended or retired one is left out.
 */
export function isWeak(schedule: Schedule, scheduler: FSRS, now: Date): boolean {
	if (schedule.bucket === 'off' || schedule.state === State.New) return false;
	if (schedule.lapses > 0 || schedule.state === State.Relearning) return true;
	return scheduler.get_retrievability(schedule, now, false) < WEAK_RETRIEVABILITY;
}

/** The weak ones among `cards`, given their schedules (cards without one are new). */
export function weakCards<C extends Card>(
	cards: C[],
	schedules: Map<string, Schedule>,
	scheduler: FSRS,
	now: Date
): C[] {
	return cards.filter((c) => {
		const s = schedules.get(c.id);
		return !!s && isWeak(s, scheduler, now);
	});
}
