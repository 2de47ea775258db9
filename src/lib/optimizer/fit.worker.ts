/// <reference lib="webworker" />
// Fits FSRS parameters with fsrs-rs compiled to WebAssembly (fsrs-browser),
// on a pool of threads. The fit is one blocking call, so it runs here and
// not on the page; the page polls the progress counter in shared memory.
import init, { Fsrs, initThreadPool, Progress } from 'fsrs-browser';
import { evaluate, flatten, localDays, splitByTime } from '../core/optimizer';
import type { FitMessage, FitRequest } from './protocol';

let ready: Promise<WebAssembly.Memory> | null = null;

function start(): Promise<WebAssembly.Memory> {
	ready ??= init().then(async (wasm) => {
		await initThreadPool(Math.max(1, navigator.hardwareConcurrency || 2));
		return wasm.memory;
	});
	return ready;
}

const post = (m: FitMessage) => self.postMessage(m);

self.onmessage = async (e: MessageEvent<FitRequest>) => {
	try {
		const { reviews, dayStartsAtHour, current } = e.data;
		const split = splitByTime(reviews, localDays(dayStartsAtHour));
		const memory = await start();
		const progress = Progress.new();
		post({
			type: 'progress-memory',
			memory,
			pointer: progress.pointer(),
			items: split.train.length
		});
		const t0 = performance.now();
		const { ratings, deltaTs, lengths } = flatten(split.train);
		// computeParameters takes ownership of both the Fsrs and the Progress (they are freed by it).
		const fitted = [...new Fsrs().computeParameters(ratings, deltaTs, lengths, progress, true)];
		const ms = performance.now() - t0;
		post({
			type: 'done',
			fitted,
			current: evaluate(current, split.test),
			after: evaluate(fitted, split.test),
			trainItems: split.train.length,
			ms
		});
	} catch (err) {
		post({ type: 'error', message: (err as Error).message ?? String(err) });
	}
};
