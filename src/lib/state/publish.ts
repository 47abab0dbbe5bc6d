/**
 * The address to share the scenario on screen at: a
 * preset left unchanged is shared as its own page (/preset/<id>, which has a preview
 * picture); anything else as the share link.
 */
import { addressOf, currentQuery } from './persist.svelte';

/** The address of the preset's own page for a share link's query that is a preset unchanged, else null. */
export function presetPageLinkOf(query: string): string | null {
	const params = new URLSearchParams(query);
	const id = params.get('p');
	if (!id || [...params.keys()].some((key) => key !== 'v' && key !== 'p' && key !== 'lang')) return null;
	const lang = params.get('lang');
	const path = `${location.origin}/preset/${encodeURIComponent(id)}`;
	return lang && lang !== 'en' ? `${path}?${params.toString()}` : path;
}

/** The link to share: the preset's own page when it applies, else the share link. */
export async function shareLink(): Promise<string> {
	const query = await currentQuery();
	return presetPageLinkOf(query) ?? addressOf(query);
}
