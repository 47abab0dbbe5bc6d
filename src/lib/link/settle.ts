/**
 * The checks across the fields of one tranche, after its params are applied: the
 * schedule has what its mode needs and a formula is admitted (else the preset's schedule
 * is used), params the mode does not read are reported, and grace fits in the tenor.
 */
import { Decimal, parseDecimal, type Message, type ScheduleMode } from '../model/index';
import { fromPreset, type PresetBase } from './base';
import type { ScenarioOptions } from './decodeScenario';
import type { Flat } from './flat';
import { short, type Notices } from './notices';
import { MODE_FIELD, SCHEDULE_FIELD_KEYS } from './params';

/** The decoding in progress of one scenario. */
export interface SettleContext {
	base: PresetBase;
	merged: Flat;
	given: Set<string>;
	named: (key: string) => string;
	notes: Notices;
	options: ScenarioOptions;
}

/** Replaces tranche k's schedule by the preset's, or by a cap of a tenth of the amount; says which. */
function fallbackSchedule(ctx: SettleContext, k: number): Message {
	const { base, merged } = ctx;
	const t = `t${k}.`;
	const presetMode = base.flat.get(t + 'm') as ScheduleMode;
	if (fromPreset(base, 't', k) && presetMode !== 'formula') {
		merged.set(t + 'm', presetMode);
		merged.set(t + 'dl', base.flat.get(t + 'dl') as string);
		const field = MODE_FIELD[presetMode];
		if (field) merged.set(t + field, base.flat.get(t + field) as string);
		if (!field) return { code: 'link.presetSchedule', params: { preset: base.id, mode: presetMode } };
		const value = short(base.flat.get(t + field) as string);
		return { code: 'link.presetScheduleField', params: { preset: base.id, mode: presetMode, field, value } };
	}
	const amount = parseDecimal(merged.get(t + 'a'));
	const cap = typeof amount === 'string' || amount.isZero() ? '1' : amount.div(10).toString();
	merged.set(t + 'm', 'cap');
	merged.set(t + 'c', cap);
	return { code: 'link.tenthCap', params: { cap } };
}

/** Settles tranche k once all its params are applied, with a notice for each change. */
export function settleTranche(ctx: SettleContext, k: number): void {
	const { merged, given, named, notes, options } = ctx;
	const t = `t${k}.`;
	const mode = merged.get(t + 'm') as ScheduleMode;
	const field = MODE_FIELD[mode];
	let problem: { key: string; value: string; reason: 'invalid' | 'rejected-formula'; why: Message } | null = null;
	if (field && !merged.has(t + field)) {
		const why: Message = { code: 'link.scheduleNeeds', params: { field: named(t + field), mode } };
		problem = { key: t + 'm', value: mode, reason: 'invalid', why };
	} else if (mode === 'formula' && options.checkFormula) {
		const expr = merged.get(t + 'f') as string;
		let refusal: Message | string | null;
		try {
			refusal = options.checkFormula(expr);
		} catch {
			refusal = { code: 'link.formulaUnchecked', params: {} };
		}
		if (refusal) {
			const why: Message = { code: 'link.formulaRefused', params: { reason: refusal } };
			problem = { key: t + 'f', value: expr, reason: 'rejected-formula', why };
		}
	}
	if (problem) {
		const used = fallbackSchedule(ctx, k);
		const what = { code: 'link.schedule', params: { param: named(problem.key), k, why: problem.why, used } } as const;
		notes.add(named(problem.key), problem.value, problem.reason, what, merged.get(t + 'm') as string);
	} else {
		for (const key of SCHEDULE_FIELD_KEYS) {
			if (key === field || !given.has(t + key)) continue;
			const params = { param: named(t + key), k, mode };
			notes.add(named(t + key), merged.get(t + key) as string, 'invalid', { code: 'link.ignoredByMode', params });
		}
	}
	if (merged.get(t + 'm') === 'custom' && given.has(t + 'a')) {
		const params = { param: named(t + 'a'), amounts: named(t + 'am') };
		notes.add(named(t + 'a'), merged.get(t + 'a') as string, 'invalid', { code: 'link.ignoredAmount', params });
	}
	const instrument = merged.get(t + 'i');
	if (instrument === 'loan' || instrument === 'guarantee') {
		const tenor = new Decimal(merged.get(t + 'tn') as string);
		const grace = new Decimal(merged.get(t + 'g') as string);
		if (grace.gt(tenor.minus(1))) {
			const fixed = tenor.minus(1).toString();
			const key = given.has(t + 'g') ? t + 'g' : t + 'tn';
			const params = { param: named(key), k, fixed };
			notes.add(named(key), merged.get(key) as string, 'out-of-range', { code: 'link.grace', params }, fixed);
			merged.set(t + 'g', fixed);
		}
	}
}
