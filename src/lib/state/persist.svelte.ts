/**
 * Where the scenario lives besides the screen: the page's address (always describing
 * the current scenario, written with replaceState and debounced so history is not
 * flooded) and local storage (so a reload without a link brings the work back).
 */
import { replaceState } from '$app/navigation';
import { parseLang, type Lang } from '../i18n/index';
import { useLinkTexts } from '../i18n/problems';
import type { LinkNotice, LinkState } from '../link/index';
import { loadFormula } from '../formula/load';
import { DEFAULT_SEED, calc } from './calculator.svelte';
import { loadEngine } from './engine';
import { cloneJson } from './json';

/** Notices about the link the page was opened with (shown until dismissed). */
export const linkNotices = $state<{ items: LinkNotice[] }>({ items: [] });

/**
 * The link codec, loaded by restore() right after the first screen (it is not part of
 * the first load: a page without a query needs it only once something is edited).
 */
let link: typeof import('../link/index') | null = null;
let storage: typeof import('../link/storage') | null = null;

/** Loads the link codec and local storage's reader and writer (once). */
export async function loadLinkCodec(): Promise<typeof import('../link/index')> {
	const [codec, stored, notices] = await Promise.all([
		import('../link/index'),
		import('../link/storage'),
		import('../i18n/linkNotices')
	]);
	[link, storage] = [codec, stored];
	useLinkTexts(notices.LINK_TEXTS);
	return link;
}

const URL_DELAY_MS = 350;
let timer: ReturnType<typeof setTimeout> | null = null;
let ready = false;

/** The current state as a link state. */
export function currentLinkState(): LinkState {
	return {
		scenario: calc.plain(),
		preset: calc.presetId,
		lang: calc.lang,
		compare: calc.compareJson ? cloneJson(calc.compareJson) : null,
		comparePreset: calc.comparePresetId ?? undefined,
		seed: calc.seed === DEFAULT_SEED ? undefined : calc.seed
	};
}

/** The query of the current state (the address as it is, until the codec has loaded). */
export function currentQuery(): string {
	return link ? link.encodeLink(currentLinkState()) : location.search.replace(/^\?/, '');
}

/** The shareable address of the current state. */
export function currentLink(): string {
	return `${location.origin}${location.pathname}?${currentQuery()}`;
}

/**
 * Restores the state from the address (or, without one, from local storage). A preset's
 * own page (/preset/<id>, `preset`) without a query opens on that preset instead.
 */
export async function restore(preset?: string): Promise<void> {
	const query = location.search.replace(/^\?/, '');
	const fromLink = query.length > 0;
	const browserLang = () => parseLang((navigator.language || '').slice(0, 2));
	// The language first, before the codec arrives, so a Korean link never shows English.
	const quickLang = fromLink ? parseLang(/(?:^|&)lang=([a-z]{2})(?:&|$)/.exec(query)?.[1]) : null;
	if (quickLang) calc.lang = quickLang;
	const [{ decodeLink, linkHasFormula }, { scenarioToJson }] = await Promise.all([loadLinkCodec(), loadEngine()]);
	const home =
		preset === undefined
			? (storage?.loadStoredLink() ?? null)
			: `v=2&p=${encodeURIComponent(preset)}&lang=${browserLang() ?? 'en'}`;
	const input = fromLink ? query : (home ?? '');
	if (input) {
		const checkFormula = linkHasFormula(input) ? (await loadFormula()).checkFormula : undefined;
		const decoded = decodeLink(input, { checkFormula });
		applyLinkState(decoded.state, scenarioToJson(decoded.scenario));
		if (fromLink) linkNotices.items = decoded.notices;
	} else {
		const lang = browserLang();
		if (lang) calc.lang = lang;
	}
	ready = true;
}

function applyLinkState(state: LinkState, scenario: LinkState['scenario']): void {
	if (state.preset) calc.presetId = state.preset;
	calc.json = cloneJson(scenario);
	if (state.lang) calc.lang = state.lang;
	calc.compareJson = state.compare ? cloneJson(state.compare) : null;
	calc.comparePresetId = state.comparePreset ?? null;
	calc.refreshCompare();
	if (state.seed !== undefined) calc.seed = state.seed;
}

/** Writes the address and storage soon (debounced), after the router is ready. */
export function persistSoon(): void {
	if (!ready) return;
	if (timer) clearTimeout(timer);
	timer = setTimeout(() => {
		timer = null;
		const query = currentQuery();
		try {
			// Same page, new query: resolve() cannot express a query-only address.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			replaceState(`${location.pathname}?${query}`, {});
		} catch {
			// The router is not ready yet (first frames): the next edit writes the address.
		}
		storage?.saveStoredLink(query);
	}, URL_DELAY_MS);
}

/** Switches the page's language and remembers it. */
export function setLang(lang: Lang): void {
	calc.lang = lang;
	persistSoon();
}
