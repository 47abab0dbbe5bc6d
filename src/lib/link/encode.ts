/**
 * Scenario -> query string: the preset it is closest to, then only the params that
 * differ from it (index.ts documents the format).
 */
import { validateScenario, scenarioToJson, type ScenarioJson } from '../model/index';
import { baseFlat, LINK_BASE_PRESET_ID, presetBase, presetIds, type PresetBase } from './base';
import { flatten, type Flat } from './flat';
import { LINK_VERSION } from './migrations';
import { SCHEDULE_FIELD_KEYS, SECTOR_PACK, TRANCHE_PACK } from './params';
import { formatParam, formEncode, formEncodeList } from './query';
import type { LinkState } from './types';

/** Links longer than this may be cut by mail and chat apps (pitfalls.md 3.1); the encoder packs to stay under it. */
export const LINK_SOFT_LIMIT = 2000;
/** The largest seed a link carries (uint32). */
export const SEED_MAX = 4294967295;

/** The flat map of a scenario: canonical when it is valid, as given when not (its problems then show on decoding). */
function flatOf(json: ScenarioJson): Flat {
	try {
		const v = validateScenario(json);
		return v.ok ? flatten(scenarioToJson(v.scenario), true) : flatten(json);
	} catch {
		return new Map();
	}
}

/** The scenario being written: its flat map, and its params as written (the same against every preset). */
class Written {
	private params = new Map<string, string>();
	private values = new Map<string, string>();

	private grouped: Map<string, string[]> | null = null;

	constructor(readonly flat: Flat) {}

	/** The keys by tranche or sector ('' for the top level). */
	get groups(): Map<string, string[]> {
		this.grouped ??= groupKeys(this.flat);
		return this.grouped;
	}

	/** The value of `key`, encoded. */
	value(key: string): string {
		let v = this.values.get(key);
		if (v === undefined) {
			const text = this.flat.get(key) as string;
			v = key.endsWith('.am') ? formEncodeList(text.split(',')) : formEncode(text);
			this.values.set(key, v);
		}
		return v;
	}

	/** `key=value`, encoded. */
	param(key: string): string {
		let p = this.params.get(key);
		if (p === undefined) {
			p = formatParam(key, this.value(key));
			this.params.set(key, p);
		}
		return p;
	}
}

/** The params of tranche or sector k that differ from the base, packed into one when that is shorter. */
function entityParams(
	w: Written,
	base: Flat,
	prefix: string,
	keys: string[],
	pack: readonly string[] | null
): string[] {
	const cur = w.flat;
	const diff = keys.filter((key) => cur.get(key) !== base.get(key));
	const dotted = diff.map((key) => w.param(key));
	if (!pack) return dotted;
	const packable = pack.map((f) => `${prefix}.${f}`).filter((key) => diff.includes(key));
	if (packable.length === 0 || packable.some((key) => (cur.get(key) as string).includes(','))) return dotted;
	const values = pack.map((f) => {
		const key = `${prefix}.${f}`;
		return packable.includes(key) ? w.value(key) : '';
	});
	while (values.length > 0 && values[values.length - 1] === '') values.pop();
	const packed = formatParam(prefix, values.join(','));
	const rest = diff.filter((key) => !packable.includes(key));
	const restParams = rest.map((key) => w.param(key));
	const dottedLength = dotted.join('&').length;
	return packed.length + restParams.join('&').length < dottedLength ? [...restParams, packed] : dotted;
}

/** A scenario's keys grouped by tranche or sector ('' for the top level), computed once per encoding. */
function groupKeys(cur: Flat): Map<string, string[]> {
	const groups = new Map<string, string[]>();
	for (const key of cur.keys()) {
		const dot = key.indexOf('.');
		const group = dot < 0 ? '' : key.slice(0, dot);
		const members = groups.get(group);
		if (members) members.push(key);
		else groups.set(group, [key]);
	}
	return groups;
}

/** A custom schedule's amount is the sum of its amounts: it is never written. */
function derived(cur: Flat, key: string): boolean {
	return key.endsWith('.a') && cur.get(key.slice(0, -1) + 'm') === 'custom';
}

/** The params of a scenario against one preset, or null as soon as they pass `limit` characters. */
function diffParams(w: Written, preset: PresetBase, pack: boolean, limit = Infinity): string[] | null {
	const cur = w.flat;
	const base = baseFlat(preset, Number(cur.get('tn') ?? 0), Number(cur.get('sn') ?? 0));
	const out: string[] = [];
	if (base.has('name') && !cur.has('name')) out.push(formatParam('name', null));
	if (!pack) {
		let length = 0;
		for (const [key, value] of cur) {
			if (value === base.get(key) || derived(cur, key)) continue;
			const p = w.param(key);
			out.push(p);
			length += p.length + 1;
			if (length > limit) return null; // Longer than a link already found.
		}
		return out;
	}
	for (const [group, members] of w.groups) {
		const own = members.filter((key) => !derived(cur, key));
		if (group === '') {
			out.push(...entityParams(w, base, group, own, null));
			continue;
		}
		const loose = (key: string) => key.endsWith('.name') || SCHEDULE_FIELD_KEYS.includes(key.slice(group.length + 1));
		const pattern = group.startsWith('t') ? TRANCHE_PACK : SECTOR_PACK;
		out.push(...entityParams(w, base, group, own.filter(loose), null));
		out.push(
			...entityParams(
				w,
				base,
				group,
				own.filter((key) => !loose(key)),
				pattern
			)
		);
	}
	return out;
}

/** The preset id and params of a scenario: against `hint` if it is a preset, else the preset giving the shortest link. */
function encodeScenario(json: ScenarioJson, hint: string | undefined, pack: boolean): { id: string; params: string[] } {
	const w = new Written(flatOf(json));
	const hinted = hint === undefined ? undefined : presetBase(hint);
	const candidates = hinted ? [hinted] : presetIds().map((id) => presetBase(id) as PresetBase);
	let best: { id: string; params: string[]; length: number } | null = null;
	for (const preset of candidates) {
		const idLength = preset.id === LINK_BASE_PRESET_ID ? 0 : preset.id.length + 3;
		const params = diffParams(w, preset, pack, best === null ? Infinity : best.length - idLength);
		if (params === null) continue;
		let length = idLength;
		for (const p of params) length += p.length + 1;
		if (best === null || length < best.length) best = { id: preset.id, params, length };
	}
	const chosen = best as { id: string; params: string[] };
	return { id: chosen.id, params: chosen.params };
}

function encodeWith(state: LinkState, pack: boolean): string {
	const main = encodeScenario(state.scenario, state.preset, pack);
	const parts = [`v=${LINK_VERSION}`];
	if (main.id !== LINK_BASE_PRESET_ID) parts.push(formatParam('p', formEncode(main.id)));
	if (state.lang === 'en' || state.lang === 'ko') parts.push(`lang=${state.lang}`);
	const seed = state.seed;
	if (typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed <= SEED_MAX) parts.push(`seed=${seed}`);
	parts.push(...main.params);
	if (state.compare) {
		const a = encodeScenario(state.compare, state.comparePreset, pack);
		parts.push(formatParam('a.p', formEncode(a.id)), ...a.params.map((p) => 'a.' + p));
	}
	return parts.join('&');
}

/**
 * The query string (without `?`) of a page state: `v=1`, the preset (`p`, left out for
 * the default), `lang`, `seed`, then only what differs from the preset; scenario A of a
 * comparison under `a.`. When that is longer than LINK_SOFT_LIMIT, tranches and sectors
 * are packed into one param each (`t0=loan,120,...`), which decodes to the same state.
 */
export function encodeLink(state: LinkState): string {
	const readable = encodeWith(state, false);
	if (readable.length <= LINK_SOFT_LIMIT) return readable;
	const packed = encodeWith(state, true);
	return packed.length < readable.length ? packed : readable;
}
