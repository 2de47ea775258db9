/**
 * The review history the schedule optimizer learns from: this library's
 * review log plus reviews imported from elsewhere (`history` table), and
 * the outcome of the last fit.
 */
import type { CsvReview, HistoryReview, Metrics } from '$lib/core/optimizer';
import { db } from './db';
import { getSetting, setSetting } from './settings';

/** Adds imported reviews; the same card and time twice is one review. Returns how many were new. */
export async function importHistory(reviews: CsvReview[], source: string): Promise<number> {
	return db.transaction('rw', db.history, async () => {
		const before = await db.history.count();
		await db.history.bulkPut(reviews.map((r) => ({ ...r, source })));
		return (await db.history.count()) - before;
	});
}

/**
 * How many reviews the optimizer has: this library's (`own`), of which `fromQuizzes` are quiz
 * answers that rated a card (Stats counts the others as reviews), and imported ones.
 */
export async function historyCounts(): Promise<{
	own: number;
	fromQuizzes: number;
	imported: number;
	files: string[];
}> {
	const [own, fromQuizzes, imported, files] = await Promise.all([
		db.reviewLog.count(),
		db.reviewLog.filter((e) => e.source === 'quiz').count(),
		db.history.count(),
		db.history.orderBy('source').uniqueKeys()
	]);
	return { own, fromQuizzes, imported, files: files as string[] };
}

export async function clearImportedHistory(): Promise<void> {
	await db.history.clear();
}

/** Every review, both sources; imported cards are kept apart from this library's by their id's prefix. */
export async function optimizerHistory(): Promise<HistoryReview[]> {
	const [own, imported] = await Promise.all([db.reviewLog.toArray(), db.history.toArray()]);
	return [
		...own.map((e) => ({ cardId: e.cardId, rating: e.rating, at: +e.review })),
		...imported.map((h) => ({ cardId: `imported:${h.cardId}`, rating: h.rating, at: h.at }))
	];
}

/** What the last "Optimise my schedule" found, shown until the next run. */
export interface FitRecord {
	at: Date;
	current: Metrics;
	fitted: Metrics;
	applied: boolean;
	trainItems: number;
	reviews: number;
	ms: number;
}

export const lastFit = () => getSetting<FitRecord | null>('lastFit', null);
export const saveFit = (r: FitRecord) => setSetting('lastFit', r);
