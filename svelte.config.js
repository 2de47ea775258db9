import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A single-page app: every route is rendered in the browser from IndexedDB,
		// so the static host only needs to serve index.html for unknown paths.
		adapter: adapter({ fallback: 'index.html' }),
		// Offline, the service worker answers every page with the one cached shell;
		// absolute asset paths keep it working at any depth (/exercise/mse too).
		paths: { relative: false },
		// Scripts only from the app (SvelteKit's own start-up script by its hash), WebAssembly for
		// the optimizer, workers from the app; images, fonts and styles from the app, data: and
		// blob:. Nothing an imported article holds can load from another host. Inline styles stay
		// allowed: KaTeX and Mermaid draw with style attributes and <style> in their SVG.
		// `npm start` sends it as a header; build/index.html carries it as a <meta> for hosts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
