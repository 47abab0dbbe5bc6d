/**
 * The engine (decimal.js and the simulation), loaded on first use rather than with the
 * page: the default scenario's projection comes computed with the prerendered page, so a
 * reader who only reads the verdict never loads it. The controls, a link, a file or an
 * export load it; the page asks for it as soon as the controls are wanted.
 */
import { engineFor, engineNow } from '../formula/load';
import type { EngineOptions } from '../model/index';
import { once } from '../once';

/** src/lib/model, as a lazily loaded module. */
export type EngineModule = typeof import('../model/index');

let loaded: EngineModule | null = null;

/** Loads the engine once (again after a failed try). */
export const loadEngine: () => Promise<EngineModule> = once(() => import('../model/index').then((m) => (loaded = m)));

/** The engine if it has loaded, else null. */
export function engineLoaded(): EngineModule | null {
	return loaded;
}

/** The engine and the options a scenario needs (the formula functions, if it has formulas). */
export interface Ready {
	model: EngineModule;
	options: EngineOptions;
}

/** The engine and the options `data` needs if both are at hand now, else null (see loadFor). */
export function readyFor(data: unknown): Ready | null {
	const options = engineNow(data);
	return loaded && options ? { model: loaded, options } : null;
}

/** Loads what `data` needs to be computed: the engine, and the formula module if it has formulas. */
export async function loadFor(data: unknown): Promise<void> {
	await Promise.all([loadEngine(), engineFor(data)]);
}
