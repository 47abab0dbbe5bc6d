/**
 * The address to share the scenario on screen at: a
 * preset left unchanged is shared as its own page (/preset/<id>, which has a preview
 * picture); anything else as the share link.
 */
import { addressOf, currentQuery, loadedQuery } from './persist.svelte';

/** The address of the preset's own page for a share link's query that is a preset unchanged, else null. */
export function presetPageLinkOf(query: string): string | null {
	const params = new URLSearchParams(query);
	const id = params.get('p');
	if (!id || [...params.keys()].some((key) => key !== 'v' && key !== 'p' && key !== 'lang')) return null;
	const lang = params.get('lang');
	const path = `${location.origin}/preset/${encodeURIComponent(id)}`;
	return lang && lang !== 'en' ? `${path}?${params.toString()}` : path;
}

/** The link to share for a share link's query: the preset's own page when it applies, else the share link. */
const linkOf = (query: string): string => presetPageLinkOf(query) ?? addressOf(query);

/** The link to share (loads the link codec first if it has not loaded yet). */
export async function shareLink(): Promise<string> {
	return linkOf(await currentQuery());
}

/**
 * The link to share, synchronously, once the link codec has loaded (it loads at the reader's
 * first touch, click or key); else null. A click that writes to the clipboard or opens the
 * share sheet uses it to act within its own task: Safari refuses both after an `await` that
 * leaves the task.
 */
export function shareLinkNow(): string | null {
	const query = loadedQuery();
	return query === null ? null : linkOf(query);
}
