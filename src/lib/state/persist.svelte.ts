/**
 * Where the scenario lives besides the screen: the page's address (always describing
 * the current scenario, written with replaceState and debounced so history is not
 * flooded) and local storage (so a reload without a link brings the work back).
 */
import { replaceState } from '$app/navigation';
import { parseLang, type Lang } from '../i18n/index';
import { decodeLink, encodeLink, linkHasFormula, type LinkNotice, type LinkState } from '../link/index';
import { loadStoredLink, saveStoredLink } from '../link/storage';
import { scenarioToJson } from '../model/index';
import { DEFAULT_SEED, calc, cloneJson, loadFormula } from './calculator.svelte';

/** Notices about the link the page was opened with (shown until dismissed). */
export const linkNotices = $state<{ items: LinkNotice[] }>({ items: [] });

const URL_DELAY_MS = 350;
let timer: ReturnType<typeof setTimeout> | null = null;
let ready = false;

/** The current state as a link state. */
export function currentLinkState(): LinkState {
	return {
		scenario: $state.snapshot(calc.json),
		preset: calc.presetId,
		lang: calc.lang,
		compare: calc.compareJson ? $state.snapshot(calc.compareJson) : null,
		comparePreset: calc.comparePresetId ?? undefined,
		seed: calc.seed === DEFAULT_SEED ? undefined : calc.seed
	};
}

/** The shareable address of the current state. */
export function currentLink(): string {
	return `${location.origin}${location.pathname}?${encodeLink(currentLinkState())}`;
}

/**
 * Restores the state from the address (or, without one, from local storage). A preset's
 * own page (/preset/<id>, `preset`) without a query opens on that preset instead.
 */
export async function restore(preset?: string): Promise<void> {
	const query = location.search.replace(/^\?/, '');
	const fromLink = query.length > 0;
	const browserLang = () => parseLang((navigator.language || '').slice(0, 2));
	const home =
		preset === undefined ? loadStoredLink() : `v=2&p=${encodeURIComponent(preset)}&lang=${browserLang() ?? 'en'}`;
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
	if (calc.compareJson && hasFormulaJson(calc.compareJson)) loadFormula().then(() => calc.refreshCompare());
	calc.refreshCompare();
	if (state.seed !== undefined) calc.seed = state.seed;
}

function hasFormulaJson(json: LinkState['scenario']): boolean {
	return json.tranches.some((t) => t.schedule?.mode === 'formula');
}

/** Writes the address and storage soon (debounced), after the router is ready. */
export function persistSoon(): void {
	if (!ready) return;
	if (timer) clearTimeout(timer);
	timer = setTimeout(() => {
		timer = null;
		const query = encodeLink(currentLinkState());
		try {
			// Same page, new query: resolve() cannot express a query-only address.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			replaceState(`${location.pathname}?${query}`, {});
		} catch {
			// The router is not ready yet (first frames): the next edit writes the address.
		}
		saveStoredLink(query);
	}, URL_DELAY_MS);
}

/** Switches the page's language and remembers it. */
export function setLang(lang: Lang): void {
	calc.lang = lang;
	persistSoon();
}
