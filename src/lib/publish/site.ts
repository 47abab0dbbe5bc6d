/**
 * Where the site is published, for the addresses link previews need in full (og:image,
 * og:url): VITE_SITE_URL at build time (`VITE_SITE_URL=https://example.org npm run build`).
 * Without it the addresses are relative to the site, which most previewers also read.
 */
export const SITE_URL: string = String(import.meta.env.VITE_SITE_URL ?? '').replace(/\/+$/, '');

/** The folder of the link-preview images (static/previews/, made by `npm run previews`). */
export const PREVIEWS_PATH = '/previews';

/** The link-preview image of a preset (1200 × 630). */
export function previewImage(presetId: string): string {
	return `${SITE_URL}${PREVIEWS_PATH}/${presetId}.png`;
}

/** A page's full address, when the site's address is known. */
export function siteAddress(path: string): string | null {
	return SITE_URL ? `${SITE_URL}${path}` : null;
}
