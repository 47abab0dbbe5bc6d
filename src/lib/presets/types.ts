/**
 * What a preset is: a complete scenario plus, for each of its values, where the value
 * comes from (deal-facts.md: every default the app shows carries its source and date).
 */
import type { ScenarioJson } from '../model/index';

/** Where one default value comes from. `date` is YYYY-MM or YYYY-MM-DD. */
export interface Source {
	label: string;
	/** The label in Korean, where the label is not a proper name (the page falls back to `label`). */
	labelKo?: string;
	date: string;
	url?: string;
	/** How the value was derived, or why it is an assumption. */
	note?: string;
}

/**
 * A named scenario. `sources` is keyed by field path as validation names fields:
 * 'economy.gdp0', 'tranches[0].schedule.cap', 'trade.sectors[2].tariffDeal'.
 */
export interface Preset {
	id: string;
	title: { en: string; ko: string };
	description: { en: string; ko: string };
	scenario: ScenarioJson;
	sources: Record<string, Source>;
	/**
	 * Superseded by newer data: listed under "Earlier presets". Its values never change,
	 * because share links are a preset id plus differences.
	 */
	earlier?: boolean;
	/** The date the preset's data stand at (YYYY-MM or YYYY-MM-DD). */
	asOf?: string;
	/**
	 * Korean names of the scenario's tranches and sectors, in their order (the scenario
	 * JSON's `name` fields stay English).
	 */
	names?: { ko: { tranches: readonly string[]; sectors: readonly string[] } };
}

/** Sources of one part of a scenario, keyed by paths relative to that part. */
export type SourceMap = Record<string, Source>;

/** Prefixes every path of a part's sources: at('tranches[1]', { amount }) -> 'tranches[1].amount'. */
export function at(prefix: string, sources: SourceMap): SourceMap {
	const out: SourceMap = {};
	for (const [path, source] of Object.entries(sources)) out[`${prefix}.${path}`] = source;
	return out;
}

/** A value and its source, so a preset's data and its sources are written side by side. */
export interface Sourced<T> {
	json: T;
	sources: SourceMap;
}

/** Freezes plain data deeply: presets are shared constants; copy one before editing it. */
function deepFreeze<T>(value: T): T {
	if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
	Object.freeze(value);
	for (const child of Object.values(value)) deepFreeze(child);
	return value;
}

/** What a preset is apart from its scenario and sources: its id, texts and dates. */
export type PresetMeta = Omit<Preset, 'scenario' | 'sources'>;

/**
 * A frozen preset whose scenario and sources are built, and frozen, the first time either
 * is read. The page needs only the default's at load: building all 14 presets' scenarios
 * at module load took about 15 ms of the load's main thread (60 ms on a phone's CPU,
 * issue #9). `build` must always return the same data: a preset's values never change.
 */
export function lazyPreset(meta: PresetMeta, build: () => Pick<Preset, 'scenario' | 'sources'>): Preset {
	let built: Pick<Preset, 'scenario' | 'sources'> | undefined;
	const get = () => (built ??= deepFreeze(build()));
	deepFreeze(meta);
	return Object.freeze({
		...meta,
		get scenario() {
			return get().scenario;
		},
		get sources() {
			return get().sources;
		}
	});
}
