/** The citation of the scenario on screen, for the Cite dialog and the printed report. */
import { citationBibtex, citationText } from '../publish/citation';
import { calc } from './calculator.svelte';
import { currentLink } from './persist.svelte';

/** The citation of the scenario on screen (today's date), as plain text and BibTeX. */
export function citation(): { text: string; bibtex: string } {
	const input = { link: currentLink(), name: calc.json.name };
	return { text: citationText(input), bibtex: citationBibtex(input) };
}
