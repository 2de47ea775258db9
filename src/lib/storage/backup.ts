import { parseBackup, serialiseBackup, TABLE_NAMES, type Rows } from '$lib/core/backup';
import { db } from './db';
import { msg } from '$lib/core/say';
import { storageError } from './errors';

export { isQuotaError, storageError } from './errors';

const tables = () => TABLE_NAMES.map((t) => db.table(t));

/** The whole library as one backup file's text, read in one transaction (a consistent copy). */
export async function exportBackup(): Promise<string> {
	const rows = await db.transaction('r', tables(), async () => {
		const all = await Promise.all(TABLE_NAMES.map((t) => db.table(t).toArray()));
		return Object.fromEntries(TABLE_NAMES.map((t, i) => [t, all[i]])) as Rows;
	});
	return serialiseBackup(rows, db.verno);
}

/**
 * Replaces the library with a backup. The file is validated in full first
 * (see `parseBackup`); then every table is cleared and refilled in one
 * transaction, so a failure part-way (a full disk) leaves the library as
 * it was. Returns the rows restored per table.
 */
export async function restoreBackup(text: string): Promise<Record<string, number>> {
	const backup = await parseBackup(text, db.verno);
	try {
		await db.transaction('rw', tables(), async () => {
			for (const t of TABLE_NAMES) {
				await db.table(t).clear();
				await db.table(t).bulkAdd(backup.tables[t]);
			}
		});
	} catch (e) {
		throw storageError(e, msg('Nothing was restored; your library is as it was.'));
	}
	return backup.counts;
}

/** Deletes everything: articles, cards, history, results, settings. */
export async function clearAll(): Promise<void> {
	await db.transaction('rw', tables(), async () => {
		for (const t of TABLE_NAMES) await db.table(t).clear();
	});
}

export interface StorageStatus {
	/** null when the browser has no storage API (then it decides alone). */
	persisted: boolean | null;
	usage?: number;
	quota?: number;
}

export async function storageStatus(): Promise<StorageStatus> {
	if (!navigator.storage?.persisted) return { persisted: null };
	const [persisted, estimate] = await Promise.all([
		navigator.storage.persisted(),
		navigator.storage.estimate?.() ?? Promise.resolve({} as StorageEstimate)
	]);
	return { persisted, usage: estimate.usage, quota: estimate.quota };
}

/**
 * Asks the browser to keep Mnemo's data when space runs low (without it,
 * data of sites not used lately may be evicted). Browsers decide on their
 * own terms; the answer is shown in Settings.
 */
export async function askPersistence(): Promise<boolean | null> {
	if (!navigator.storage?.persist) return null;
	return navigator.storage.persist();
}
