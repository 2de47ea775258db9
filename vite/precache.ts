import type { Plugin } from 'vite';

/** Where the list is served; the service worker fetches it at install. */
export const PRECACHE_LIST = '_app/precache.json';

/**
 * SvelteKit's `$service-worker` `build` list comes from Vite's manifest, which leaves out what
 * the worker bundles emit (the import worker, the optimizer's worker, its nested thread helpers
 * and its .wasm): offline on a first visit, an import would hang on a worker that never loads.
 * This writes every file of the client build, workers included, to a list the service worker
 * precaches beside `build` and `files`.
 */
export function precacheList(): Plugin {
	return {
		name: 'mnemo-precache-list',
		apply: 'build',
		enforce: 'post',
		generateBundle(_options, bundle) {
			if (this.environment.name !== 'client') return;
			const files = Object.keys(bundle)
				.filter((f) => f.startsWith('_app/immutable/') && !f.endsWith('.map'))
				.sort();
			this.emitFile({
				type: 'asset',
				fileName: PRECACHE_LIST,
				source: JSON.stringify(files.map((f) => `/${f}`))
			});
		}
	};
}
