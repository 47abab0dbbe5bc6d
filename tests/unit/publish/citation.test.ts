/** Citations name the calculator's and the model's versions, the date and the scenario's link. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_VERSION, MODEL_VERSION, citationBibtex, citationText } from '../../../src/lib/publish/citation';
import { embedUrl, iframeCode, readEmbedQuery, resizeScript } from '../../../src/lib/publish/embed';

const LINK = 'https://example.org/?v=2&p=mou-2025&d=0.05&name=A%20%26%20B';
const DATE = new Date('2026-12-02T10:00:00Z');

describe('citations', () => {
	it('give the version of package.json and model version 2', () => {
		expect(APP_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
		expect(MODEL_VERSION).toBe(2);
	});

	it('as plain text: versions, scenario, link and date on one line', () => {
		const text = citationText({ link: LINK, name: 'My\nscenario', date: DATE });
		expect(text).toBe(
			`Pledge Calculator, version ${APP_VERSION} (model version 2). Scenario "My scenario". ${LINK} (accessed 2026-12-02).`
		);
		expect(text).not.toContain('\n');
	});

	it('as BibTeX: a @misc entry with the link verbatim and LaTeX specials escaped in the title', () => {
		const bib = citationBibtex({ link: LINK, name: 'Tariffs & 50% {cut}', date: DATE });
		expect(bib).toMatch(/^@misc\{pledgecalculator20261202,\n/);
		expect(bib).toContain('title = {{Pledge Calculator: Tariffs \\& 50\\% cut}}');
		expect(bib).toContain(`url = {${LINK}}`);
		expect(bib).toContain('urldate = {2026-12-02}');
		expect(bib).toContain(`version = {${APP_VERSION}}`);
		expect(bib.trimEnd().endsWith('}')).toBe(true);
	});
});

describe('embeds', () => {
	it('keep the scenario of the link and name the chart', () => {
		expect(embedUrl(LINK, 'npv')).toBe('https://example.org/embed?v=2&p=mou-2025&d=0.05&name=A+%26+B&chart=npv');
		const asked = readEmbedQuery('?v=2&p=mou-2025&chart=npv&card=og');
		expect(asked).toEqual({ chart: 'npv', card: true, scenarioQuery: 'v=2&p=mou-2025' });
		expect(readEmbedQuery('chart=nope').chart).toBe('cash');
	});

	it('give an iframe with a title, lazy loading and an aspect ratio, attributes escaped', () => {
		const code = iframeCode('https://example.org/embed?a=1&b="2"', 'Dividends <A>');
		expect(code).toMatch(/^<iframe src="https:\/\/example.org\/embed\?a=1&amp;b=&quot;2&quot;" /);
		expect(code).toContain('title="Dividends &lt;A&gt;"');
		expect(code).toContain('loading="lazy"');
		expect(code).toContain('aspect-ratio:4/3');
		expect(resizeScript('https://example.org')).toContain('e.origin!=="https://example.org"');
	});
});
