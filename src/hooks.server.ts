/**
 * The page's language on its <html> element when it is built: the static pages (Sources &
 * method) name theirs in their data (/method/ko is Korean); the calculator's pages are
 * built in English and set it in the browser from the link or storage.
 */
import type { Handle } from '@sveltejs/kit';

/** Paths built in Korean. */
const KOREAN = /^\/method\/ko\/?$/;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			KOREAN.test(event.url.pathname) ? html.replace('<html lang="en">', '<html lang="ko">') : html
	});
