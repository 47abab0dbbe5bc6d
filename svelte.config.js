import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The Content Security Policy: scripts only from the site itself (SvelteKit's inline
 * bootstrap scripts by hash), no eval, no plugins. Prerendered pages carry it as a
 * <meta> tag; static/_headers repeats it (with frame-ancestors, which a <meta> tag
 * cannot carry) for hosts that send headers.
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
	'worker-src': ['self', 'blob:'],
	'manifest-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self'],
	'frame-ancestors': ['none']
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true }),
		csp: { mode: 'hash', directives: CSP_DIRECTIVES },
		serviceWorker: { register: true }
	}
};

export default config;
