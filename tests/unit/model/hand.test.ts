/**
 * The engine on small scenarios worked by hand (MODEL.md), as input/expected tables with
 * decimal strings, and behaviour that should read as plain sentences.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flatScenario, tranche } from '../builders';
import { run } from './run';
import {
	Decimal,
	type Dec,
	type Projection,
	type ScenarioJson,
	type ScheduleJson,
	type YearResult
} from '../../../src/lib/model/index';

/** A plain economy (GDP 1000 KRW trn at 1000 KRW/USD, so 1000 USD bn), no tranches, no trade. */
const scenario = flatScenario;

/** Exports of 10 at a 0% baseline tariff, 25% with no deal, 0% with the deal (the toy's trade). */
const TOY_TRADE: ScenarioJson['trade'] = {
	elasticity: '-1',
	exporterAbsorption: '0',
	valueAddedShare: '1',
	sectors: [
		{ name: 'All goods', exports0: '10', growth: '0', tariffBaseline: '0', tariffNoDeal: '0.25', tariffDeal: '0' }
	]
};

const toyJson = (): ScenarioJson =>
	JSON.parse(readFileSync(new URL('../../fixtures/toy.json', import.meta.url), 'utf8')) as ScenarioJson;

/** A decimal as a Decimal or written out. */
type DecValue = Dec | string | number;

/** Equal to 30 significant digits (the engine works to 40). */
function near(x: Dec, y: DecValue): boolean {
	const expected = new Decimal(y);
	const size = Decimal.max(x.abs(), expected.abs(), 1);
	return x.minus(expected).abs().lte(size.times('1e-30'));
}

/** One field over the years, as decimal strings. */
const column = (p: Projection, field: keyof YearResult): string[] => p.years.map((y) => String(y[field]));

/** Expects a yearly field to match decimal strings, value by value. */
function expectColumn(p: Projection, field: keyof YearResult, expected: DecValue[]): void {
	const got = p.years.map((y) => y[field] as Dec);
	expect(got.length, field).toBe(expected.length);
	const ok = got.every((x, k) => near(x, expected[k]));
	expect(ok, `${field}: got ${column(p, field).join(', ')}; expected ${expected.join(', ')}`).toBe(true);
}

describe('the toy example, worked by hand', () => {
	// examples/README.md: $100bn equity in 2026; return 40%, loss 10% a year, Korea bears
	// half of each loss, 50/50 until recouped, then 10% to Korea.
	const toy = run(toyJson());
	const table = [
		// year, L, comp, G, Korea's part of G, Korea inflow, US inflow, bal, net exposure
		[2026, '10', '5', '40', '20', '25', '20', '90', '75'],
		[2027, '9', '4.5', '36', '18', '22.5', '18', '81', '52.5'],
		[2028, '8.1', '4.05', '32.4', '16.2', '20.25', '16.2', '72.9', '32.25'],
		[2029, '7.29', '3.645', '29.16', '14.58', '18.225', '14.58', '65.61', '14.025'],
		[2030, '6.561', '3.2805', '26.244', '11.22', '14.5005', '15.024', '59.049', '-0.4755']
	] as const;

	it.each(table)(
		'in %i: loss %s, compensation %s, distribution %s of which Korea gets %s',
		(year, L, comp, G, koreaPart, koreaInflow, usInflow, bal, netExposure) => {
			const y = toy.years.find((r) => r.year === year) as YearResult;
			const compensation = y.losses.times('0.5'); // (1 - koreaLossShare) * L
			expect(near(y.losses, L), `losses ${y.losses}`).toBe(true);
			expect(near(compensation, comp)).toBe(true);
			expect(near(y.koreaInflow.minus(compensation), koreaPart), `Korea's part of G`).toBe(true);
			expect(near(y.koreaInflow.minus(compensation).plus(y.usInflow), G), 'G').toBe(true);
			expect(near(y.koreaInflow, koreaInflow), `koreaInflow ${y.koreaInflow}`).toBe(true);
			expect(near(y.usInflow, usInflow), `usInflow ${y.usInflow}`).toBe(true);
			expect(near(y.capitalAtRisk, bal), `capitalAtRisk ${y.capitalAtRisk}`).toBe(true);
			expect(near(y.netExposure, netExposure), `netExposure ${y.netExposure}`).toBe(true);
			expect(y.disbursed.eq(year === 2026 ? 100 : 0)).toBe(true);
			expect(near(y.netExposureToGdp, new Decimal(netExposure).div(1000))).toBe(true);
			expect(near(y.netExposureToReserves, new Decimal(netExposure).div(100))).toBe(true);
		}
	);

	it('exports of 10 at a 25% tariff fall to 8, so the deal is worth 2 a year', () => {
		expectColumn(toy, 'exportsNoDeal', ['8', '8', '8', '8', '8']);
		expectColumn(toy, 'exportsDeal', ['10', '10', '10', '10', '10']);
		expectColumn(toy, 'tariffCostNoDeal', ['2', '2', '2', '2', '2']);
		expectColumn(toy, 'tariffCostDeal', ['0', '0', '0', '0', '0']);
		expectColumn(toy, 'tariffBenefit', ['2', '2', '2', '2', '2']);
		expectColumn(toy, 'dealNet', ['-73', '24.5', '22.25', '20.225', '16.5005']);
	});

	it('pays back in 2030, but at 10% its present value stays negative, so it never breaks even', () => {
		const s = toy.summary;
		expect(near(s.pledged, '100') && near(s.disbursedTotal, '100') && s.undisbursed.isZero()).toBe(true);
		expect(near(s.koreaInflowTotal, '100.4755'), s.koreaInflowTotal.toString()).toBe(true);
		expect(near(s.usInflowTotal, '83.804'), s.usInflowTotal.toString()).toBe(true);
		expect(near(s.peakNetExposure, '75')).toBe(true);
		expect(s.peakNetExposureYear).toBe(2026);
		expect(s.paybackYear).toBe(2030);

		const inflows = ['25', '22.5', '20.25', '18.225', '14.5005'];
		const npvInvestment = inflows.reduce(
			(pv, x, k) => pv.plus(new Decimal(x).div(new Decimal('1.1').pow(k + 1))),
			new Decimal(-100)
		);
		const npvTariff = inflows.reduce(
			(pv, _, k) => pv.plus(new Decimal(2).div(new Decimal('1.1').pow(k + 1))),
			new Decimal(0)
		);
		expect(near(s.npvInvestment, npvInvestment), s.npvInvestment.toString()).toBe(true);
		expect(near(s.npvTariffBenefit, npvTariff), s.npvTariffBenefit.toString()).toBe(true);
		expect(near(s.npvDeal, npvInvestment.plus(npvTariff))).toBe(true);
		expect(npvInvestment.plus(npvTariff).lt(0)).toBe(true);
		expect(s.breakEvenYear).toBeNull();
	});

	it('once recouped, Korea gets koreaShareAfterRecoup of each distribution, plus its compensation', () => {
		const p = run({ ...toyJson(), horizon: 6 });
		const y = p.years[5];
		// bal 59.049: L = 5.9049, comp = 2.95245, G = 23.6196 shared 10/90.
		expect(near(y.koreaInflow, '5.31441'), y.koreaInflow.toString()).toBe(true);
		expect(near(y.usInflow, '21.25764'), y.usInflow.toString()).toBe(true);
	});
});

describe('schedules', () => {
	const cases: [string, ScheduleJson, string, number, string[], string][] = [
		// what, schedule, amount, horizon, payments by year, undisbursed
		['upfront pays everything in year 1', { mode: 'upfront' }, '100', 4, ['100', '0', '0', '0'], '0'],
		['upfront with a delay of 2 pays in year 3', { mode: 'upfront', delay: 2 }, '100', 4, ['0', '0', '100', '0'], '0'],
		[
			'upfront delayed past the horizon pays nothing',
			{ mode: 'upfront', delay: 4 },
			'100',
			4,
			['0', '0', '0', '0'],
			'100'
		],
		[
			'even over 4 years pays a quarter a year',
			{ mode: 'even', years: 4 },
			'100',
			5,
			['25', '25', '25', '25', '0'],
			'0'
		],
		[
			'even cut by the horizon leaves the rest undisbursed',
			{ mode: 'even', years: 4, delay: 1 },
			'100',
			3,
			['0', '25', '25'],
			'50'
		],
		[
			'cap pays the cap until the amount runs out',
			{ mode: 'cap', cap: '30' },
			'100',
			5,
			['30', '30', '30', '10', '0'],
			'0'
		],
		[
			'cap with a delay, cut by the horizon',
			{ mode: 'cap', cap: '30', delay: 2 },
			'100',
			4,
			['0', '0', '30', '30'],
			'40'
		],
		[
			'custom pays its amounts from year 1 + delay',
			{ mode: 'custom', amounts: ['10', '0', '5'], delay: 1 },
			'999',
			5,
			['0', '10', '0', '5', '0'],
			'0'
		],
		[
			'custom amounts after the horizon are not paid',
			{ mode: 'custom', amounts: ['10', '20', '30'] },
			'0',
			2,
			['10', '20'],
			'30'
		],
		[
			'formula with a conditional, from t = 1 in year 1 + delay',
			{ mode: 'formula', expr: 't < 3 ? 20 : 5', delay: 1 },
			'50',
			8,
			['0', '20', '20', '5', '5', '0', '0', '0'],
			'0'
		],
		[
			'formula A/4 pays a quarter a year',
			{ mode: 'formula', expr: 'A/4' },
			'100',
			6,
			['25', '25', '25', '25', '0', '0'],
			'0'
		],
		[
			'formula A/H spreads the amount over the horizon',
			{ mode: 'formula', expr: 'A/H' },
			'60',
			3,
			['20', '20', '20'],
			'0'
		],
		[
			'formula never pays more than is left',
			{ mode: 'formula', expr: 'min(10, t*5)' },
			'30',
			5,
			['5', '10', '10', '5', '0'],
			'0'
		],
		[
			'formula values below 0 pay nothing',
			{ mode: 'formula', expr: '20 - 10*t' },
			'100',
			4,
			['10', '0', '0', '0'],
			'90'
		]
	];

	it.each(cases)('%s', (_, schedule, amount, horizon, expected, undisbursed) => {
		const p = run(scenario({ horizon, tranches: [tranche({ schedule, amount })] }));
		expectColumn(p, 'disbursed', expected);
		expect(near(p.summary.undisbursed, undisbursed), p.summary.undisbursed.toString()).toBe(true);
	});

	it("a custom schedule's amount is the sum of its amounts; the amount field is not read", () => {
		const p = run(
			scenario({ tranches: [tranche({ schedule: { mode: 'custom', amounts: ['10', '0', '5'] }, amount: '999' })] })
		);
		expect(p.summary.pledged.eq(15)).toBe(true);
		expect(p.scenario.tranches[0].amount.eq(15)).toBe(true);
	});

	it('a guarantee given on a schedule is guaranteed, not disbursed', () => {
		const t = tranche({ instrument: 'guarantee', schedule: { mode: 'cap', cap: '40' }, tenor: 10 });
		const p = run(scenario({ tranches: [t] }));
		expectColumn(p, 'guaranteed', ['40', '40', '20', '0', '0']);
		expectColumn(p, 'disbursed', ['0', '0', '0', '0', '0']);
		expect(near(p.summary.guaranteedTotal, '100') && p.summary.disbursedTotal.isZero()).toBe(true);
	});
});

describe('equity', () => {
	it('at the recoup crossing, the part that completes the recoup is shared at s1, the rest at s2', () => {
		// Year 1: G = 80, Korea 0.8 * 80 = 64, still owed 36. Year 2: G = 80; the first 36 / 0.8 = 45
		// completes the recoup (Korea 36, US 9), the other 35 is shared 20/80 (Korea 7, US 28).
		const t = tranche({ returnRate: '0.8', koreaShareBeforeRecoup: '0.8', koreaShareAfterRecoup: '0.2' });
		const p = run(scenario({ horizon: 3, tranches: [t] }));
		expectColumn(p, 'koreaInflow', ['64', '43', '16']);
		expectColumn(p, 'usInflow', ['16', '37', '64']);
	});

	it('deemed interest (recoupInterest) delays the recoup', () => {
		// Korea takes every distribution of 50 until recouped, then nothing. Without interest it
		// is recouped after 2 years; at 10% it is still owed 16 * 1.1 = 17.6 in year 3.
		const t = (recoupInterest: string) =>
			tranche({ returnRate: '0.5', koreaShareBeforeRecoup: '1', koreaShareAfterRecoup: '0', recoupInterest });
		const plain = run(scenario({ horizon: 4, tranches: [t('0')] }));
		const deemed = run(scenario({ horizon: 4, tranches: [t('0.1')] }));
		expectColumn(plain, 'koreaInflow', ['50', '50', '0', '0']);
		expectColumn(plain, 'usInflow', ['0', '0', '50', '50']);
		expectColumn(deemed, 'koreaInflow', ['50', '50', '17.6', '0']);
		expectColumn(deemed, 'usInflow', ['0', '0', '32.4', '50']);
	});

	it('the US pays Korea the share of each loss that Korea does not bear', () => {
		const p = run(scenario({ horizon: 2, tranches: [tranche({ lossRate: '0.2', koreaLossShare: '0.25' })] }));
		expectColumn(p, 'losses', ['20', '16']);
		expectColumn(p, 'koreaInflow', ['15', '12']);
		expectColumn(p, 'capitalAtRisk', ['80', '64']);
	});

	it('terminal recovery is paid only in year H, and does not change the capital at risk', () => {
		const t = tranche({ lossRate: '0.1', terminalRecovery: '0.5' });
		const p = run(scenario({ horizon: 3, tranches: [t] }));
		expectColumn(p, 'koreaInflow', ['0', '0', '36.45']);
		expectColumn(p, 'capitalAtRisk', ['90', '81', '72.9']);
	});

	it('terminal recovery is shared like any distribution while Korea has still to recoup', () => {
		const t = tranche({ terminalRecovery: '0.5', koreaShareBeforeRecoup: '0.5', koreaShareAfterRecoup: '0.1' });
		const p = run(scenario({ horizon: 2, tranches: [t] }));
		expectColumn(p, 'koreaInflow', ['0', '25']);
		expectColumn(p, 'usInflow', ['0', '25']);
	});

	it('each payment is its own vintage, followed from the year it is paid', () => {
		const t = tranche({ returnRate: '0.1', schedule: { mode: 'even', years: 2 } });
		const p = run(scenario({ horizon: 3, tranches: [t] }));
		expectColumn(p, 'koreaInflow', ['5', '10', '10']);
		expectColumn(p, 'capitalAtRisk', ['50', '100', '100']);
	});
});

describe('loans', () => {
	it("a loan's last year repays all that is left", () => {
		// Tenor 4, grace 1, 5%: no repayment in year 1, then P/3, P/2 and all of the rest.
		const t = tranche({ instrument: 'loan', returnRate: '0.05', tenor: 4, grace: 1 });
		const p = run(scenario({ horizon: 6, tranches: [t] }));
		const third = new Decimal(100).div(3);
		expectColumn(p, 'capitalAtRisk', ['100', third.times(2), third, '0', '0', '0']);
		expectColumn(p, 'koreaInflow', ['5', new Decimal(115).div(3), new Decimal(110).div(3), '35', '0', '0']);
		expect(near(p.summary.koreaInflowTotal, '115')).toBe(true);
	});

	it('a defaulted part of a loan is lost before interest and repayment', () => {
		const t = tranche({ instrument: 'loan', lossRate: '0.1', tenor: 2 });
		const p = run(scenario({ horizon: 3, tranches: [t] }));
		expectColumn(p, 'losses', ['10', '4.5', '0']);
		expectColumn(p, 'koreaInflow', ['45', '40.5', '0']);
		expect(near(p.summary.peakNetExposure, '55')).toBe(true);
		expect(near(p.years[2].netExposure, '14.5')).toBe(true);
	});

	it('terminal recovery is paid on a loan that outlives the horizon, in year H only', () => {
		const t = tranche({ instrument: 'loan', returnRate: '0.05', tenor: 10, grace: 9, terminalRecovery: '0.5' });
		const p = run(scenario({ horizon: 3, tranches: [t] }));
		expectColumn(p, 'koreaInflow', ['5', '5', '55']);
		expectColumn(p, 'capitalAtRisk', ['100', '100', '100']);
	});

	it('a loan repaid before the horizon has nothing left for terminal recovery', () => {
		const t = tranche({ instrument: 'loan', tenor: 2, terminalRecovery: '1' });
		const p = run(scenario({ horizon: 4, tranches: [t] }));
		expectColumn(p, 'koreaInflow', ['50', '50', '0', '0']);
	});
});

describe('guarantees', () => {
	it('a guarantee sends no cash out when given', () => {
		const t = tranche({ instrument: 'guarantee', returnRate: '0.01', tenor: 5 });
		const p = run(scenario({ tranches: [t] }));
		expectColumn(p, 'disbursed', ['0', '0', '0', '0', '0']);
		expectColumn(p, 'guaranteed', ['100', '0', '0', '0', '0']);
		expectColumn(p, 'contingent', ['80', '60', '40', '20', '0']);
		expectColumn(p, 'koreaInflow', ['1', '0.8', '0.6', '0.4', '0.2']);
		expectColumn(p, 'netCashFlow', ['1', '0.8', '0.6', '0.4', '0.2']);
		expect(p.summary.paybackYear).toBeNull(); // never an outlay
	});

	it('Korea pays the calls on a guarantee and the US compensates its share', () => {
		// L = 10 is called; Korea bears 60%, so the US pays Korea 4; the fee is on what performs.
		const t = tranche({ instrument: 'guarantee', returnRate: '0.01', lossRate: '0.1', koreaLossShare: '0.6' });
		const p = run(scenario({ horizon: 2, tranches: [t] }));
		expectColumn(p, 'calls', ['10', '0']);
		expectColumn(p, 'losses', ['10', '0']);
		expectColumn(p, 'koreaInflow', ['4.9', '0']);
		expectColumn(p, 'netCashFlow', ['-5.1', '0']);
		expectColumn(p, 'contingent', ['0', '0']);
		expect(p.summary.paybackYear).toBeNull(); // netExposure_H = 5.1 > 0
	});
});

describe('the verdict', () => {
	it('a higher annual cap brings the peak exposure earlier', () => {
		const peakYear = (cap: string) =>
			run(scenario({ horizon: 6, tranches: [tranche({ schedule: { mode: 'cap', cap } })] })).summary
				.peakNetExposureYear;
		expect(peakYear('20')).toBe(2030);
		expect(peakYear('50')).toBe(2027);
		expect(peakYear('100')).toBe(2026);
	});

	it('paybackYear is null when there was never an outlay', () => {
		expect(run(scenario()).summary.paybackYear).toBeNull();
		expect(run(scenario({ trade: TOY_TRADE })).summary.paybackYear).toBeNull();
	});

	it('paybackYear is null while Korea is still out of pocket at the horizon', () => {
		const p = run(scenario({ horizon: 3, tranches: [tranche({ returnRate: '0.1' })] }));
		expect(near(p.years[2].netExposure, '70')).toBe(true);
		expect(p.summary.paybackYear).toBeNull();
	});

	it('paybackYear is never before the first outlay', () => {
		// A guarantee given in year 3 whose fee exceeds its call: exposure is 0, then negative.
		const t = tranche({
			instrument: 'guarantee',
			schedule: { mode: 'upfront', delay: 2 },
			returnRate: '0.05',
			lossRate: '0.01'
		});
		const p = run(scenario({ horizon: 4, tranches: [t] }));
		expectColumn(p, 'netExposure', ['0', '0', '-3.95', '-3.95']);
		expect(p.summary.paybackYear).toBe(2028);
	});

	it('breakEvenYear is the first year from which the running present value stays at or above 0', () => {
		// Tariff benefit 2 a year; 10 invested in year 3 and paid back in full in year 6; d = 0.
		// Running value: 2, 4, -4, -2, 0, 12.
		const t = tranche({ amount: '10', schedule: { mode: 'upfront', delay: 2 }, terminalRecovery: '1' });
		const p = run(scenario({ horizon: 6, trade: TOY_TRADE, tranches: [t] }));
		expect(near(p.summary.npvDeal, '12')).toBe(true);
		expect(p.summary.breakEvenYear).toBe(2030);
	});

	it('breakEvenYear is null when the running present value ends below 0', () => {
		const p = run(scenario({ horizon: 3, trade: TOY_TRADE, tranches: [tranche({ returnRate: '0.1' })] }));
		expect(near(p.summary.npvDeal, '-64')).toBe(true); // -100 + 3 * 10 + 3 * 2
		expect(p.summary.breakEvenYear).toBeNull();
	});

	it('outlays are discounted from the start of their year, inflows from its end', () => {
		const t = tranche({ schedule: { mode: 'upfront', delay: 1 }, terminalRecovery: '1' });
		const p = run(scenario({ horizon: 2, discountRate: '0.25', tranches: [t] }));
		// -100 / 1.25 + 100 / 1.25^2 = -80 + 64
		expect(near(p.summary.npvInvestment, '-16'), p.summary.npvInvestment.toString()).toBe(true);
	});
});

describe('economy and trade', () => {
	it('GDP in dollars grows with nominal growth and falls as the won weakens', () => {
		const economy = {
			...scenario().economy,
			realGrowth: '0.1',
			inflation: '0.1',
			fxDrift: '0.1',
			reservesGrowth: '0.5'
		};
		const p = run(scenario({ horizon: 2, economy }));
		expectColumn(p, 'gdpKrw', ['1210', '1464.1']);
		expectColumn(p, 'fx', ['1100', '1210']);
		expectColumn(p, 'gdpUsd', ['1100', '1210']);
		expectColumn(p, 'reserves', ['150', '225']);
	});

	it('exporters absorbing a tariff pay their share of it, and the rest cuts volumes', () => {
		// a = 0.5: US buyers pay half of a 20% tariff, so volumes fall by 1.1^-2.
		const trade = {
			elasticity: '-2',
			exporterAbsorption: '0.5',
			valueAddedShare: '0.5',
			sectors: [{ name: 'x', exports0: '121', growth: '0', tariffBaseline: '0', tariffNoDeal: '0.2', tariffDeal: '0' }]
		};
		const p = run(scenario({ horizon: 1, trade }));
		// X = 121 / 1.21 = 100; cost = 0.5 * (121 - 100) + 0.5 * (0.2 * 100) = 10.5 + 10
		expectColumn(p, 'exportsNoDeal', ['100']);
		expectColumn(p, 'tariffCostNoDeal', ['20.5']);
		expectColumn(p, 'tariffPaidDeal', ['0']);
	});

	it('a higher no-deal tariff can lower the benefit when exporters absorb a steep tariff on collapsing volumes', () => {
		// cost(tau) = v (X0 - X) + a tau X with X = X0 (1 + b tau)^e: with a = 0.5, v = 0.1, e = -20
		// the absorbed tariff on vanishing exports costs less at 200% than at 100% (a tau > v).
		const benefit = (tariffNoDeal: string) => {
			const trade = {
				elasticity: '-20',
				exporterAbsorption: '0.5',
				valueAddedShare: '0.1',
				sectors: [{ name: 'x', exports0: '10', growth: '0', tariffBaseline: '0', tariffNoDeal, tariffDeal: '0' }]
			};
			return run(scenario({ horizon: 1, trade })).summary.npvTariffBenefit;
		};
		const byHand = (tau: number) => {
			const X = new Decimal(10).times(new Decimal(1).plus(new Decimal(tau).times('0.5')).pow(-20));
			return new Decimal('0.1').times(new Decimal(10).minus(X)).plus(new Decimal('0.5').times(tau).times(X));
		};
		expect(near(benefit('1'), byHand(1))).toBe(true);
		expect(near(benefit('2'), byHand(2))).toBe(true);
		expect(benefit('2').lt(benefit('1'))).toBe(true);
	});
});
