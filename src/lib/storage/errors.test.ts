import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { UserError } from '$lib/core/say';
import { isQuotaError, storageError } from './errors';

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
			storageError(new Dexie.AbortError('aborted', quota), 'Nothing was restored.').message
		).toBe(
			'The browser has no more storage space for Mnemo. Nothing was restored. Free some space (or delete articles you no longer need) and try again.'
		);
		expect(storageError(new Error('disk said no'), 'Not saved.').message).toBe(
			'disk said no Not saved.'
		);
		// A refusal with a place keeps its line and values, for the UI to word in its language.
		const e = storageError(new UserError('review_time "{{value}}" is bad.', { value: 'x' }, 3));
		expect(e.message).toBe('Line 3: review_time "x" is bad.');
		expect(e.text).toBe('Line {{line}}: {{what}}');
		expect(e.vars).toEqual({
			line: 3,
			what: { text: 'review_time "{{value}}" is bad.', vars: { value: 'x' } }
		});
	});
});
