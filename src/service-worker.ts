/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline use: the built site is cached on install, so a page opened once works with
 * the network off, share links included (a page is cached under its path, and the
 * query string is read in the browser). Pages come from the network first, so an
 * online user always gets the newest build; code and static files from the cache.
 * A new version takes over at once (skipWaiting, clients.claim) and deletes older
 * caches, keeping only the one it replaces, so that a page still open on the previous
 * build can load its lazy chunks (formula engine, charts) until it is reloaded.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'pledge-calculator-';
const CACHE = `${PREFIX}${version}`;
/**
 * Files whose content never changes under the same name (per build): cache first. The
 * link-preview images (previews/) are for chat apps, not for the page: never cached.
 */
const STATIC = new Set([...build, ...files.filter((file) => !file.includes('/previews/'))]);
/**
 * The prerendered pages: network first, the cache when offline or the network hangs. The
 * presets' own pages (/preset/<id>, for link previews) and their pages of sources
 * (/sources/<lang>/<id>, 26 of them) are cached when visited, not on install.
 */
const PAGES = new Set(prerendered.filter((path) => !path.includes('/preset/') && !path.includes('/sources/')));
/** How long a page request waits for the network before the cached copy is used. */
const NETWORK_TIMEOUT_MS = 4000;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll([...STATIC, ...PAGES]))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => {
				const older = keys.filter((key) => key !== CACHE);
				// keys() lists caches in creation order: keep the newest older one (the build just replaced).
				const previous = older.filter((key) => key.startsWith(PREFIX)).at(-1);
				return Promise.all(older.filter((key) => key !== previous).map((key) => caches.delete(key)));
			})
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	if (STATIC.has(url.pathname)) {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	} else if (url.pathname.includes('/_app/immutable/')) {
		// A chunk of the previous build, asked for by a page still open on it.
		const hit = await caches.match(url.pathname);
		if (hit) return hit;
	}
	const page = request.mode === 'navigate' || PAGES.has(url.pathname);
	if (!page) return fetch(request);
	// Pages: the network first (fresh builds), the cached copy when offline or too slow.
	const network = fetch(request).then((response) => {
		if (response.ok && response.type === 'basic' && !response.redirected) {
			cache.put(url.pathname, response.clone()).catch(() => undefined);
		}
		return response;
	});
	network.catch(() => undefined); // a late failure after the cached copy was served is not an error
	const cached = () => cache.match(url.pathname);
	try {
		return await Promise.race([network, timeout(NETWORK_TIMEOUT_MS).then(async () => (await cached()) ?? network)]);
	} catch (error) {
		const hit = await cached();
		if (hit) return hit;
		throw error;
	}
}

/** Resolves after `ms` milliseconds. */
function timeout(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
