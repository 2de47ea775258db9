/// <reference lib="webworker" />
// Runs the content pipeline off the main thread, so a large article does
// not freeze the page while it is parsed and checked.
import { ImportError, importArticle } from '../core';
import type { ImportReply, ImportRequest } from './protocol';

self.onmessage = (e: MessageEvent<ImportRequest>) => {
	const { id, name, data } = e.data;
	let reply: ImportReply;
	try {
		reply = { id, ok: true, result: importArticle(data, { path: name }) };
	} catch (err) {
		reply =
			err instanceof ImportError
				? { id, ok: false, error: { message: err.message, line: err.line } }
				: {
						id,
						ok: false,
						error: { message: `Could not read this article: ${(err as Error).message}` }
					};
	}
	self.postMessage(reply);
};
