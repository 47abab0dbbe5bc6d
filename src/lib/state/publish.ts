/**
 * Addresses and citations of the scenario on screen, for sharing and publishing: a
 * preset left unchanged is shared as its own page (/preset/<id>, which has a preview
 * picture); anything else as the share link.
 */
import { encodeLink } from '../link/index';
import { citationBibtex, citationText } from '../publish/citation';
import { calc } from './calculator.svelte';
import { currentLink, currentLinkState } from './persist.svelte';

/** The address of the preset's own page when the scenario is that preset unchanged, else null. */
export function presetPageLink(): string | null {
	const params = new URLSearchParams(encodeLink(currentLinkState()));
	const id = params.get('p');
	if (!id || [...params.keys()].some((key) => key !== 'v' && key !== 'p' && key !== 'lang')) return null;
	const lang = params.get('lang');
	const path = `${location.origin}/preset/${encodeURIComponent(id)}`;
	return lang && lang !== 'en' ? `${path}?${params.toString()}` : path;
}

/** The link to share: the preset's own page when it applies, else the share link. */
export function shareLink(): string {
	return presetPageLink() ?? currentLink();
}

/** The citation of the scenario on screen (today's date), as plain text and BibTeX. */
export function citation(): { text: string; bibtex: string } {
	const input = { link: currentLink(), name: calc.json.name };
	return { text: citationText(input), bibtex: citationBibtex(input) };
}
