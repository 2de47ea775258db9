/// <reference lib="webworker" />
// Runs the content pipeline off the main thread, so a large article does
// not freeze the page while it is parsed and checked.
import { ImportError, importArticle } from '../core';
import { msg, saidOf } from '../core/say';
import { importAnkiText, isAnkiText } from '../core/anki';
import type { ImportReply, ImportRequest } from './protocol';

self.onmessage = (e: MessageEvent<ImportRequest>) => {
	const { id, name, data, title } = e.data;
	let reply: ImportReply;
	try {
		// A text file exported from Anki (it starts with its #separator/#html header lines).
		const head =
			typeof data === 'string' ? data.slice(0, 200) : new TextDecoder().decode(data.slice(0, 200));
		const result = isAnkiText(head)
			? importAnkiText(data, { path: name })
			: importArticle(data, { path: name, title });
		reply = { id, ok: true, result };
	} catch (err) {
		const error =
			err instanceof ImportError
				? saidOf(err)
				: { text: msg('Could not read this article: {{reason}}'), vars: { reason: saidOf(err) } };
		reply = { id, ok: false, error };
	}
	self.postMessage(reply);
};
