/**
 * The checks across the fields of one tranche, after its params are applied: the
 * schedule has what its mode needs and a formula is admitted (else the preset's schedule
 * is used), params the mode does not read are reported, and grace fits in the tenor.
 */
import { Decimal, parseDecimal, type ScheduleMode } from '../model/index';
import { fromPreset, type PresetBase } from './base';
import type { ScenarioOptions } from './decode-scenario';
import type { Flat } from './flat';
import type { Notices } from './notices';
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

const short = (text: string) => (text.length > 60 ? text.slice(0, 60) + '…' : text);

/** Replaces tranche k's schedule by the preset's, or by a cap of a tenth of the amount; says which. */
function fallbackSchedule(ctx: SettleContext, k: number): string {
	const { base, merged } = ctx;
	const t = `t${k}.`;
	const presetMode = base.flat.get(t + 'm') as ScheduleMode;
	if (fromPreset(base, 't', k) && presetMode !== 'formula') {
		merged.set(t + 'm', presetMode);
		merged.set(t + 'dl', base.flat.get(t + 'dl') as string);
		const field = MODE_FIELD[presetMode];
		if (field) merged.set(t + field, base.flat.get(t + field) as string);
		const detail = field ? ` ${field}=${short(base.flat.get(t + field) as string)}` : '';
		return `the schedule of the preset ${base.id} (${presetMode}${detail})`;
	}
	const amount = parseDecimal(merged.get(t + 'a'));
	const cap = typeof amount === 'string' || amount.isZero() ? '1' : amount.div(10).toString();
	merged.set(t + 'm', 'cap');
	merged.set(t + 'c', cap);
	return `a cap of ${cap} a year (a tenth of the amount)`;
}

/** Settles tranche k once all its params are applied, with a notice for each change. */
export function settleTranche(ctx: SettleContext, k: number): void {
	const { merged, given, named, notes, options } = ctx;
	const t = `t${k}.`;
	const mode = merged.get(t + 'm') as ScheduleMode;
	const field = MODE_FIELD[mode];
	let problem: { key: string; value: string; reason: 'invalid' | 'rejected-formula'; why: string } | null = null;
	if (field && !merged.has(t + field)) {
		problem = { key: t + 'm', value: mode, reason: 'invalid', why: `needs ${named(t + field)} for the ${mode} mode` };
	} else if (mode === 'formula' && options.checkFormula) {
		const expr = merged.get(t + 'f') as string;
		let why: string | null;
		try {
			why = options.checkFormula(expr);
		} catch {
			why = 'it could not be checked';
		}
		if (why) problem = { key: t + 'f', value: expr, reason: 'rejected-formula', why: `was refused: ${why}` };
	}
	if (problem) {
		const used = fallbackSchedule(ctx, k);
		const msg = `${named(problem.key)} (tranches[${k}].schedule) ${problem.why}; ${used} was used instead.`;
		notes.add(named(problem.key), problem.value, problem.reason, msg, merged.get(t + 'm') as string);
	} else {
		for (const key of SCHEDULE_FIELD_KEYS) {
			if (key === field || !given.has(t + key)) continue;
			const msg = `${named(t + key)} was ignored: tranche ${k} has a ${mode} schedule, which does not read it.`;
			notes.add(named(t + key), merged.get(t + key) as string, 'invalid', msg);
		}
	}
	if (merged.get(t + 'm') === 'custom' && given.has(t + 'a')) {
		const msg = `${named(t + 'a')} was ignored: a custom schedule's amount is the sum of ${named(t + 'am')}.`;
		notes.add(named(t + 'a'), merged.get(t + 'a') as string, 'invalid', msg);
	}
	const instrument = merged.get(t + 'i');
	if (instrument === 'loan' || instrument === 'guarantee') {
		const tenor = new Decimal(merged.get(t + 'tn') as string);
		const grace = new Decimal(merged.get(t + 'g') as string);
		if (grace.gt(tenor.minus(1))) {
			const fixed = tenor.minus(1).toString();
			const key = given.has(t + 'g') ? t + 'g' : t + 'tn';
			const msg = `${named(key)}: the grace (tranches[${k}].grace) must be at most the tenor minus 1 (${fixed}); ${fixed} was used for the grace instead.`;
			notes.add(named(key), merged.get(key) as string, 'out-of-range', msg, fixed);
			merged.set(t + 'g', fixed);
		}
	}
}
