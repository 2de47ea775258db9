import { isProblem, type ImportWarning } from '$lib/core';
import { parseInWorker } from '$lib/import/client';
import type { Said } from '$lib/core/say';
import { storageError } from '$lib/storage/errors';
import { countKinds, saveImport, type SaveResult } from '$lib/storage/library';

export interface FileResult {
	/** The file's place in this run: names repeat (two `notes.md` from two folders). */
	key: number;
	name: string;
	ok: boolean;
	error?: Said;
	save?: SaveResult;
	counts?: Record<string, number>;
	problems?: ImportWarning[];
	notes?: number;
}

/**
 * Imports files one after another (parsed in the worker, saved in one
 * transaction each), with progress for the bar and a result per file. A
 * file that fails leaves the library as it was and the others go on.
 */
export class Importer {
	running = $state(false);
	total = $state(0);
	done = $state(0);
	current = $state('');
	results: FileResult[] = $state([]);

	async run(files: { name: string; data: Uint8Array | string }[]): Promise<void> {
		if (this.running || !files.length) return;
		this.running = true;
		this.total = files.length;
		this.done = 0;
		this.results = [];
		for (const [key, f] of files.entries()) {
			this.current = f.name;
			try {
				const imported = await parseInWorker(f.name, f.data);
				// Timed for the benchmark (bench/review.ts reads these measures).
				performance.mark('mnemo:store-start');
				const save = await saveImport(imported);
				performance.measure('mnemo:store', 'mnemo:store-start');
				this.results.push({
					key,
					name: f.name,
					ok: true,
					save,
					counts: countKinds(imported.cards),
					problems: imported.article.warnings.filter(isProblem),
					notes: imported.article.warnings.filter((w) => !isProblem(w)).length
				});
			} catch (e) {
				this.results.push({
					key,
					name: f.name,
					ok: false,
					// The panel adds that nothing in the library changed.
					error: storageError(e)
				});
			}
			this.done++;
		}
		this.current = '';
		this.running = false;
	}
}
