import Dexie from 'dexie';

/** True for a full disk, also when IndexedDB reports it as the inner error of an abort. */
export function isQuotaError(e: unknown): boolean {
	const err = e as { name?: string; inner?: unknown };
	if (!err) return false;
	if (err.name === 'QuotaExceededError' || err.name === Dexie.errnames.QuotaExceeded) return true;
	return err.name === Dexie.errnames.Abort && isQuotaError(err.inner);
}

/** A message for a failed write, plain about a full disk. */
export function storageErrorMessage(e: unknown, after: string): string {
	const parts = isQuotaError(e)
		? [
				'The browser has no more storage space for Mnemo.',
				after,
				'Free some space (or delete articles you no longer need) and try again.'
			]
		: [(e as Error)?.message ?? String(e), after];
	return parts.filter(Boolean).join(' ');
}
