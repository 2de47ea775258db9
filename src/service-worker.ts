/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline use from the first visit: every file of the built app (pages, the lazily loaded
 * Mermaid chunks, the import and optimizer workers with their WebAssembly, KaTeX's woff2
 * fonts, the icons) is cached at install, so Mnemo loads, reviews and imports with the
 * network off as soon as the worker is active. Page loads try the network first (to pick up a
 * new version) and fall back to the cached app shell; hashed assets come from the cache.
 */
import { build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `mnemo-${version}`;
const SHELL = '/';
/** Written by the build (vite/precache.ts): `build` lacks what the worker bundles emit. */
const LIST = '/_app/precache.json';

async function everyFile(): Promise<string[]> {
	const response = await fetch(LIST, { cache: 'no-store' });
	if (!response.ok) throw new Error(`${LIST}: ${response.status}`);
	const emitted = (await response.json()) as string[];
	return [...new Set([...build, ...files, ...emitted, SHELL])];
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		Promise.all([caches.open(CACHE), everyFile()])
			.then(([cache, all]) => cache.addAll(all))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

/**
 * Every response it serves carries the cross-origin isolation headers the
 * optimizer (WebAssembly threads) needs, so the page stays isolated when
 * it is served from the cache, or by a host that does not send them.
 */
function isolated(response: Response): Response {
	if (response.type === 'error' || response.status === 0) return response;
	const headers = new Headers(response.headers);
	headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
	headers.set('Cross-Origin-Resource-Policy', 'same-origin');
	return new Response(response.body, {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}

async function fromNetworkThenCache(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok) await cache.put(SHELL, response.clone());
		return response;
	} catch {
		// Offline: every route of this single-page app is served by the same shell.
		return (await cache.match(SHELL)) ?? Response.error();
	}
}

async function fromCacheThenNetwork(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(request);
	if (hit) return hit;
	const response = await fetch(request);
	if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
	return response;
}

/** Files from static/ (icons, the manifest): unhashed, cached afresh with each version. */
const STATIC = new Set(files);

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (request.mode === 'navigate') {
		event.respondWith(fromNetworkThenCache(request).then(isolated));
	} else if (url.pathname.startsWith('/_app/immutable/') || STATIC.has(url.pathname)) {
		event.respondWith(fromCacheThenNetwork(request).then(isolated));
	}
});
