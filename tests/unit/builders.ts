/**
 * The plain scenarios hand-worked tests start from: every number easy to follow by hand,
 * so a test states only what it changes.
 */
import type { ScenarioJson, TrancheJson } from '../../src/lib/model/index';

/** GDP 1000 KRW trn at 1000 KRW/USD (so 1000 USD bn) and reserves of 100, flat every year. */
export function flatEconomy(over: Partial<ScenarioJson['economy']> = {}): ScenarioJson['economy'] {
	return {
		gdp0: '1000',
		realGrowth: '0',
		inflation: '0',
		fx0: '1000',
		fxDrift: '0',
		reserves0: '100',
		reservesGrowth: '0',
		...over
	};
}

/** A flat economy over 5 years from 2026, no discounting, no tranches, no trade (version 1). */
export function flatScenario(over: Partial<ScenarioJson> = {}): ScenarioJson {
	return {
		version: 1,
		startYear: 2026,
		horizon: 5,
		discountRate: '0',
		economy: flatEconomy(),
		tranches: [],
		trade: { elasticity: '-1', exporterAbsorption: '0', valueAddedShare: '1', sectors: [] },
		...over
	};
}

/** A tranche of 100 paid upfront, with no return and no loss unless told. */
export function tranche(over: Partial<TrancheJson> = {}): TrancheJson {
	return {
		name: 'Fund',
		instrument: 'equity',
		amount: '100',
		schedule: { mode: 'upfront' },
		returnRate: '0',
		lossRate: '0',
		...over
	};
}
