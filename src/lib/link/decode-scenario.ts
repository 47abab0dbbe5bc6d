/**
 * The params of one scenario (the main one, or scenario A under `a.`) -> a valid
 * scenario: the preset `p`, overlaid param by param. A param that cannot be used leaves
 * the preset's value in place and becomes a notice; the result always validates.
 */
import {
	Decimal,
	MAX_SECTORS,
	MAX_TRANCHES,
	scenarioToJson,
	validateScenario,
	type FieldMeta,
	type Scenario,
	type ScenarioJson
} from '../model/index';
import { baseFlat, defaultBase, fromPreset, presetBase, type PresetBase } from './base';
import { checkDecimalText, checkParam } from './checks';
import { unflatten, type Flat } from './flat';
import type { Notices } from './notices';
import { SCENARIO_BY_KEY, SECTOR_BY_KEY, splitIndexed, TRANCHE_BY_KEY } from './params';
import { settleTranche } from './settle';
import type { RawParam } from './types';

/** What decoding needs from the page. */
export interface ScenarioOptions {
	/** Checks a formula from a link before it is ever evaluated; returns what is wrong, or null. */
	checkFormula?: (expr: string) => string | null;
}

/** A decoded scenario, in canonical JSON and validated form, and the preset it started from. */
export interface ScenarioDecoding {
	json: ScenarioJson;
	scenario: Scenario;
	presetId: string;
}

const COUNT: FieldMeta = { unit: 'number', min: '0', integer: true, slider: { min: '0', max: '12', step: '1' } };
const short = (text: string) => (text.length > 60 ? text.slice(0, 60) + '…' : text);

/** Decodes one scenario's params (keys without the `a.` prefix; `prefix` names them in notices). */
export function decodeScenario(
	params: readonly RawParam[],
	prefix: string,
	notes: Notices,
	options: ScenarioOptions
): ScenarioDecoding {
	const named = (key: string) => prefix + key;
	const param = (key: string) => params.find((p) => p.key === key);

	let base: PresetBase = defaultBase();
	const p = param('p');
	if (p) {
		const found = presetBase(p.value);
		if (found) base = found;
		else
			notes.add(
				named('p'),
				p.value,
				'unknown-preset',
				`${named('p')}: there is no preset "${short(p.value)}"; the preset ${base.id} was used instead.`,
				base.id
			);
	}

	const count = (key: string, fallback: number, max: number, noun: string): number => {
		const raw = param(key);
		if (!raw) return fallback;
		const c = checkDecimalText(raw.value, COUNT);
		if (!c.ok) {
			const msg = `${named(key)} (the number of ${noun}) ${c.problem}; ${fallback} (from the preset ${base.id}) was used instead.`;
			notes.add(named(key), raw.value, c.reason, msg, String(fallback));
			return fallback;
		}
		if (new Decimal(c.value).gt(max)) {
			const msg = `${named(key)}: a scenario has at most ${max} ${noun}; ${max} were used.`;
			notes.add(named(key), raw.value, 'too-many', msg, String(max));
			return max;
		}
		return Number(c.value);
	};
	const tn = count('tn', base.tranches, MAX_TRANCHES, 'tranches');
	const sn = count('sn', base.sectors, MAX_SECTORS, 'sectors');

	const merged: Flat = new Map(baseFlat(base, tn, sn));
	const given = new Set<string>();
	for (const raw of params) {
		if (raw.key !== 'p' && raw.key !== 'tn' && raw.key !== 'sn') apply(raw);
	}

	function apply(raw: RawParam): void {
		const full = named(raw.key);
		const top = SCENARIO_BY_KEY.get(raw.key);
		const ix = top ? null : splitIndexed(raw.key);
		const spec = top ?? (ix ? (ix.list === 't' ? TRANCHE_BY_KEY : SECTOR_BY_KEY).get(ix.field) : undefined);
		if (!spec) {
			const shown = raw.key === '' ? 'A parameter without a name' : full;
			notes.add(full, raw.value, 'unknown-param', `${shown} is not a parameter of this calculator; it was ignored.`);
			return;
		}
		let path = spec.path;
		let origin = `the preset ${base.id}`;
		if (ix) {
			const [noun, max, n, countKey] =
				ix.list === 't' ? ['tranches', MAX_TRANCHES, tn, 'tn'] : ['sectors', MAX_SECTORS, sn, 'sn'];
			if (ix.index >= max) {
				const msg = `${full}: a scenario has at most ${max} ${noun} (${ix.list}0 to ${ix.list}${max - 1}); it was ignored.`;
				notes.add(full, raw.value, 'too-many', msg);
				return;
			}
			if (ix.index >= n) {
				const msg = `${full}: this scenario has ${n} ${noun}; it was ignored (${named(countKey)}=${ix.index + 1} adds more).`;
				notes.add(full, raw.value, 'out-of-range', msg);
				return;
			}
			path = `${ix.list === 't' ? 'tranches' : 'trade.sectors'}[${ix.index}].${spec.path}`;
			if (!fromPreset(base, ix.list, ix.index)) origin = `a new ${ix.list === 't' ? 'tranche' : 'sector'}`;
		}
		if (spec.key === 'name' && raw.bare && top) {
			merged.delete('name');
			given.add('name');
			return;
		}
		const c = checkParam(spec, raw.bare ? '' : raw.value);
		if (!c.ok) {
			const used = merged.get(raw.key);
			const shown = used === undefined ? 'no name' : spec.kind === 'decimal' ? used : `"${short(used)}"`;
			const msg = `${full} (${path}) ${c.problem}; ${shown} (from ${origin}) was used instead.`;
			notes.add(full, raw.value, c.reason, msg, used ?? '');
			return;
		}
		merged.set(raw.key, c.value);
		given.add(raw.key);
	}

	for (let k = 0; k < tn; k++) settleTranche({ base, merged, given, named, notes, options }, k);

	const v = validateScenario(unflatten(merged, tn, sn), { checkFormula: options.checkFormula });
	if (v.ok) return { json: scenarioToJson(v.scenario), scenario: v.scenario, presetId: base.id };
	for (const problem of v.problems.slice(0, 3)) {
		const which = prefix ? 'scenario A' : 'scenario';
		const msg = `The link's ${which} is not valid (${problem.path} ${problem.message}); the preset ${base.id} was used instead.`;
		notes.add(named('(scenario)'), '', 'invalid', msg, base.id);
	}
	const again = validateScenario(base.json);
	return {
		json: scenarioToJson(base.scenario),
		scenario: again.ok ? again.scenario : base.scenario,
		presetId: base.id
	};
}
