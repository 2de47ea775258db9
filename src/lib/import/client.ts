import type { ImportedArticle } from '../core';
import { UserError } from '../core/say';
import type { ImportReply } from './protocol';

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, (r: ImportReply) => void>();

function getWorker(): Worker {
	if (!worker) {
		worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (e: MessageEvent<ImportReply>) => {
			pending.get(e.data.id)?.(e.data);
			pending.delete(e.data.id);
		};
	}
	return worker;
}

/** Parses one file in the import worker; rejects with the pipeline's refusal (a `UserError`). */
export function parseInWorker(
	name: string,
	data: Uint8Array | string,
	title?: string
): Promise<ImportedArticle> {
	const id = ++nextId;
	return new Promise((resolve, reject) => {
		pending.set(id, (r) =>
			r.ok ? resolve(r.result) : reject(new UserError(r.error.text, r.error.vars))
		);
		getWorker().postMessage({ id, name, data, ...(title ? { title } : {}) });
	});
}
