/** The citation of the scenario on screen, for the Cite dialog and the printed report. */
import { citationBibtex, citationText } from '../publish/citation';
import { calc } from './calculator.svelte';
import { currentLink } from './persist.svelte';

/** The citation of the scenario on screen at a share link (today's date), as plain text and BibTeX. */
export function citationAt(link: string): { text: string; bibtex: string } {
	const input = { link, name: calc.json.name };
	return { text: citationText(input), bibtex: citationBibtex(input) };
}

/** The citation of the scenario on screen (today's date), as plain text and BibTeX. */
export async function citation(): Promise<{ text: string; bibtex: string }> {
	return citationAt(await currentLink());
}
