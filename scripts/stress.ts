/** A worst-case scenario for benchmarks: 50 years, 8 tranches of every kind, 12 sectors. */
import type { ScenarioJson, TrancheJson } from '../src/lib/model/index';

export function stressScenarioJson(): ScenarioJson {
	const modes: TrancheJson['schedule'][] = [
		{ mode: 'cap', cap: '10' },
		{ mode: 'even', years: 25 },
		{ mode: 'upfront', delay: 3 },
		{ mode: 'custom', amounts: Array.from({ length: 40 }, (_, k) => String(1 + (k % 7))) }
	];
	const instruments = ['equity', 'loan', 'guarantee', 'equity'] as const;
	const tranches: TrancheJson[] = Array.from({ length: 8 }, (_, k) => ({
		name: `Tranche ${k + 1}`,
		instrument: instruments[k % 4],
		amount: String(100 + 25 * k),
		schedule: modes[k % 4],
		returnRate: '0.0' + (3 + (k % 5)),
		lossRate: '0.01' + k,
		koreaLossShare: '0.7',
		koreaShareBeforeRecoup: '0.5',
		koreaShareAfterRecoup: '0.1',
		recoupInterest: '0.025',
		tenor: 12 + k,
		grace: 2,
		terminalRecovery: '0.4'
	}));
	return {
		version: 1,
		name: 'Stress: 50 years, 8 tranches, 12 sectors',
		startYear: 2026,
		horizon: 50,
		discountRate: '0.04',
		economy: {
			gdp0: '2663.3',
			realGrowth: '0.018',
			inflation: '0.02',
			fx0: '1422.16',
			fxDrift: '0.005',
			reserves0: '430.66',
			reservesGrowth: '0.01'
		},
		tranches,
		trade: {
			elasticity: '-1.75',
			exporterAbsorption: '0.18',
			valueAddedShare: '0.6',
			sectors: Array.from({ length: 12 }, (_, k) => ({
				name: `Sector ${k + 1}`,
				exports0: String(5 + k),
				growth: '0.02',
				tariffBaseline: k % 3 === 0 ? '0.02' : '0',
				tariffNoDeal: '0.25',
				tariffDeal: '0.15'
			}))
		}
	};
}

/**
 * The version-2 worst case of issue 11: the stress scenario with 100 years of
 * continuation on every tranche, a phased-in elasticity, and 12 sectors with
 * competitors and 4-step tariff paths in both worlds. `dealRisk` adds a yearly hazard,
 * which gives every payment its own weight (so no two vintages share a path).
 */
export function stressV2ScenarioJson(dealRisk = false): ScenarioJson {
	const base = stressScenarioJson();
	const path = (rates: string[]) => rates.map((rate, j) => ({ from: 2026 + 3 * j, rate }));
	return {
		...base,
		version: 2,
		name: 'Stress v2: 50 years, 8 tranches (+100 years), 12 sectors with competitors',
		economy: { ...base.economy, taxRatio: '0.253' },
		...(dealRisk ? { dealRisk: { hazard: '0.03', endYear: null, paymentsContinue: '0.5' } } : {}),
		tranches: base.tranches.map((t) => ({ ...t, continuationYears: 100 })),
		trade: {
			...base.trade,
			shortRunElasticity: '-0.76',
			adjustmentYears: 8,
			substitutionElasticity: '4',
			sectors: base.trade.sectors.map((s, k) => ({
				...s,
				tariffNoDeal: path(['0.15', '0.1', '0.25', '0.25']),
				tariffDeal: path(['0.15', '0.1', '0.15', '0.1']),
				legalBasis: k % 2 === 0 ? ('s232' as const) : ('s122' as const),
				shareOfUsImports: String(0.02 + 0.01 * (k % 5)),
				competitorTariffBaseline: '0.025',
				competitorTariffNoDeal: path(['0.15', '0.15', '0.15', '0.2']),
				competitorTariffDeal: path(['0.15', '0.15', '0.1', '0.1'])
			}))
		}
	};
}
