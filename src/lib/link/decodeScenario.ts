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
	type Message,
	type Scenario,
	type ScenarioJson
} from '../model/index';
import { baseFlat, defaultBase, fromPreset, presetBase, type PresetBase } from './base';
import { checkDecimalText, checkParam } from './checks';
import { unflatten, type Flat } from './flat';
import { short, type Notices } from './notices';
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
const TRANCHES: Message = { code: 'link.tranches', params: {} };
const SECTORS: Message = { code: 'link.sectors', params: {} };

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
				{ code: 'link.noPreset', params: { param: named('p'), value: short(p.value), preset: base.id } },
				base.id
			);
	}

	const count = (key: string, fallback: number, max: number, noun: Message): number => {
		const raw = param(key);
		if (!raw) return fallback;
		const c = checkDecimalText(raw.value, COUNT);
		if (!c.ok) {
			const params = { param: named(key), noun, problem: c.problem, fallback, preset: base.id };
			notes.add(named(key), raw.value, c.reason, { code: 'link.count', params }, String(fallback));
			return fallback;
		}
		if (new Decimal(c.value).gt(max)) {
			const what = { code: 'link.countMax', params: { param: named(key), max, noun } } as const;
			notes.add(named(key), raw.value, 'too-many', what, String(max));
			return max;
		}
		return Number(c.value);
	};
	const tn = count('tn', base.tranches, MAX_TRANCHES, TRANCHES);
	const sn = count('sn', base.sectors, MAX_SECTORS, SECTORS);

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
			const what: Message<'link.unknownParam' | 'link.unnamedParam'> =
				raw.key === ''
					? { code: 'link.unnamedParam', params: {} }
					: { code: 'link.unknownParam', params: { param: full } };
			notes.add(full, raw.value, 'unknown-param', what);
			return;
		}
		let path = spec.path;
		let origin: Message = { code: 'link.fromPreset', params: { preset: base.id } };
		if (ix) {
			const tranche = ix.list === 't';
			const [noun, max, n, countKey] = tranche ? [TRANCHES, MAX_TRANCHES, tn, 'tn'] : [SECTORS, MAX_SECTORS, sn, 'sn'];
			if (ix.index >= max) {
				const params = { param: full, max, noun, list: ix.list, last: max - 1 };
				notes.add(full, raw.value, 'too-many', { code: 'link.indexMax', params });
				return;
			}
			if (ix.index >= n) {
				const params = { param: full, n, noun, countParam: named(countKey), count: ix.index + 1 };
				notes.add(full, raw.value, 'out-of-range', { code: 'link.indexBeyond', params });
				return;
			}
			path = `${tranche ? 'tranches' : 'trade.sectors'}[${ix.index}].${spec.path}`;
			if (!fromPreset(base, ix.list, ix.index))
				origin = { code: tranche ? 'link.newTranche' : 'link.newSector', params: {} };
		}
		if (spec.key === 'name' && raw.bare && top) {
			merged.delete('name');
			given.add('name');
			return;
		}
		const c = checkParam(spec, raw.bare ? '' : raw.value);
		if (!c.ok) {
			const used = merged.get(raw.key);
			const shown: Message | string =
				used === undefined
					? { code: 'link.noName', params: {} }
					: spec.kind === 'decimal'
						? used
						: { code: 'link.quoted', params: { text: short(used) } };
			const params = { param: full, path, problem: c.problem, shown, origin };
			notes.add(full, raw.value, c.reason, { code: 'link.value', params }, used ?? '');
			return;
		}
		merged.set(raw.key, c.value);
		given.add(raw.key);
	}

	for (let k = 0; k < tn; k++) settleTranche({ base, merged, given, named, notes, options }, k);

	const v = validateScenario(unflatten(merged, tn, sn), { checkFormula: options.checkFormula });
	if (v.ok) return { json: scenarioToJson(v.scenario), scenario: v.scenario, presetId: base.id };
	for (const problem of v.problems.slice(0, 3)) {
		const what = {
			code: prefix ? 'link.scenarioA' : 'link.scenario',
			params: { path: problem.path, problem, preset: base.id }
		} as const;
		notes.add(named('(scenario)'), '', 'invalid', what, base.id);
	}
	const again = validateScenario(base.json);
	return {
		json: scenarioToJson(base.scenario),
		scenario: again.ok ? again.scenario : base.scenario,
		presetId: base.id
	};
}
