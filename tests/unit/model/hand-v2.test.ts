/**
 * The version-2 engine on small scenarios worked by hand (MODEL.md v2 and
 * examples/README.md "A v2 number by hand"), as decimal strings: deal risk, tariff paths,
 * the phased-in elasticity, competitors, continuation, the fiscal view and the per-tranche
 * results.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flatEconomy, flatScenario, tranche } from '../builders';
import { run } from './run';
import { checkFormula, evaluateFormula } from '../../../src/lib/formula/index';
import {
	Decimal,
	formatProblems,
	simulate,
	validateScenario,
	type Dec,
	type Projection,
	type ScenarioJson,
	type SectorJson,
	type YearResult
} from '../../../src/lib/model/index';
import { simulateLiteral } from './literal/project';

/** A plain economy (GDP 1000 KRW trn at 1000 KRW/USD), no tranches, no trade, 4 years (version 2). */
const scenario = (over: Partial<ScenarioJson> = {}): ScenarioJson => flatScenario({ version: 2, horizon: 4, ...over });

/** Exports of 10 at a 0% baseline, with the given tariffs (the toy's trade: e = -1, a = 0, v = 1). */
function goods(over: Partial<SectorJson> = {}): SectorJson {
	return {
		name: 'All goods',
		exports0: '10',
		growth: '0',
		tariffBaseline: '0',
		tariffNoDeal: '0.25',
		tariffDeal: '0',
		...over
	};
}

type DecValue = Dec | string | number;

/** Equal to 30 significant digits (the engine works to 40). */
function near(x: Dec | null, y: DecValue, digits = 30): boolean {
	if (x === null) return false;
	const expected = new Decimal(y);
	const size = Decimal.max(x.abs(), expected.abs(), 1);
	return x
		.minus(expected)
		.abs()
		.lte(size.times(`1e-${digits}`));
}

/** Expects a yearly field to match decimal strings, value by value. */
function expectColumn(p: Projection, field: keyof YearResult, expected: DecValue[]): void {
	const got = p.years.map((y) => y[field] as Dec);
	expect(got.length, field).toBe(expected.length);
	const ok = got.every((x, k) => near(x, expected[k]));
	expect(ok, `${field}: got ${got.join(', ')}; expected ${expected.join(', ')}`).toBe(true);
}

/** Expects a value to start with the digits of a decimal string written with a trailing "...". */
function expectDigits(x: Dec | null, written: string): void {
	const digits = written.replace(/\.\.\.$/, '');
	const decimals = digits.split('.')[1]?.length ?? 0;
	const bound = new Decimal(10).pow(-decimals);
	expect(x !== null && x.minus(digits).abs().lt(bound), `${String(x)} vs ${written}`).toBe(true);
}

describe('README: one vintage, deal risk, two continuation years', () => {
	const json: ScenarioJson = {
		version: 2,
		name: 'One vintage, deal risk, two continuation years',
		startYear: 2026,
		horizon: 3,
		discountRate: '0.1',
		economy: flatEconomy(),
		dealRisk: { hazard: '0.2', endYear: 2027, paymentsContinue: '0.5' },
		tranches: [
			{
				name: 'Fund',
				instrument: 'equity',
				amount: '100',
				schedule: { mode: 'upfront', delay: 1 },
				returnRate: '0.2',
				lossRate: '0.1',
				koreaLossShare: '0.5',
				koreaShareBeforeRecoup: '0.5',
				koreaShareAfterRecoup: '0.1',
				terminalRecovery: '1',
				continuationYears: 2
			}
		],
		trade: { elasticity: '-1', exporterAbsorption: '0', valueAddedShare: '1', sectors: [goods()] }
	};
	const p = run(json);
	const s = p.summary;

	it('S = 1, 0.8, 0 (2028 is after endYear): the tariff benefit is 2, 1.6 and 0', () => {
		expectColumn(p, 'tariffBenefit', ['2', '1.6', '0']);
		// The costs stay conditional on their world, unweighted.
		expectColumn(p, 'tariffCostNoDeal', ['2', '2', '2']);
		expectColumn(p, 'tariffCostDeal', ['0', '0', '0']);
		expect(near(s.npvTariffBenefit, new Decimal(2).div('1.1').plus(new Decimal('1.6').div('1.21')))).toBe(true);
		expectDigits(s.npvTariffBenefit, '3.1404958677685950413...');
	});

	it('w_2 = 0.8 + 0.2 x 0.5 = 0.9: 90 is disbursed in 2027 and 10 left undisbursed', () => {
		expectColumn(p, 'disbursed', ['0', '90', '0']);
		expect(s.disbursedTotal.eq(90) && s.undisbursed.eq(10) && s.pledged.eq(100)).toBe(true);
	});

	const table = [
		// year, L, comp, G, Korea's part of G, Korea inflow, US inflow, bal, owed at year end
		[2027, '9', '4.5', '18', '9', '13.5', '9', '81', '76.5'],
		[2028, '8.1', '4.05', '16.2', '8.1', '12.15', '8.1', '72.9', '64.35']
	] as const;
	it.each(table)(
		'in %i: loss %s, compensation %s, distribution %s of which Korea gets %s',
		(year, L, comp, G, korea, inflow, us, bal, owed) => {
			const y = p.years.find((r) => r.year === year) as YearResult;
			expect(near(y.losses, L) && near(y.compensation, comp)).toBe(true);
			expect(near(y.koreaInflow.minus(y.compensation), korea) && near(y.koreaDistributions, korea)).toBe(true);
			expect(near(y.koreaDistributions.plus(y.usInflow), G)).toBe(true);
			expect(near(y.koreaInflow, inflow), `koreaInflow ${y.koreaInflow}`).toBe(true);
			expect(near(y.usInflow, us) && near(y.capitalAtRisk, bal) && near(y.owed, owed)).toBe(true);
		}
	);

	it('no terminal payment in 2028 (H): the yearly rows stop at 2028', () => {
		expect(p.years.map((y) => y.year)).toEqual([2026, 2027, 2028]);
		expect(near(p.years[2].koreaInflow, '12.15') && near(p.years[2].capitalAtRisk, '72.9')).toBe(true);
	});

	it('the two continuation years (2029, 2030), as the literal engine follows them', () => {
		// Korea 10.935 and 9.8415 + 29.5245 = 39.366; the US 7.29 and 6.561 + 29.5245 = 36.0855.
		const own = simulateLiteral(p.scenario).followed[0].own;
		expect(own.koreaInflow.map(String)).toEqual(['0', '13.5', '12.15', '10.935', '39.366']);
		expect(own.usInflow.map(String)).toEqual(['0', '9', '8.1', '7.29', '36.0855']);
		expect(own.owed[1][4]?.toString()).toBe('14.049'); // 43.5735 - 29.5245: never recouped
	});

	it('terminalValueKorea = 10.935 / 1.1 + 39.366 / 1.1^2 = 102789 / 2420, to 40 digits', () => {
		expect(s.terminalValueKorea.toString()).toBe(new Decimal(102789).div(2420).toString());
		expect(s.terminalValueKorea.toString()).toBe('42.47479338842975206611570247933884297521');
	});

	it('npvTerminal, npvInvestment, npvDeal and npvFiscal', () => {
		expect(near(s.npvTerminal, new Decimal(102789).div(2420).div('1.331'))).toBe(true);
		expectDigits(s.npvTerminal, '31.911940937963750613...');
		const byHand = new Decimal(-90)
			.div('1.1')
			.plus(new Decimal('13.5').div('1.21'))
			.plus(new Decimal('12.15').div('1.331'))
			.plus(s.npvTerminal);
		expect(near(s.npvInvestment, byHand)).toBe(true);
		expectDigits(s.npvInvestment, '-29.620741255875468019...');
		expectDigits(s.npvDeal, '-26.480245388106872978...');
		expect(s.npvFiscal.eq(s.npvInvestment)).toBe(true); // no taxRatio
		expect(s.breakEvenYear).toBeNull();
		expect(s.paybackYear).toBeNull();
	});

	it('the tranche: npvKorea = npvInvestment, npvUs = 450/11, koreaIrr -0.0542814973715761..., recoupYear null', () => {
		expect(s.tranches).toHaveLength(1);
		const t = s.tranches[0];
		expect(t.name).toBe('Fund');
		expect(near(t.npvKorea, s.npvInvestment)).toBe(true);
		expect(near(t.npvUs, new Decimal(450).div(11))).toBe(true);
		expectDigits(t.koreaIrr, '-0.054281497371576141...');
		expect(t.recoupYear).toBeNull();
	});

	it('with a tax ratio the state counts only its share of the tariff benefit', () => {
		const taxed = run({ ...json, economy: { ...json.economy, taxRatio: '0.25' } }).summary;
		expect(near(taxed.npvFiscal, s.npvInvestment.plus(s.npvTariffBenefit.times('0.25')))).toBe(true);
		expect(taxed.npvDeal.eq(s.npvDeal)).toBe(true);
	});
});

describe('koreaIrr at the end of the bracket', () => {
	it('a loan at 100% interest has npvKorea exactly 0 at r = 1: the bisection runs and ends next to 1', () => {
		const p = run(scenario({ horizon: 6, tranches: [tranche({ instrument: 'loan', returnRate: '1', tenor: 3 })] }));
		const t = p.summary.tranches[0];
		// Every step keeps f(lo) > 0 = f(1): lo moves to each mid, and the last mid is 1 - 1.99 / 2^100.
		const last = new Decimal(1).minus(new Decimal('1.99').div(new Decimal(2).pow(100)));
		expect(near(t.koreaIrr, last, 35), String(t.koreaIrr)).toBe(true);
		expect(t.koreaIrr?.lt(1)).toBe(true);
	});

	it('a loan at 0% repaid in full has npvKorea exactly 0 at r = 0', () => {
		const p = run(scenario({ horizon: 6, tranches: [tranche({ instrument: 'loan', tenor: 4, grace: 1 })] }));
		expect(near(p.summary.tranches[0].koreaIrr, '0', 28)).toBe(true);
	});
});

describe('tariff paths', () => {
	it('years before the first step take the first step’s rate', () => {
		// No deal: 25% from 2028 (so also in 2026-27), 0 from 2029. Exports of 10 fall to 8 at 25%.
		const sector = goods({
			tariffNoDeal: [
				{ from: 2028, rate: '0.25' },
				{ from: 2029, rate: '0' }
			]
		});
		const p = run(
			scenario({ trade: { elasticity: '-1', exporterAbsorption: '0', valueAddedShare: '1', sectors: [sector] } })
		);
		expectColumn(p, 'exportsNoDeal', ['8', '8', '8', '10']);
		expectColumn(p, 'tariffBenefit', ['2', '2', '2', '0']);
	});

	it('a step before the start counts until the next one; a step after the horizon never does', () => {
		const sector = goods({
			tariffNoDeal: [
				{ from: 2020, rate: '0.25' },
				{ from: 2028, rate: '0' }
			],
			tariffDeal: [
				{ from: 2026, rate: '0' },
				{ from: 2045, rate: '0.25' }
			]
		});
		const p = run(
			scenario({ trade: { elasticity: '-1', exporterAbsorption: '0', valueAddedShare: '1', sectors: [sector] } })
		);
		expectColumn(p, 'tariffCostNoDeal', ['2', '2', '0', '0']);
		expectColumn(p, 'tariffCostDeal', ['0', '0', '0', '0']);
		expectColumn(p, 'tariffPaidDeal', ['0', '0', '0', '0']);
	});

	it('the tariff paid under the deal is the rate of the year times the exports of the year', () => {
		const sector = goods({
			tariffDeal: [
				{ from: 2026, rate: '0' },
				{ from: 2028, rate: '0.25' }
			]
		});
		const p = run(
			scenario({ trade: { elasticity: '-1', exporterAbsorption: '0', valueAddedShare: '1', sectors: [sector] } })
		);
		expectColumn(p, 'exportsDeal', ['10', '10', '8', '8']);
		expectColumn(p, 'tariffPaidDeal', ['0', '0', '2', '2']);
		expectColumn(p, 'tariffBenefit', ['2', '2', '0', '0']);
	});
});

describe('the phased-in elasticity', () => {
	it('moves from shortRunElasticity in year 1 to elasticity in year N, in equal steps', () => {
		// e = -1, -1.5, -2, -2 at a 25% tariff: X = 10 / 1.25^-e.
		const trade = {
			elasticity: '-2',
			shortRunElasticity: '-1',
			adjustmentYears: 3,
			exporterAbsorption: '0',
			valueAddedShare: '1',
			sectors: [goods()]
		};
		const p = run(scenario({ trade }));
		const middle = new Decimal(10).times(new Decimal('1.25').pow('-1.5'));
		expectColumn(p, 'exportsNoDeal', ['8', middle, '6.4', '6.4']);
		expectColumn(p, 'tariffCostNoDeal', ['2', new Decimal(10).minus(middle), '3.6', '3.6']);
	});

	it('has no effect while adjustmentYears is 1', () => {
		const trade = {
			elasticity: '-2',
			shortRunElasticity: '-1',
			exporterAbsorption: '0',
			valueAddedShare: '1',
			sectors: [goods()]
		};
		expectColumn(run(scenario({ trade })), 'exportsNoDeal', ['6.4', '6.4', '6.4', '6.4']);
	});
});

describe('competitors (two-level demand)', () => {
	it('Korea at 25% against competitors at 0%, half the imports, sigma 2: exports of 10 fall to 64/9', () => {
		// pK = 1.25, pC = 1: PM = (0.5/1.25 + 0.5)^-1 = 1/0.9; X = 10 (1.25 x 0.9)^-2 x 0.9 = 64/9.
		const sector = goods({ shareOfUsImports: '0.5', competitorTariffNoDeal: '0' });
		const trade = {
			elasticity: '-1',
			exporterAbsorption: '0',
			valueAddedShare: '1',
			substitutionElasticity: '2',
			sectors: [sector]
		};
		const p = run(scenario({ horizon: 2, trade }));
		expectColumn(p, 'exportsNoDeal', [new Decimal(64).div(9), new Decimal(64).div(9)]);
		expectColumn(p, 'tariffCostNoDeal', [new Decimal(26).div(9), new Decimal(26).div(9)]);
		// Under the deal both are at 0% (the competitors' deal tariff defaults to Korea's own).
		expectColumn(p, 'exportsDeal', ['10', '10']);
		expectColumn(p, 'tariffBenefit', [new Decimal(26).div(9), new Decimal(26).div(9)]);
	});

	it('competitors facing the same tariff as Korea give the one-level volumes', () => {
		const sector = goods({ shareOfUsImports: '0.3' });
		const trade = {
			elasticity: '-1',
			exporterAbsorption: '0',
			valueAddedShare: '1',
			substitutionElasticity: '5',
			sectors: [sector]
		};
		expectColumn(run(scenario({ horizon: 2, trade })), 'exportsNoDeal', ['8', '8']);
	});

	it('a tariff on competitors alone raises Korea’s exports', () => {
		// Korea at its baseline; competitors at 25% without the deal: pK = 1, pC = 1.25.
		const sector = goods({ tariffNoDeal: '0', shareOfUsImports: '0.5', competitorTariffNoDeal: '0.25' });
		const trade = {
			elasticity: '-1',
			exporterAbsorption: '0',
			valueAddedShare: '1',
			substitutionElasticity: '2',
			sectors: [sector]
		};
		const p = run(scenario({ horizon: 1, trade }));
		// PM = (0.5 + 0.5/1.25)^-1 = 1/0.9; X = 10 x 0.9^-2 x 0.9 = 100/9.
		expectColumn(p, 'exportsNoDeal', [new Decimal(100).div(9)]);
		expectColumn(p, 'tariffCostNoDeal', [new Decimal(-10).div(9)]);
	});
});

describe('deal risk', () => {
	it('an endYear before startYear: every S is 0, payments are weighted by paymentsContinue, no benefit', () => {
		const p = run(
			scenario({
				dealRisk: { hazard: '0.1', endYear: 2020, paymentsContinue: '0.4' },
				tranches: [tranche({ schedule: { mode: 'even', years: 2 } })],
				trade: { elasticity: '-1', exporterAbsorption: '0', valueAddedShare: '1', sectors: [goods()] }
			})
		);
		expectColumn(p, 'disbursed', ['20', '20', '0', '0']);
		expect(near(p.summary.undisbursed, '60')).toBe(true);
		expectColumn(p, 'tariffBenefit', ['0', '0', '0', '0']);
		expectColumn(p, 'tariffCostNoDeal', ['2', '2', '2', '2']);
		expect(p.summary.npvTariffBenefit.isZero()).toBe(true);
	});

	it('with nothing paid once the terms end, the tranche has no payment: koreaIrr and recoupYear null', () => {
		const p = run(
			scenario({ dealRisk: { endYear: 2000, paymentsContinue: '0' }, tranches: [tranche({ returnRate: '0.1' })] })
		);
		expectColumn(p, 'disbursed', ['0', '0', '0', '0']);
		const t = p.summary.tranches[0];
		expect(t.npvKorea.isZero() && t.npvUs.isZero()).toBe(true);
		expect(t.koreaIrr).toBeNull();
		expect(t.recoupYear).toBeNull();
	});

	it('a hazard of 1: the terms hold in year 1 only (0^0 = 1)', () => {
		const p = run(
			scenario({
				dealRisk: { hazard: '1' },
				tranches: [tranche({ schedule: { mode: 'even', years: 4 } })],
				trade: { elasticity: '-1', exporterAbsorption: '0', valueAddedShare: '1', sectors: [goods()] }
			})
		);
		expectColumn(p, 'tariffBenefit', ['2', '0', '0', '0']);
		expectColumn(p, 'disbursed', ['25', '25', '25', '25']); // paymentsContinue 1 by default
	});

	it('S_i = (1 - hazard)^(i-1) weights the benefit and each payment w_v = S_v + (1 - S_v) x paymentsContinue', () => {
		const p = run(
			scenario({
				dealRisk: { hazard: '0.5', paymentsContinue: '0.5' },
				tranches: [tranche({ instrument: 'guarantee', schedule: { mode: 'even', years: 4 }, tenor: 10 })],
				trade: { elasticity: '-1', exporterAbsorption: '0', valueAddedShare: '1', sectors: [goods()] }
			})
		);
		expectColumn(p, 'tariffBenefit', ['2', '1', '0.5', '0.25']);
		// w = 1, 0.75, 0.625, 0.5625 of 25 each: guarantees are weighted too.
		expectColumn(p, 'guaranteed', ['25', '18.75', '15.625', '14.0625']);
		expect(near(p.summary.undisbursed, '26.5625')).toBe(true);
	});
});

describe('continuation', () => {
	const loan = (continuationYears: number) =>
		run(
			scenario({
				horizon: 3,
				discountRate: '0.1',
				tranches: [
					tranche({ instrument: 'loan', returnRate: '0.1', tenor: 5, terminalRecovery: '0.5', continuationYears })
				]
			})
		);

	it('a loan maturing inside the continuation: its last two years count, no terminal payment', () => {
		// 100 at 10% over 5 years, straight line: 30, 28, 26 within the horizon, 24 and 22 after.
		const p = loan(4);
		expectColumn(p, 'koreaInflow', ['30', '28', '26']);
		expectColumn(p, 'capitalAtRisk', ['80', '60', '40']);
		// 24 / 1.1 + 22 / 1.21 = 40 exactly
		expect(near(p.summary.terminalValueKorea, '40')).toBe(true);
		expect(near(p.summary.npvTerminal, new Decimal(40).div('1.331'))).toBe(true);
		// A loan at the discount rate is worth nothing, and returns exactly the discount rate.
		expect(near(p.summary.npvInvestment, '0')).toBe(true);
		const t = p.summary.tranches[0];
		expect(near(t.npvKorea, '0') && t.npvUs.isZero()).toBe(true);
		expect(near(t.koreaIrr, '0.1', 28)).toBe(true);
		expect(t.recoupYear).toBeNull();
	});

	it('following the loan past its maturity changes nothing; ending the follow-up before it pays the terminal share', () => {
		expect(near(loan(2).summary.terminalValueKorea, '40')).toBe(true); // matures in H + 2: 0.5 x 0 = 0 more
		expect(near(loan(10).summary.terminalValueKorea, '40')).toBe(true);
		// One year: 24 plus half of the 20 left, at the end of 2029.
		expect(near(loan(1).summary.terminalValueKorea, new Decimal(34).div('1.1'))).toBe(true);
		// None: the terminal share of the 40 left is paid in year H.
		const none = loan(0);
		expectColumn(none, 'koreaInflow', ['30', '28', '46']);
		expect(none.summary.terminalValueKorea.isZero() && none.summary.npvTerminal.isZero()).toBe(true);
	});

	it("a guarantee's calls after the horizon count against its value", () => {
		// 100, tenor 4, fee 1%, 10% called a year; years 3 and 4 after H = 2: fees 0.3645 and
		// 0.164025, calls 4.05 and 1.8225.
		const p = run(
			scenario({
				horizon: 2,
				tranches: [
					tranche({ instrument: 'guarantee', returnRate: '0.01', lossRate: '0.1', tenor: 4, continuationYears: 5 })
				]
			})
		);
		expectColumn(p, 'calls', ['10', '6.75']);
		expectColumn(p, 'contingent', ['67.5', '40.5']);
		expect(near(p.summary.terminalValueKorea, '-5.343975')).toBe(true);
		expect(p.summary.tranches[0].koreaIrr).toBeNull();
	});

	it('equity recouped inside the continuation: recoupYear counts it, the yearly recoupYear does not', () => {
		// Korea takes all of each distribution of 50 until recouped: recouped at the end of 2027.
		const p = run(
			scenario({
				horizon: 1,
				tranches: [
					tranche({
						returnRate: '0.5',
						koreaShareBeforeRecoup: '1',
						koreaShareAfterRecoup: '0.1',
						continuationYears: 3
					})
				]
			})
		);
		expect(p.summary.tranches[0].recoupYear).toBe(2027);
		expect(p.summary.recoupYear).toBeNull();
		// 50 in 2027, then 5 a year: 50 + 5 + 5 at d = 0.
		expect(near(p.summary.terminalValueKorea, '60')).toBe(true);
	});

	it('equity terminal recovery is paid at the end of H + continuationYears, not in year H', () => {
		const p = run(
			scenario({ horizon: 2, tranches: [tranche({ lossRate: '0.1', terminalRecovery: '1', continuationYears: 1 })] })
		);
		expectColumn(p, 'koreaInflow', ['0', '0']);
		expect(near(p.summary.terminalValueKorea, '72.9')).toBe(true);
		expect(near(p.summary.npvInvestment, '-27.1')).toBe(true);
	});
});

describe('README: v2-features, feature by feature (to the digits the README gives)', () => {
	const json = JSON.parse(
		readFileSync(new URL('../../fixtures/v2-features.json', import.meta.url), 'utf8')
	) as ScenarioJson;
	const v = validateScenario(json, { checkFormula });
	if (!v.ok) throw new Error(formatProblems(v.problems));
	const p = simulate(v.scenario, { evaluateFormula });
	const s = p.summary;
	const at = (year: number) => p.years.find((y) => y.year === year) as YearResult;
	const round2 = (x: Dec | null) => (x === null ? null : x.toDecimalPlaces(2).toFixed(2));

	it('w_2 = 0.97: 53.35 disbursed and 29.1 guaranteed in 2028; 2.5 of the last call of 10 in 2033', () => {
		expect(near(at(2028).disbursed, '53.35') && near(at(2028).guaranteed, '29.1')).toBe(true);
		expect(near(at(2033).disbursed, '2.5')).toBe(true);
		expect(round2(s.undisbursed)).toBe('28.91');
	});

	it('no tariff benefit from 2033 on, while the costs stay unweighted', () => {
		for (const year of [2033, 2034, 2038]) {
			expect(at(year).tariffBenefit.isZero()).toBe(true);
			expect(at(year).tariffCostNoDeal.gt(at(year).tariffCostDeal)).toBe(true);
		}
	});

	it('the continuation, the fiscal view and the verdict', () => {
		expect([s.terminalValueKorea, s.npvTerminal, s.npvInvestment, s.npvDeal].map(round2)).toEqual([
			'71.50',
			'47.32',
			'-20.88',
			'10.90'
		]);
		expect(s.breakEvenYear).toBeNull();
		expect(round2(s.npvFiscal)).toBe('-12.94');
		expect(near(s.npvFiscal, s.npvInvestment.plus(s.npvTariffBenefit.times('0.25')))).toBe(true);
	});

	it('per tranche: koreaIrr 0.98%, 1.33%, 4.11% and null; the energy equity recouped in 2042', () => {
		expect(s.tranches.map((t) => round2(t.koreaIrr === null ? null : t.koreaIrr.times(100)))).toEqual([
			'0.98',
			'1.33',
			'4.11',
			null
		]);
		expect(s.tranches.map((t) => t.recoupYear)).toEqual([null, 2042, null, null]);
		expect(s.tranches[2].npvUs.isZero() && s.tranches[3].npvUs.isZero()).toBe(true);
		const sum = s.tranches.reduce((x, t) => x.plus(t.npvKorea), new Decimal(0));
		expect(near(sum, s.npvInvestment)).toBe(true);
	});
});
