/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline use: the built site is cached on install, so a page opened once works with
 * the network off, share links included (the query string is ignored when matching:
 * the page reads it in the browser). A new version takes over at once and deletes the
 * old caches, so nobody is trapped on a stale build.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `pledge-calculator-${version}`;
const ASSETS = [...build, ...files, ...prerendered];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
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
	// Built files never change under the same name: cache first.
	if (ASSETS.includes(url.pathname)) {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	}
	// Pages and anything else: the network first (fresh builds), the cache when offline.
	try {
		const response = await fetch(request);
		if (response.ok && request.mode === 'navigate') cache.put(url.pathname, response.clone());
		return response;
	} catch (error) {
		const hit = (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(url.pathname));
		if (hit) return hit;
		throw error;
	}
}
