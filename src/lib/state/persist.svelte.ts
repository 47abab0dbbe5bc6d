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
import { loadStoredLink, saveStoredLink } from '../link/storage';
import { once } from '../once';
import { DEFAULT_SEED, calc } from './calculator.svelte';
import { loadEngine } from './engine';
import { cloneJson } from './json';

/** Notices about the link the page was opened with (shown until dismissed). */
export const linkNotices = $state<{ items: LinkNotice[] }>({ items: [] });

/**
 * The link codec. It is not part of the first load: a page opened with a link (or with
 * stored work) loads it at once to read the scenario; a page opened plainly loads it at
 * the reader's first touch, key or focus, or when a link is first asked for.
 */
let link: typeof import('../link/index') | null = null;

/** Loads the link codec (once, and again after a failed try; later calls get the same promise). */
export const loadLinkCodec: () => Promise<typeof import('../link/index')> = once(() =>
	Promise.all([import('../link/index'), import('../i18n/linkNotices')]).then(([codec, notices]) => {
		useLinkTexts(notices.LINK_TEXTS);
		link = codec;
		return codec;
	})
);

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

/** The share link of a query: this page's address with it. */
export const addressOf = (query: string) => `${location.origin}${location.pathname}?${query}`;

/** The query of the current state (loads the codec first if it has not loaded yet). */
export async function currentQuery(): Promise<string> {
	return (await loadLinkCodec()).encodeLink(currentLinkState());
}

/** The shareable address of the current state (loads the codec first if it has not loaded yet). */
export async function currentLink(): Promise<string> {
	return addressOf(await currentQuery());
}

/**
 * The shareable address of the current state, synchronously, for a part that must render
 * within the print event and has loaded the codec with its own code; null before the codec
 * has loaded (never a link that would not restore the state).
 */
export function loadedLink(): string | null {
	const query = loadedQuery();
	return query === null ? null : addressOf(query);
}

/** The query of the current state, synchronously, if the codec has loaded; else null. */
export function loadedQuery(): string | null {
	return link ? link.encodeLink(currentLinkState()) : null;
}

/**
 * Restores the state from the address (or, without one, from local storage). A preset's
 * own page (/preset/<id>, `preset`) without a query opens on that preset instead. A page
 * opened with neither keeps the scenario it came with, and loads no codec and no engine.
 */
export async function restore(preset?: string): Promise<void> {
	const query = location.search.replace(/^\?/, '');
	const fromLink = query.length > 0;
	const browserLang = () => parseLang((navigator.language || '').slice(0, 2));
	// The language first, before the codec arrives, so a Korean link never shows English.
	const quickLang = fromLink ? parseLang(/(?:^|&)lang=([a-z]{2})(?:&|$)/.exec(query)?.[1]) : null;
	if (quickLang) calc.lang = quickLang;
	const home =
		preset === undefined ? loadStoredLink() : `v=2&p=${encodeURIComponent(preset)}&lang=${browserLang() ?? 'en'}`;
	const input = fromLink ? query : (home ?? '');
	if (input) {
		const [{ decodeLink, linkHasFormula }, { scenarioToJson }] = await Promise.all([loadLinkCodec(), loadEngine()]);
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

/** The codec's code could not be fetched (offline and not cached): the address stays as it was. */
const noCodec = () => undefined;

/** Writes the address and storage soon (debounced), after the router is ready. */
export function persistSoon(): void {
	if (!ready) return;
	if (timer) clearTimeout(timer);
	timer = setTimeout(() => {
		timer = null;
		// The state as it is once the codec is there (at once, but for the first edit of a
		// page opened plainly); writes that wait run in the order they were asked for.
		void loadLinkCodec().then((codec) => {
			const query = codec.encodeLink(currentLinkState());
			try {
				// Same page, new query: resolve() cannot express a query-only address.
				// eslint-disable-next-line svelte/no-navigation-without-resolve
				replaceState(`${location.pathname}?${query}`, {});
			} catch {
				// The router is not ready yet (first frames): the next edit writes the address.
			}
			saveStoredLink(query);
		}, noCodec);
	}, URL_DELAY_MS);
}

/** Switches the page's language and remembers it. */
export function setLang(lang: Lang): void {
	calc.lang = lang;
	persistSoon();
}
