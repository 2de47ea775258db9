import { msg, saidOf, UserError } from '$lib/core/say';
import Dexie from 'dexie';

/** True for a full disk, also when IndexedDB reports it as the inner error of an abort. */
export function isQuotaError(e: unknown): boolean {
	const err = e as { name?: string; inner?: unknown };
	if (!err) return false;
	if (err.name === 'QuotaExceededError' || err.name === Dexie.errnames.QuotaExceeded) return true;
	return err.name === Dexie.errnames.Abort && isQuotaError(err.inner);
}

const FULL = msg(
	'The browser has no more storage space for Mnemo. Free some space (or delete articles you no longer need) and try again.'
);
const FULL_THEN = msg(
	'The browser has no more storage space for Mnemo. {{after}} Free some space (or delete articles you no longer need) and try again.'
);

/**
 * A failed write as people read it: plain about a full disk; `after` (a
 * text marked with `msg`) says what that means here ("Nothing was restored…").
 */
export function storageError(e: unknown, after?: string): UserError {
	if (isQuotaError(e))
		return after ? new UserError(FULL_THEN, { after: { text: after } }) : new UserError(FULL);
	const reason = saidOf(e);
	return after
		? new UserError('{{reason}} {{after}}', { reason, after: { text: after } })
		: new UserError(reason.text, reason.vars);
}
