import type { HistoryReview, Metrics } from '$lib/core/optimizer';

export interface FitRequest {
	reviews: HistoryReview[];
	dayStartsAtHour: number;
	/** The parameters the schedule uses now (fitted earlier, or the defaults). */
	current: number[];
}

export type FitMessage =
	/** The optimizer's progress counter lives in shared WebAssembly memory: the page reads it while the worker is busy. */
	| { type: 'progress-memory'; memory: WebAssembly.Memory; pointer: number; items: number }
	| {
			type: 'done';
			fitted: number[];
			current: Metrics;
			after: Metrics;
			trainItems: number;
			ms: number;
	  }
	| { type: 'error'; message: string };
