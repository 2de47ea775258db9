import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

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
 * threads) needs; set for dev and preview, and documented for hosting.
 */
const isolation = {
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Embedder-Policy': 'require-corp'
};

export default defineConfig({
	plugins: [katexWoff2Only(), sveltekit()],
	worker: { format: 'es' },
	server: { headers: isolation },
	preview: { headers: isolation, port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'bin/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20_000
	}
});
