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
		paths: { relative: false }
	}
};

export default config;
