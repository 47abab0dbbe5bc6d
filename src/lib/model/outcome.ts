/**
 * What a Monte Carlo draw keeps of a projection, computed without the rest: the same
 * yearly paths as simulate (lean: what only tables and charts show is left out), so
 * every number is bit for bit simulate's.
 */
import { ZERO, type Dec } from './decimal';
import { over } from './inverses';
import { presentValueTotals, terminalValue, yearlyPaths, type SimulateOptions } from './paths';
import type { Scenario } from './scenario';

/** summary.npvDeal, and each year's netExposureToGdp and npvDealCumulative, of simulate. */
export interface Outcome {
	npvDeal: Dec;
	netExposureToGdp: Dec[];
	npvDealCumulative: Dec[];
}

/** The outcome of a validated scenario. Throws FormulaError if a formula fails, as simulate does. */
export function simulateOutcome(scenario: Scenario, options: SimulateOptions = {}): Outcome {
	const { H, flows, followed, factors, per, inflowLessCalls, pv } = yearlyPaths(scenario, options, true);
	const netExposureToGdp: Dec[] = [];
	const npvDealCumulative: Dec[] = [];
	let exposure = ZERO;
	let running = ZERO;
	for (let k = 0; k < H; k++) {
		exposure = exposure.minus(inflowLessCalls[k].minus(flows.disbursed[k]));
		running = running.plus(pv.investment[k]).plus(pv.tariff[k]);
		netExposureToGdp.push(over(exposure, per.gdpUsd[k]));
		npvDealCumulative.push(running);
	}
	const { npvTerminal } = terminalValue(followed, H, factors);
	return { npvDeal: presentValueTotals(pv, npvTerminal).npvDeal, netExposureToGdp, npvDealCumulative };
}
