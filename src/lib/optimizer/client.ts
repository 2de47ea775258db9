/**
 * Runs "Optimise my schedule": the fit happens in a worker (fit.worker.ts),
 * the page polls its progress counter. fsrs-browser needs WebAssembly
 * threads, which need a cross-origin isolated page (COOP + COEP headers).
 */
import type { Metrics } from '$lib/core/optimizer';
import { msg, UserError } from '$lib/core/say';
import type { FitMessage, FitRequest } from './protocol';

export class OptimizerUnavailable extends UserError {
	override name = 'OptimizerUnavailable';
}

export interface FitResult {
	fitted: number[];
	current: Metrics;
	after: Metrics;
	trainItems: number;
	ms: number;
}

export function optimizerAvailable(): string | null {
	if (typeof crossOriginIsolated !== 'undefined' && crossOriginIsolated) return null;
	return msg(
		'The optimizer needs WebAssembly threads, which this page cannot use: it is not cross-origin isolated. Mnemo’s own server sends the headers it needs (Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp); a server hosting the built app must send them too.'
	);
}

let worker: Worker | null = null;

export function fitSchedule(
	request: FitRequest,
	onProgress: (done: number, total: number) => void
): Promise<FitResult> {
	const unavailable = optimizerAvailable();
	if (unavailable) return Promise.reject(new OptimizerUnavailable(unavailable));
	worker ??= new Worker(new URL('./fit.worker.ts', import.meta.url), { type: 'module' });
	const w = worker;
	return new Promise((resolve, reject) => {
		let timer: ReturnType<typeof setInterval> | undefined;
		const stop = () => {
			clearInterval(timer);
			w.removeEventListener('message', onMessage);
			w.removeEventListener('error', onError);
		};
		const onError = (e: ErrorEvent) => {
			stop();
			worker = null;
			w.terminate();
			reject(
				e.message
					? new UserError(msg('The optimizer stopped: {{reason}}'), { reason: e.message })
					: new UserError(msg('The optimizer stopped: its worker failed to load.'))
			);
		};
		const onMessage = ({ data }: MessageEvent<FitMessage>) => {
			if (data.type === 'progress-memory') {
				const { memory, pointer } = data;
				timer = setInterval(() => {
					const [done, total] = new Uint32Array(memory.buffer, pointer, 2);
					if (total) onProgress(Math.min(done, total), total);
				}, 100);
			} else if (data.type === 'done') {
				stop();
				resolve(data);
			} else {
				stop();
				reject(new UserError(msg('The optimizer stopped: {{reason}}'), { reason: data.message }));
			}
		};
		w.addEventListener('message', onMessage);
		w.addEventListener('error', onError);
		w.postMessage(request);
	});
}
