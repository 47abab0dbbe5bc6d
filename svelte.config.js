import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The Content Security Policy: scripts only from the site itself (SvelteKit's inline
 * bootstrap scripts by hash), no eval, no plugins. Prerendered pages carry it as a
 * <meta> tag; scripts/headers.ts (run by `npm run build`) repeats it in build/_headers,
 * with frame-ancestors 'none' (a <meta> tag cannot carry it), for hosts that send headers.
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	// Inline style attributes (SvelteKit's route announcer, Chart.js sizing) need 'unsafe-inline';
	// styles cannot run code, and scripts stay strict.
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	// The Monte Carlo worker is a module file of the build; the service worker too.
	'worker-src': ['self'],
	'manifest-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true }),
		csp: { mode: 'hash', directives: CSP_DIRECTIVES },
		// A preset's link-preview image is made from the built site (`npm run previews`), so a
		// new preset's is missing until then: a warning here, a failing test (previews.test.ts).
		prerender: {
			handleHttpError: ({ path, message }) => {
				if (path.startsWith('/previews/')) return console.warn(`warning: ${message} (run npm run previews)`);
				throw new Error(message);
			}
		},
		serviceWorker: { register: true }
	}
};

export default config;
