/** Why an article could not be imported; the UI and CLI show `message` as is. */
export type ImportErrorCode = 'empty' | 'binary' | 'encoding' | 'not-markdown';

/**
 * A typed, user-facing import failure. `line` is 1-based where the problem
 * has a place in the file (an invalid UTF-8 byte, say).
 */
export class ImportError extends Error {
	readonly code: ImportErrorCode;
	readonly line?: number;

	constructor(code: ImportErrorCode, message: string, line?: number) {
		super(line ? `${message} (line ${line})` : message);
		this.name = 'ImportError';
		this.code = code;
		this.line = line;
	}
}
