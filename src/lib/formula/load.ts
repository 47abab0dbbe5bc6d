/**
 * The formula module (and with it mathjs) loaded on first use only, and the engine
 * options a scenario needs: the page, files, links, the analysis tools and the workers
 * all get them here.
 */
import { hasFormula } from '../model/light';
import type { EngineOptions } from '../model/index';
import { once } from '../once';

/** src/lib/formula, as a lazily loaded module. */
export type FormulaModule = typeof import('./index');

let loaded: FormulaModule | null = null;

/** Loads the allow-listed formula module once (again after a failed try). */
export const loadFormula: () => Promise<FormulaModule> = once(() => import('./index').then((m) => (loaded = m)));

/** The engine options of a loaded formula module. */
function optionsOf(f: FormulaModule): Required<EngineOptions> {
	return { checkFormula: f.checkFormula, evaluateFormula: f.evaluateFormula };
}

/** The engine options `data` needs: none without a formula, else the formula functions (loaded first). */
export async function engineFor(data: unknown): Promise<EngineOptions> {
	return hasFormula(data) ? optionsOf(await loadFormula()) : {};
}

/**
 * The engine options `data` needs if they are at hand now: `{}` without a formula, the
 * formula functions once loaded, null while they still have to be loaded.
 */
export function engineNow(data: unknown): EngineOptions | null {
	if (!hasFormula(data)) return {};
	return loaded ? optionsOf(loaded) : null;
}
