/**
 * simulateOutcome (what a Monte Carlo draw keeps) leaves out what only tables and charts
 * show; what it keeps must be simulate's numbers to the last digit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFormula, evaluateFormula } from '../../../src/lib/formula/index';
import { simulate, simulateOutcome, type Scenario } from '../../../src/lib/model/index';
import { validScenarioJson, validV2ScenarioJson } from './arbitraries';
import { validate } from './run';

/** simulate's numbers that simulateOutcome gives, as decimal strings. */
function kept(s: Scenario) {
	const p = simulate(s, { evaluateFormula });
	return {
		npvDeal: p.summary.npvDeal.toString(),
		netExposureToGdp: p.years.map((y) => y.netExposureToGdp.toString()),
		npvDealCumulative: p.years.map((y) => y.npvDealCumulative.toString())
	};
}

function outcome(s: Scenario) {
	const o = simulateOutcome(s, { evaluateFormula });
	return {
		npvDeal: o.npvDeal.toString(),
		netExposureToGdp: o.netExposureToGdp.map(String),
		npvDealCumulative: o.npvDealCumulative.map(String)
	};
}

describe('simulateOutcome', () => {
	it('gives simulate’s deal NPV and yearly net exposure and running NPV, digit for digit (v1 scenarios)', () => {
		fc.assert(
			fc.property(validScenarioJson, (json) => {
				const s = validate(json);
				expect(outcome(s)).toEqual(kept(s));
			}),
			{ numRuns: 150 }
		);
	}, 120_000);

	it('does so on v2 scenarios too (paths, competitors, deal risk, continuation, formulas)', () => {
		fc.assert(
			fc.property(validV2ScenarioJson, (json) => {
				const s = validate(json);
				expect(outcome(s)).toEqual(kept(s));
			}),
			{ numRuns: 150 }
		);
	}, 120_000);

	it('throws a failing formula as simulate does', () => {
		const s = validate({
			version: 2,
			startYear: 2026,
			horizon: 3,
			discountRate: '0.05',
			economy: {
				gdp0: '2500000',
				realGrowth: '0.02',
				inflation: '0.02',
				fx0: '1400',
				fxDrift: '0',
				reserves0: '400',
				reservesGrowth: '0'
			},
			tranches: [
				{
					name: 'x',
					instrument: 'equity',
					amount: '10',
					schedule: { mode: 'formula', expr: '1 / (t - 2)' },
					returnRate: '0.05',
					lossRate: '0'
				}
			],
			trade: { elasticity: '-1', exporterAbsorption: '0', valueAddedShare: '1', sectors: [] }
		});
		expect(checkFormula('1 / (t - 2)')).toBeNull();
		expect(() => simulate(s, { evaluateFormula })).toThrow();
		expect(() => simulateOutcome(s, { evaluateFormula })).toThrow(
			(() => {
				try {
					simulate(s, { evaluateFormula });
				} catch (e) {
					return (e as Error).message;
				}
				return '';
			})()
		);
	});
});
