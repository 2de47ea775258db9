import { liveQuery } from 'dexie';
import { loadQueue } from '$lib/storage/review';
import { getSchedule } from '$lib/storage/settings';

/**
 * Cards left for today, live: re-read whenever schedules or the review log
 * change, in this tab or another one.
 */
export const dueToday = liveQuery(async () => {
	const q = await loadQueue(await getSchedule(), new Date());
	return q.counts;
});
