/**
 * Random valid scenarios (Scenario JSON v1) for comparing the engine with the literal
 * oracle: every instrument, every schedule mode but formula, delays, horizons 1..50,
 * runs of equal payments as well as repeated and distinct custom amounts, and the
 * edge values of every rate (0, 1, s1 != s2, koreaLossShare < 1, ...).
 */
import fc from 'fast-check';
import type { ScenarioJson, ScheduleJson, SectorJson, TrancheJson } from '../../../../src/lib/model/index';

/** A decimal string with up to `scale` decimals in [0, max], biased to the given edge values. */
export function decimalText(max: number, scale: number, edges: readonly string[] = ['0']): fc.Arbitrary<string> {
	const unit = 10 ** scale;
	const plain = fc.integer({ min: 0, max: max * unit }).map((n) => (n / unit).toFixed(scale));
	// Inputs may carry more digits than the precision of 40: the engine must not round them early.
	const long = fc
		.tuple(fc.integer({ min: 0, max: max - 1 }), fc.stringMatching(/^[0-9]{41,50}$/))
		.map(([i, frac]) => `${i}.${frac}`);
	return fc.oneof(
		{ weight: 2, arbitrary: fc.constantFrom(...edges) },
		{ weight: 6, arbitrary: plain },
		{ weight: 1, arbitrary: long }
	);
}

const rate = (edges: readonly string[] = ['0', '1']) => decimalText(1, 4, edges);
const money = decimalText(300, 2, ['0', '1', '10', '25', '100']);

/** Custom amounts: a few values repeated (runs and recurrences) or all distinct. */
const customAmounts = fc.oneof(
	fc
		.tuple(fc.array(money, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 50 }), fc.nat())
		.map(([pool, m, seed]) =>
			Array.from({ length: m }, (_, j) => pool[Math.floor((j * ((seed % 7) + 1)) / 5) % pool.length])
		),
	fc.array(money, { minLength: 1, maxLength: 50 })
);

const schedule: fc.Arbitrary<ScheduleJson> = fc
	.tuple(
		fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 49 })),
		fc.oneof(
			fc.constant({ mode: 'upfront' as const }),
			fc.integer({ min: 1, max: 50 }).map((years) => ({ mode: 'even' as const, years })),
			decimalText(200, 2, ['1', '10', '20', '33.33']).map((cap) => ({ mode: 'cap' as const, cap })),
			customAmounts.map((amounts) => ({ mode: 'custom' as const, amounts }))
		)
	)
	.map(([delay, s]) => ({ ...s, delay }))
	.map((s) => (s.mode === 'cap' && !/[1-9]/.test(s.cap) ? { ...s, cap: '1' } : s));

const tranche: fc.Arbitrary<TrancheJson> = fc
	.record({
		instrument: fc.constantFrom('equity', 'loan', 'guarantee'),
		amount: money,
		schedule,
		returnRate: rate(['0', '0.06', '1']),
		lossRate: rate(['0', '0.01', '1']),
		koreaLossShare: rate(['0', '0.7', '1']),
		koreaShareBeforeRecoup: rate(['0', '0.5', '1']),
		koreaShareAfterRecoup: rate(['0', '0.1', '1']),
		recoupInterest: rate(['0', '0.025', '1']),
		tenor: fc.integer({ min: 1, max: 50 }),
		graceShare: fc.double({ min: 0, max: 1, noNaN: true }),
		terminalRecovery: rate(['0', '0.4', '1'])
	})
	.map(({ graceShare, tenor, ...t }) => ({
		name: 'tranche',
		...t,
		tenor,
		grace: Math.min(tenor - 1, Math.floor(graceShare * tenor))
	}));

const tariff = decimalText(1, 3, ['0', '0.15', '0.25']);

const sector: fc.Arbitrary<SectorJson> = fc.record({
	name: fc.constant('sector'),
	exports0: decimalText(100, 2, ['0', '10']),
	growth: fc.oneof(
		fc.constantFrom('0', '0.02'),
		fc.integer({ min: -500, max: 500 }).map((n) => (n / 1000).toFixed(3))
	),
	tariffBaseline: fc.constantFrom('0', '0', '0.02'),
	tariffNoDeal: tariff,
	tariffDeal: tariff
});

/** A valid scenario with 0..8 tranches and 0..4 sectors. */
export const scenarioJson: fc.Arbitrary<ScenarioJson> = fc.record({
	version: fc.constant(1 as const),
	startYear: fc.constant(2026),
	horizon: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constantFrom(1, 2, 20, 50)),
	discountRate: fc.constantFrom('0', '0.04', '-0.02', '0.1'),
	economy: fc.record({
		gdp0: fc.constant('2663.3'),
		realGrowth: fc.constantFrom('0.018', '0', '-0.01'),
		inflation: fc.constantFrom('0.02', '0'),
		fx0: fc.constant('1422.16'),
		fxDrift: fc.constantFrom('0', '0.005', '-0.01'),
		reserves0: fc.constant('430.66'),
		reservesGrowth: fc.constantFrom('0', '0.01')
	}),
	tranches: fc.array(tranche, { minLength: 0, maxLength: 8 }),
	trade: fc.record({
		elasticity: fc.oneof(
			fc.constantFrom('-1.75', '-1', '0', '-3.3'),
			fc.integer({ min: -20_000_000, max: 0 }).map((n) => (n / 1_000_000).toFixed(6))
		),
		exporterAbsorption: fc.oneof(fc.constantFrom('0.18', '0', '1', '0.5'), decimalText(1, 6)),
		valueAddedShare: fc.constantFrom('0.6', '0', '1'),
		sectors: fc.array(sector, { minLength: 0, maxLength: 4 })
	})
});

/**
 * Scenarios whose exposure can end at exactly 0 (zero return, losses made good or
 * none, everything repaid or paid out at the horizon): paybackYear then rests on the
 * exact rounding of MODEL.md's order of operations.
 */
export const exactPaybackJson: fc.Arbitrary<ScenarioJson> = fc
	.tuple(
		scenarioJson,
		fc.array(
			fc.record({
				instrument: fc.constantFrom('equity', 'loan', 'loan', 'guarantee'),
				amount: decimalText(300, 2, ['70', '100']),
				schedule,
				lossRate: fc.constantFrom('0', '0', '0.013', '0.5'),
				tenor: fc.integer({ min: 1, max: 12 }),
				graceShare: fc.double({ min: 0, max: 1, noNaN: true })
			}),
			{ minLength: 1, maxLength: 4 }
		)
	)
	.map(([base, tranches]) => ({
		...base,
		tranches: tranches.map(({ graceShare, tenor, ...t }) => ({
			name: 'exact',
			...t,
			returnRate: '0',
			koreaLossShare: '0',
			koreaShareBeforeRecoup: '1',
			koreaShareAfterRecoup: '1',
			tenor,
			grace: Math.min(tenor - 1, Math.floor(graceShare * tenor)),
			terminalRecovery: '1'
		}))
	}));
