/**
 * The engine (decimal.js and the simulation), loaded on first use rather than with the
 * page: the default scenario's projection comes computed with the prerendered page, so a
 * reader who only reads the verdict never loads it. The controls, a link, a file or an
 * export load it; the page asks for it as soon as the controls are wanted.
 */

/** src/lib/model, as a lazily loaded module. */
export type EngineModule = typeof import('../model/index');

let loading: Promise<EngineModule> | null = null;
let loaded: EngineModule | null = null;

/** Loads the engine once. */
export function loadEngine(): Promise<EngineModule> {
	loading ??= import('../model/index').then((m) => (loaded = m));
	return loading;
}

/** The engine if it has loaded, else null. */
export function engineLoaded(): EngineModule | null {
	return loaded;
}
