/**
 * What the verdict hinges on: the inputs whose sourced ranges swing the deal's present
 * value the most (the tornado), and for each the value at which the verdict turns (the
 * goal seek for npvDeal = 0 over the lever's range). The page says "It turns negative if
 * the discount rate is above 4.2%, ...", computed off the page's thread (hinges.worker.ts).
 */
import { Decimal, type ScenarioJson, type Unit } from '../model/index';
import { project, type EngineOptions } from './engine';
import { goalSeek } from './goalSeek';
import { leverById } from './leverList';
import { tornado } from './tornado';
import { DEFAULT_TORNADO_SPECS, type TornadoSpec } from './tornadoRanges';

/** One input the verdict turns on. */
export interface Hinge {
	lever: string;
	labelKey: string;
	/** The lever's unit (fractions are shown as percent). */
	unit: Unit;
	/** The input's value now, and where the verdict turns (decimal strings, model units). */
	current: string;
	value: string;
	/** Whether the verdict turns when the input goes above or below `value`. */
	direction: 'above' | 'below';
	/** How far apart the present values at the ends of its sourced range are. */
	swing: string;
}

export interface Hinges {
	/** The sign of npvDeal now: the verdict that would turn. */
	sign: 1 | -1 | 0;
	hinges: Hinge[];
}

/**
 * The chance each year that the deal's tariff terms end: not in the tornado's sourced
 * specs (deal-facts-2026.md gives no probability), so it is swept from no risk to an
 * assumed one-in-five yearly chance that the terms end (the IEEPA tariffs were voided in
 * Feb 2026).
 */
export const HAZARD_SPEC: TornadoSpec = { lever: 'dealRisk.hazard', low: '0', high: '0.2' };

/**
 * Up to `count` hinges, largest swing first: inputs whose range can turn the verdict,
 * each with its switching value. Inputs whose range does not reach a turn are skipped.
 */
export function hinges(
	scenario: ScenarioJson,
	engine: EngineOptions = {},
	count = 3,
	specs: readonly TornadoSpec[] = [...DEFAULT_TORNADO_SPECS, HAZARD_SPEC]
): Hinges {
	const base = project(scenario, engine).summary.npvDeal;
	const sign = base.isZero() ? 0 : base.isPos() ? 1 : -1;
	if (sign === 0) return { sign, hinges: [] };
	const bars = tornado(scenario, { specs, engine }).bars;
	const out: Hinge[] = [];
	for (const bar of bars) {
		if (out.length >= count) break;
		const lever = leverById(bar.lever);
		const result = goalSeek(scenario, lever, { kind: 'npvZero' }, { engine, tolerance: '1e-7' });
		if (result.status !== 'solved' || result.everywhere) continue;
		const value = new Decimal(result.value);
		const current = new Decimal(bar.current);
		if (value.eq(current)) continue;
		out.push({
			lever: bar.lever,
			labelKey: bar.labelKey,
			unit: lever.unit,
			current: bar.current,
			value: result.value,
			direction: value.gt(current) ? 'above' : 'below',
			swing: bar.swing
		});
	}
	return { sign, hinges: out };
}
