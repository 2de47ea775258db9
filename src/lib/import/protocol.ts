import type { ImportedArticle } from '../core';
import type { Said } from '../core/say';

export interface ImportRequest {
	id: number;
	name: string;
	data: Uint8Array | string;
	/** A title to use instead of the one found in the text (the samples give theirs). */
	title?: string;
}

export type ImportReply =
	{ id: number; ok: true; result: ImportedArticle } | { id: number; ok: false; error: Said };
