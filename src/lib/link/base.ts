/**
 * What a link is written against: a preset in canonical form (validated, then written
 * out with every field), extended with template tranches and sectors when the link's
 * scenario has more than the preset.
 */
import { scenarioToJson, validateScenario, type Scenario, type ScenarioJson } from '../model/index';
import { LINK_BASE_PRESET_ID, PRESETS, presetById } from '../presets/index';
import { flatten, flattenSector, flattenTranche, templateSector, templateTranche, type Flat } from './flat';

/** A preset ready to diff and overlay. */
export interface PresetBase {
	id: string;
	json: ScenarioJson;
	scenario: Scenario;
	flat: Flat;
	tranches: number;
	sectors: number;
}

const cache = new Map<string, PresetBase>();

/** The preset with this id in canonical form, or undefined for an unknown id. */
export function presetBase(id: string): PresetBase | undefined {
	const cached = cache.get(id);
	if (cached) return cached;
	const preset = presetById(id);
	if (!preset) return undefined;
	const v = validateScenario(preset.scenario);
	if (!v.ok) return undefined;
	const json = scenarioToJson(v.scenario);
	const base: PresetBase = {
		id,
		json,
		scenario: v.scenario,
		flat: flatten(json, true),
		tranches: json.tranches.length,
		sectors: json.trade.sectors.length
	};
	cache.set(id, base);
	return base;
}

/**
 * The preset a link without `p=` starts from: the Nov 2025 MOU, the default when links
 * began. It never changes, even when the page opens on a newer preset, so that old links
 * keep their meaning (the encoder writes `p=` for any other preset).
 */
export { LINK_BASE_PRESET_ID };

/** The base of links without `p=`, in canonical form (the tests check that it validates). */
export function defaultBase(): PresetBase {
	return presetBase(LINK_BASE_PRESET_ID) as PresetBase;
}

/** Every preset id, the link base first: the encoder tries them all. */
export function presetIds(): string[] {
	return [LINK_BASE_PRESET_ID, ...PRESETS.map((p) => p.id).filter((id) => id !== LINK_BASE_PRESET_ID)];
}

const extended = new Map<string, Flat>();

/**
 * The preset's flat map with template tranches up to `tn` and template sectors up to
 * `sn`. Cached and shared: copy it (new Map) before changing it.
 */
export function baseFlat(base: PresetBase, tn: number, sn: number): Flat {
	if (tn <= base.tranches && sn <= base.sectors) return base.flat;
	const id = `${base.id}|${tn}|${sn}`;
	let flat = extended.get(id);
	if (!flat) {
		flat = new Map(base.flat);
		for (let k = base.tranches; k < tn; k++) flattenTranche(flat, k, templateTranche(k));
		for (let k = base.sectors; k < sn; k++) flattenSector(flat, k, templateSector(k));
		extended.set(id, flat);
	}
	return flat;
}

/** Whether tranche k of a link is based on the preset's tranche k (rather than the template). */
export function fromPreset(base: PresetBase, list: 't' | 's', k: number): boolean {
	return k < (list === 't' ? base.tranches : base.sectors);
}
