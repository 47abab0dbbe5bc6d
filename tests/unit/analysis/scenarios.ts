/**
 * Scenarios for the analysis tests whose answers follow from MODEL.md by hand, plus the
 * fixtures. Every closed form is derived beside the scenario that uses it.
 */
import { readFileSync } from 'node:fs';
import type { ScenarioJson, SectorJson, TrancheJson } from '../../../src/lib/model/index';
import { flatEconomy, flatScenario, tranche } from '../builders';

/** A fixture of tests/fixtures as Scenario JSON. */
export function fixture(name: 'gyeongju' | 'toy'): ScenarioJson {
	return JSON.parse(readFileSync(new URL(`../../fixtures/${name}.json`, import.meta.url), 'utf8')) as ScenarioJson;
}

/** One equity tranche of 100 paid up front, everything Korea's unless told otherwise. */
export function equity(fields: Partial<TrancheJson> = {}): TrancheJson {
	return tranche({
		koreaLossShare: '1',
		koreaShareBeforeRecoup: '1',
		koreaShareAfterRecoup: '1',
		recoupInterest: '0',
		terminalRecovery: '0',
		...fields
	});
}

/** A flat economy (GDP 1000 bn USD every year) with the given tranches and sectors. */
export function scenario(
	tranches: TrancheJson[],
	opts: { horizon?: number; discountRate?: string; sectors?: SectorJson[] } = {}
): ScenarioJson {
	return flatScenario({
		horizon: opts.horizon ?? 1,
		discountRate: opts.discountRate ?? '0.05',
		economy: flatEconomy({ reserves0: '500' }),
		tranches,
		trade: { elasticity: '-1', exporterAbsorption: '0', valueAddedShare: '1', sectors: opts.sectors ?? [] }
	});
}

/**
 * One year, A = 100 up front, return r, loss l, all of it paid back at the end
 * (terminalRecovery 1), Korea's share 1 until recouped and s2 after. Korea receives rA
 * (all of it, as rA <= A), is then owed (1 - r)A, and of the terminal (1 - l)A gets the
 * owed part plus s2 of the rest: inflow = A + s2 (r - l) A. So
 * npvDeal = -A + A (1 + s2 (r - l)) / (1 + d), zero at s2 = d / (r - l).
 */
export function recoupYear(r: string, l: string, d: string): ScenarioJson {
	const fund = equity({ returnRate: r, lossRate: l, terminalRecovery: '1', koreaShareAfterRecoup: '0.5' });
	return scenario([fund], { discountRate: d });
}
