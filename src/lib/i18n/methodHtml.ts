/**
 * The Sources & method page's long parts as markup, made once per language: the method's
 * sections and every preset's table of fields, values and sources. Markup rather than
 * template nodes, so hydrating the page costs nothing (the route keeps the prerendered
 * markup). Every text from the data is escaped here.
 */
import type { Preset } from '../presets/index';
import { sourceForText, tableCaption, type SourceGroup, type SourceRow } from '../presets/sourceTable';
import type { Lang } from './index';
import { fill, METHOD, type MethodSection } from './method';

/** Text made safe to put in markup, in an element or an attribute. */
export function esc(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The language of a text from the data (source labels and names are mostly English),
 * when it is not the page's: so screen readers switch. Hangul is Korean, Latin letters
 * English, anything else (numbers, symbols) neither.
 */
export function otherLang(text: string, lang: Lang): Lang | undefined {
	const textLang: Lang | null = /[\uac00-\ud7a3]/.test(text) ? 'ko' : /[A-Za-z]/.test(text) ? 'en' : null;
	return textLang && textLang !== lang ? textLang : undefined;
}

/** ` lang="…"` when the text is in the other language, else nothing. */
function langOf(text: string, lang: Lang): string {
	const l = otherLang(text, lang);
	return l ? ` lang="${l}"` : '';
}

/** A link target from the data: web addresses only, anything else goes nowhere. */
export function safeUrl(url: string): string {
	return /^https?:\/\//.test(url) ? esc(url) : '#';
}

const isDate = (s: string) => /^\d{4}(-\d{2}){0,2}$/.test(s);

/** One section of the method: heading, paragraphs, formulas, then each rule with its formulas. */
function sectionHtml(s: MethodSection): string {
	const paras = s.paragraphs.map((para) => `<p>${esc(para)}</p>`).join('');
	const formulas = s.formulas ? `<pre class="formula"><code>${esc(s.formulas.join('\n'))}</code></pre>` : '';
	const terms = (s.terms ?? [])
		.map(
			(term) =>
				`<h3>${esc(term.term)}</h3><p>${esc(term.text)}</p>` +
				`<pre class="formula"><code>${esc(term.formulas.join('\n'))}</code></pre>`
		)
		.join('');
	return `<section id="${esc(s.id)}"><h2 id="${esc(s.id)}-h">${esc(s.heading)}</h2>${paras}${formulas}${terms}</section>`;
}

/** Every section of the method in `lang`, as markup. */
export function sectionsHtml(lang: Lang): string {
	return METHOD[lang].sections.map(sectionHtml).join('');
}

/** The source cell of a row: the source's label (linked), its note, and the list it was given for. */
function sourceCell(r: SourceRow, lang: Lang): string {
	const d = METHOD[lang].defaults;
	if (!r.source) return `<span class="muted">${esc(d.noSource)}</span>`;
	const { url, note } = r.source;
	const label = lang === 'ko' && r.source.labelKo ? r.source.labelKo : r.source.label;
	const link = url
		? `<a href="${safeUrl(url)}" target="_blank" rel="external noopener noreferrer">${esc(label)}` +
			`<span class="visually-hidden" lang="${lang}"> ${esc(d.newTab)}</span></a>`
		: esc(label);
	const noteHtml = note ? `<span class="note">${esc(note)}</span>` : '';
	const forPath = r.sourcePath ? `<span class="muted">${esc(sourceForText(r.sourcePath, lang))}</span>` : '';
	return `<span${langOf(label, lang)}>${link}${noteHtml}</span>${forPath}`;
}

/** One row: the field (label and path), its value, its source and the source's date. */
function rowHtml(r: SourceRow, lang: Lang): string {
	const d = METHOD[lang].defaults;
	const label = r.label !== r.path ? `<span class="label">${esc(r.label)}</span>` : '';
	const value = r.code ? `<code>${esc(r.value)}</code>` : `<span${langOf(r.value, lang)}>${esc(r.value)}</span>`;
	const modelDefault = r.modelDefault ? `<span class="muted">(${esc(d.modelDefault)})</span>` : '';
	const date = !r.source
		? ''
		: isDate(r.source.date)
			? `<time datetime="${esc(r.source.date)}">${esc(r.source.date)}</time>`
			: esc(r.source.date);
	return (
		`<tr><th scope="row">${label}<code class="path">${esc(r.path)}</code></th>` +
		`<td class="value">${value}${modelDefault}</td><td class="source">${sourceCell(r, lang)}</td>` +
		`<td class="date">${date}</td></tr>`
	);
}

/** A preset's table of fields, values and sources (its `groups`, from presetRows), as markup. */
function sourcesTableHtml(preset: Preset, groups: SourceGroup[], lang: Lang): string {
	const d = METHOD[lang].defaults;
	const id = esc(preset.id);
	const head =
		`<thead><tr><th scope="col">${esc(d.field)}</th><th scope="col">${esc(d.value)}</th>` +
		`<th scope="col">${esc(d.source)}</th><th scope="col">${esc(d.date)}</th></tr></thead>`;
	const bodies = groups
		.map(
			(g) =>
				`<tbody><tr class="group"><th scope="rowgroup" colspan="4"${langOf(g.heading, lang)}>${esc(g.heading)}</th></tr>` +
				`${g.rows.map((r) => rowHtml(r, lang)).join('')}</tbody>`
		)
		.join('');
	// The table scrolls sideways on a phone; keyboard users need to reach it to scroll it.
	return (
		`<div class="scroll" role="region" aria-labelledby="caption-${id}" tabindex="0"><table>` +
		`<caption id="caption-${id}" class="visually-hidden">${esc(tableCaption(preset, lang))}</caption>` +
		`${head}${bodies}</table></div>`
	);
}

/**
 * A preset's heading, description and whole table (its `groups`, from presetRows), as
 * markup: the default preset's, on Sources & method. The table sits in a `<details>`,
 * open (a reader may fold it away), which printing always opens.
 */
export function presetTableHtml(preset: Preset, groups: SourceGroup[], lang: Lang): string {
	const id = esc(preset.id);
	return (
		`<h3 id="preset-${id}">${esc(preset.title[lang])}</h3><p>${esc(preset.description[lang])}</p>` +
		`<details class="sources" open><summary>${esc(tableCaption(preset, lang))}</summary>` +
		`${sourcesTableHtml(preset, groups, lang)}</details>`
	);
}

/**
 * The body of a preset's own page of sources (/sources/<lang>/<id>), as markup: a
 * sentence saying the table lists only what differs from `base` (the default preset;
 * `groups` from changedRows), then the table, or a sentence saying nothing differs.
 */
export function presetChangesHtml(preset: Preset, groups: SourceGroup[], lang: Lang, base: Preset): string {
	const d = METHOD[lang].defaults;
	const params = { base: base.title[lang] };
	if (groups.length === 0) return `<p class="changes">${esc(fill(d.noChanges, params))}</p>`;
	return `<p class="changes">${esc(fill(d.changesOnly, params))}</p>${sourcesTableHtml(preset, groups, lang)}`;
}
