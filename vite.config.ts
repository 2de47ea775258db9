import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { precacheList } from './vite/precache';

/**
 * KaTeX's stylesheet lists each font as woff2, woff and ttf. Every browser
 * Mnemo supports reads woff2, so the other two are dropped from the CSS and
 * never enter the build (or the offline cache).
 */
function katexWoff2Only(): Plugin {
	return {
		name: 'katex-woff2-only',
		enforce: 'pre',
		transform(code, id) {
			if (!/katex(\.min)?\.css/.test(id)) return null;
			return code.replace(/,\s*url\([^)]+\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g, '');
		}
	};
}

/**
 * Cross-origin isolation, which the in-page FSRS optimizer (WebAssembly
 * threads) needs; documented for hosting. Set by middleware that runs
 * before SvelteKit's, which serves the prerendered pages itself and would
 * skip Vite's `headers` option.
 */
const isolation = {
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Embedder-Policy': 'require-corp'
};

function crossOriginIsolation(): Plugin {
	// Returns nothing: a returned function would run after Vite's own middleware.
	const use = (server: { middlewares: { use: (fn: Middleware) => void } }): void => {
		server.middlewares.use((_req, res, next) => {
			for (const [k, v] of Object.entries(isolation)) res.setHeader(k, v);
			next();
		});
	};
	return { name: 'cross-origin-isolation', configureServer: use, configurePreviewServer: use };
}
type Middleware = (
	req: unknown,
	res: { setHeader: (k: string, v: string) => void },
	next: () => void
) => void;

export default defineConfig({
	plugins: [crossOriginIsolation(), katexWoff2Only(), sveltekit(), precacheList()],
	worker: { format: 'es' },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'bin/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20_000
	}
});
