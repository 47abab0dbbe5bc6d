/**
 * How to cite a scenario: the calculator's version, the model's version, the date and the
 * scenario's link, as one plain line (also drawn under exported images and written at the
 * top of the CSV) and as a BibTeX entry.
 */
import { version } from '../../../package.json';

/** The calculator's version (package.json). */
export const APP_VERSION: string = version;

/** The version of the model the engine computes (MODEL.md v2). */
export const MODEL_VERSION = 2;

export interface CitationInput {
	/** The scenario's share link (absolute). */
	link: string;
	/** The scenario's name, if it has one. */
	name?: string;
	/** The day the scenario was seen; today when left out. */
	date?: Date;
}

/** A date as YYYY-MM-DD (UTC, so the same instant reads the same everywhere). */
export function isoDate(date: Date = new Date()): string {
	return date.toISOString().slice(0, 10);
}

/**
 * The citation as one line of plain text:
 * Pledge Calculator, version 1.0.0 (model version 2). Scenario "As it stands". https://… (accessed 2026-12-02).
 */
export function citationText({ link, name, date }: CitationInput): string {
	const scenario = name ? ` Scenario "${name.replace(/\s+/g, ' ').trim()}".` : '';
	return `Pledge Calculator, version ${APP_VERSION} (model version ${MODEL_VERSION}).${scenario} ${link} (accessed ${isoDate(date)}).`;
}

/** Text safe inside a BibTeX field: braces, backslashes and LaTeX's specials escaped. */
function bibText(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\{}]/g, '')
		.replace(/([#$%&_^~])/g, (c) => (c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`));
}

/** The citation as a BibTeX @misc entry (the link in `url`, which biblatex and natbib read verbatim). */
export function citationBibtex({ link, name, date }: CitationInput): string {
	const day = isoDate(date);
	const title = name ? `Pledge Calculator: ${bibText(name)}` : 'Pledge Calculator';
	return [
		`@misc{pledgecalculator${day.replace(/-/g, '')},`,
		`  title = {{${title}}},`,
		`  author = {{Pledge Calculator}},`,
		`  year = {${day.slice(0, 4)}},`,
		`  version = {${APP_VERSION}},`,
		`  note = {Version ${APP_VERSION}, model version ${MODEL_VERSION}. Accessed ${day}},`,
		`  url = {${link.replace(/[{}\s]/g, encodeURIComponent)}},`,
		`  urldate = {${day}}`,
		'}'
	].join('\n');
}
