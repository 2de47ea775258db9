import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError, storageErrorMessage } from './errors';

describe('a full disk', () => {
	const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

	it('is recognised directly, through Dexie, and as the inner error of an abort', () => {
		expect(isQuotaError(quota)).toBe(true);
		expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
		expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota))).toBe(true);
		expect(isQuotaError(new Dexie.AbortError('Transaction aborted', new Error('other')))).toBe(
			false
		);
		expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
	});

	it('gets a plain message that says nothing was written', () => {
		expect(
			storageErrorMessage(new Dexie.AbortError('aborted', quota), 'Nothing was restored.')
		).toBe(
			'The browser has no more storage space for Mnemo. Nothing was restored. Free some space (or delete articles you no longer need) and try again.'
		);
		expect(storageErrorMessage(new Error('Line 3: bad'), 'Not saved.')).toBe(
			'Line 3: bad Not saved.'
		);
	});
});
