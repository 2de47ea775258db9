import { DEFAULT_SCHEDULE, type ScheduleSettings } from '$lib/core/schedule';
import { db } from './db';

export async function getSetting<T>(key: string, fallback: T): Promise<T> {
	const row = await db.settings.get(key);
	return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
	await db.settings.put({ key, value });
}

export async function getSchedule(): Promise<ScheduleSettings> {
	return { ...DEFAULT_SCHEDULE, ...(await getSetting<Partial<ScheduleSettings>>('schedule', {})) };
}

export async function saveSchedule(s: ScheduleSettings): Promise<void> {
	await setSetting('schedule', s);
}
