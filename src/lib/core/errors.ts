import { UserError, type Vars } from './say';

/** Why an article could not be imported. */
export type ImportErrorCode = 'empty' | 'binary' | 'encoding' | 'not-markdown';

/**
 * A typed, user-facing import failure. `line` is 1-based where the problem
 * has a place in the file (an invalid UTF-8 byte, say).
 */
export class ImportError extends UserError {
	readonly code: ImportErrorCode;

	constructor(code: ImportErrorCode, text: string, vars?: Vars, line?: number) {
		super(text, vars, line);
		this.name = 'ImportError';
		this.code = code;
	}
}
