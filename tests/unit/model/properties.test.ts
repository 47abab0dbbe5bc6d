/**
 * Properties of the engine over random valid scenarios (MODEL.md "Identities that always
 * hold", plus monotonicity where the economics says so). Exact identities are compared to
 * 30 significant digits, well inside the engine's 40, so rounding at the last digit of a
 * 40-digit operation never decides a property.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, validate } from './run';
import { checkFormula } from '../../../src/lib/formula/index';
import {
	Decimal,
	resultsJson,
	scenarioToJson,
	validateScenario,
	type Dec,
	type Num,
	type Projection,
	type ScenarioJson,
	type TrancheJson
} from '../../../src/lib/model/index';
import {
	decimalString,
	equityTranche,
	fraction,
	scenarioJson,
	sector,
	tranche,
	validScenarioJson,
	validV2ScenarioJson
} from './arbitraries';

/** PROPERTY_RUNS=2000 npx vitest run ... searches harder; the default keeps the file fast. */
const SCALE = Number(process.env.PROPERTY_RUNS ?? 150) / 150;
const RUNS = { numRuns: Math.round(150 * SCALE) };
const FEW_RUNS = { numRuns: Math.round(100 * SCALE) };
const SLOW = { timeout: 30_000 * Math.max(1, SCALE) };

/** Version-1 documents and documents with every v2 feature. */
const anyScenarioJson = fc.oneof(validScenarioJson, validV2ScenarioJson);

const sum = (xs: readonly Dec[]): Dec => xs.reduce((s, x) => s.plus(x), new Decimal(0));

/** |x - y| <= 1e-30 * max(|scale|, 1): equal but for rounding at the 40th digit. */
function near(x: Dec, y: Dec, ...scale: Dec[]): boolean {
	const size = scale.reduce((m, s) => Decimal.max(m, s.abs()), new Decimal(1));
	return x.minus(y).abs().lte(size.times('1e-30'));
}

const show = (...xs: Dec[]) => xs.map((x) => x.toString()).join(' vs ');

/** Every Decimal of a projection, with the path of its field. */
function decimalsOf(p: Projection): [string, Dec][] {
	const out: [string, Dec][] = [];
	p.years.forEach((y, k) => {
		for (const [key, value] of Object.entries(y)) if (Decimal.isDecimal(value)) out.push([`years[${k}].${key}`, value]);
	});
	for (const [key, value] of Object.entries(p.summary))
		if (Decimal.isDecimal(value)) out.push([`summary.${key}`, value]);
	p.summary.tranches.forEach((t, k) => {
		for (const [key, value] of Object.entries(t))
			if (Decimal.isDecimal(value)) out.push([`summary.tranches[${k}].${key}`, value]);
	});
	return out;
}

/** A scenario as plain data, Decimals as `D:` strings, so two scenarios compare with toEqual. */
function plainScenario(value: unknown): unknown {
	if (Decimal.isDecimal(value)) return `D:${value.toString()}`;
	if (Array.isArray(value)) return value.map(plainScenario);
	if (typeof value === 'object' && value !== null)
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainScenario(v)]));
	return value;
}

describe('conservation', SLOW, () => {
	it('what is paid in, guaranteed and left undisbursed adds back to the pledge', () => {
		fc.assert(
			fc.property(validScenarioJson, (json) => {
				const { summary: s } = run(json);
				const back = s.disbursedTotal.plus(s.guaranteedTotal).plus(s.undisbursed);
				expect(near(back, s.pledged, s.pledged), show(back, s.pledged)).toBe(true);
			}),
			RUNS
		);
	});

	it('for each tranche, its payments plus what is left undisbursed add back to its amount', () => {
		fc.assert(
			fc.property(scenarioJson({ tranches: fc.array(tranche, { minLength: 1, maxLength: 1 }) }), (json) => {
				const { scenario, summary: s } = run(json);
				const A = scenario.tranches[0].amount;
				expect(s.pledged.eq(A), show(s.pledged, A)).toBe(true);
				const back = s.disbursedTotal.plus(s.guaranteedTotal).plus(s.undisbursed);
				expect(near(back, A, A), show(back, A)).toBe(true);
			}),
			FEW_RUNS
		);
	});

	it('nothing is ever disbursed beyond the pledge: undisbursed is never negative', () => {
		fc.assert(
			fc.property(validScenarioJson, (json) => {
				const { summary: s } = run(json);
				// Paying A/N N times may overshoot A at the 40th digit (A = 1, even over 18 years: -1e-39).
				const slack = Decimal.max(s.pledged, 1).times('-1e-30');
				expect(s.undisbursed.gte(slack), s.undisbursed.toString()).toBe(true);
			}),
			RUNS
		);
	});

	it('the final net exposure is what went out (payments and calls) less what came back', () => {
		fc.assert(
			fc.property(validScenarioJson, (json) => {
				const { years, summary: s } = run(json);
				const calls = sum(years.map((y) => y.calls));
				const expected = s.disbursedTotal.plus(calls).minus(s.koreaInflowTotal);
				const last = years[years.length - 1].netExposure;
				expect(near(last, expected, s.disbursedTotal, calls, s.koreaInflowTotal), show(last, expected)).toBe(true);
			}),
			RUNS
		);
	});
});

describe('equity distributions', SLOW, () => {
	/** Every equity tranche of a scenario made to keep all it distributes (s1 = s2 = 1). */
	const koreaKeepsAll = (json: ScenarioJson): ScenarioJson => ({
		...json,
		tranches: json.tranches.map((t) =>
			t.instrument === 'equity' ? { ...t, koreaShareBeforeRecoup: '1', koreaShareAfterRecoup: '1' } : t
		)
	});

	it('when Korea keeps all of every distribution, the US receives nothing', () => {
		fc.assert(
			fc.property(validScenarioJson.map(koreaKeepsAll), (json) => {
				const { years, summary: s } = run(json);
				expect(near(s.usInflowTotal, new Decimal(0), s.koreaInflowTotal), s.usInflowTotal.toString()).toBe(true);
				for (const y of years) expect(near(y.usInflow, new Decimal(0), y.koreaInflow), `${y.year}`).toBe(true);
			}),
			RUNS
		);
	});

	/** One equity tranche, with its loss rate fixed, and any trade. */
	const singleEquity = (lossRate: fc.Arbitrary<string>) =>
		scenarioJson({
			tranches: fc.tuple(equityTranche, lossRate).map(([t, loss]): TrancheJson[] => [{ ...t, lossRate: loss }])
		});

	it("Korea's part plus the US part of each year's distributions is G, and P in year H (no losses)", () => {
		fc.assert(
			fc.property(singleEquity(fc.constant('0')), (json) => {
				const p = run(json);
				const t = p.scenario.tranches[0];
				const H = p.years.length;
				p.years.forEach((y, k) => {
					// With no losses every vintage keeps its balance: the opening balance of year i is
					// the capital at risk at its close, so G_i = returnRate * capitalAtRisk_i.
					const G = t.returnRate.times(y.capitalAtRisk);
					const P = k === H - 1 ? t.terminalRecovery.times(y.capitalAtRisk) : new Decimal(0);
					const shared = y.koreaInflow.plus(y.usInflow);
					expect(near(shared, G.plus(P), G, P), `${y.year}: ${show(shared, G.plus(P))}`).toBe(true);
				});
			}),
			RUNS
		);
	});

	it("Korea's part plus the US part is G (and P) also when losses are shared", () => {
		fc.assert(
			fc.property(singleEquity(fraction), (json) => {
				const p = run(json);
				const t = p.scenario.tranches[0];
				const H = p.years.length;
				p.years.forEach((y, k) => {
					// The opening balance is the closing one plus the year's loss; Korea's inflow also
					// holds the US compensation (1 - koreaLossShare) * L.
					const opening = y.capitalAtRisk.plus(y.losses);
					const G = t.returnRate.times(opening);
					const P = k === H - 1 ? t.terminalRecovery.times(y.capitalAtRisk) : new Decimal(0);
					const comp = new Decimal(1).minus(t.koreaLossShare).times(y.losses);
					const shared = y.koreaInflow.minus(comp).plus(y.usInflow);
					expect(near(shared, G.plus(P), G, P, comp), `${y.year}: ${show(shared, G.plus(P))}`).toBe(true);
				});
			}),
			FEW_RUNS
		);
	});

	it("raising an equity tranche's koreaShareAfterRecoup never gives Korea less", () => {
		const withEquity = fc
			.tuple(validScenarioJson, equityTranche, fc.nat(), fraction)
			.map(([json, extra, pick, raise]) => {
				const tranches = json.tranches.length < 8 ? [...json.tranches, extra] : json.tranches;
				const equity = tranches.flatMap((t, k) => (t.instrument === 'equity' ? [k] : []));
				return { json: { ...json, tranches }, k: equity[pick % equity.length], raise };
			})
			.filter(({ k }) => k !== undefined);
		fc.assert(
			fc.property(withEquity, ({ json, k, raise }) => {
				const before = run(json);
				const s2 = before.scenario.tranches[k].koreaShareAfterRecoup;
				// s2 + raise * (1 - s2): anywhere between the old share and 1.
				const higher = s2.plus(new Decimal(raise).times(new Decimal(1).minus(s2)));
				const tranches = json.tranches.map((t, j) =>
					j === k ? { ...t, koreaShareAfterRecoup: higher.toString() } : t
				);
				const after = run({ ...json, tranches });
				const [b, a] = [before.summary.koreaInflowTotal, after.summary.koreaInflowTotal];
				expect(a.gte(b), show(a, b)).toBe(true);
			}),
			FEW_RUNS
		);
	});
});

describe('trade', SLOW, () => {
	it('with every tariff at its baseline, every trade cost is exactly 0', () => {
		const atBaseline = fc.array(
			sector.map((s) => ({ ...s, tariffDeal: s.tariffBaseline, tariffNoDeal: s.tariffBaseline })),
			{ maxLength: 12 }
		);
		fc.assert(
			fc.property(scenarioJson({ sectors: atBaseline }), (json) => {
				const { years, summary } = run(json);
				for (const y of years) {
					for (const field of ['tariffCostDeal', 'tariffCostNoDeal', 'tariffBenefit'] as const)
						expect(y[field].isZero(), `${y.year} ${field} = ${y[field].toString()}`).toBe(true);
					expect(y.exportsDeal.eq(y.exportsNoDeal), `${y.year} exports`).toBe(true);
				}
				expect(summary.npvTariffBenefit.isZero(), summary.npvTariffBenefit.toString()).toBe(true);
			}),
			RUNS
		);
	});

	it('a higher no-deal tariff never lowers the tariff benefit when demand falls with price', () => {
		// cost'(tau) = X(tau) * [a + q * (a*tau - v)] with q = e*b/(1+b*tau) <= 0: it is never
		// negative while a*tau <= v. Beyond that, an exporter absorbing a steep tariff on
		// collapsing volumes can cost Korea less (see hand.test.ts), so the absorption is
		// capped at v / tau for the highest raised tariff.
		const raised = fc
			.tuple(
				validScenarioJson,
				decimalString(-20_000, -1, 3),
				fc.array(decimalString(1, 1000, 3), { minLength: 12, maxLength: 12 })
			)
			.map(([json, elasticity, deltas]) => {
				const higher = json.trade.sectors.map((s, k) =>
					// v1 sectors: every tariff is a number (TariffJson allows a path since v2).
					Decimal.min(new Decimal(s.tariffNoDeal as Num).plus(deltas[k]), 5).toString()
				);
				const top = higher.reduce((m, x) => Decimal.max(m, x), new Decimal(0));
				const v = new Decimal(json.trade.valueAddedShare);
				const a = new Decimal(json.trade.exporterAbsorption);
				const absorption = top.isZero() ? a : Decimal.min(a, v.div(top).toDecimalPlaces(9, Decimal.ROUND_DOWN));
				const trade = { ...json.trade, elasticity, exporterAbsorption: absorption.toString() };
				const before: ScenarioJson = { ...json, trade };
				const after: ScenarioJson = {
					...json,
					trade: { ...trade, sectors: trade.sectors.map((s, k) => ({ ...s, tariffNoDeal: higher[k] })) }
				};
				return { before, after };
			});
		fc.assert(
			fc.property(raised, ({ before, after }) => {
				const b = run(before).summary.npvTariffBenefit;
				const a = run(after).summary.npvTariffBenefit;
				expect(a.gte(b) || near(a, b, b), show(a, b)).toBe(true);
			}),
			FEW_RUNS
		);
	});
});

describe('results', SLOW, () => {
	it('no result is NaN or infinite', () => {
		fc.assert(
			fc.property(validScenarioJson, (json) => {
				const notFinite = decimalsOf(run(json)).filter(([, value]) => !value.isFinite());
				expect(notFinite.map(([path, value]) => `${path} = ${value.toString()}`)).toEqual([]);
			}),
			RUNS
		);
	});

	it('the summary follows from the yearly results by the rules of MODEL.md', () => {
		fc.assert(
			fc.property(validScenarioJson, (json) => {
				const { scenario, years, summary: s } = run(json);
				const growth = new Decimal(1).plus(scenario.discountRate);
				let exposure = new Decimal(0);
				let moved = new Decimal(0); // the sum of |netCashFlow| so far: the scale of exposure's rounding
				let cumulative = new Decimal(0);
				const C: Dec[] = [];
				years.forEach((y, k) => {
					expect(y.year).toBe(scenario.startYear + k);
					const flow = y.koreaInflow.minus(y.disbursed).minus(y.calls);
					expect(near(y.netCashFlow, flow, y.koreaInflow, y.disbursed, y.calls), `${y.year} netCashFlow`).toBe(true);
					exposure = exposure.minus(y.netCashFlow);
					moved = moved.plus(y.netCashFlow.abs());
					expect(near(y.netExposure, exposure, moved), `${y.year} netExposure`).toBe(true);
					const deal = y.netCashFlow.plus(y.tariffBenefit);
					expect(near(y.dealNet, deal, y.netCashFlow, y.tariffBenefit), `${y.year} dealNet`).toBe(true);
					const before = growth.pow(k);
					const after = growth.pow(k + 1);
					cumulative = cumulative
						.minus(y.disbursed.div(before))
						.plus(y.koreaInflow.minus(y.calls).div(after))
						.plus(y.tariffBenefit.div(after));
					C.push(cumulative);
				});
				const exposures = years.map((y) => y.netExposure);
				const peak = exposures.reduce((m, x) => Decimal.max(m, x));
				expect(s.peakNetExposure.eq(peak), 'peakNetExposure').toBe(true);
				expect(s.peakNetExposureYear).toBe(scenario.startYear + exposures.findIndex((x) => x.eq(peak)));

				const H = years.length;
				const firstOutlay = years.findIndex((y) => y.disbursed.plus(y.calls).gt(0));
				if (firstOutlay < 0 || exposures[H - 1].gt(0)) expect(s.paybackYear, 'paybackYear').toBeNull();
				else {
					let k = H;
					while (k > 0 && exposures[k - 1].lte(0)) k--;
					expect(s.paybackYear, 'paybackYear').toBe(scenario.startYear + Math.max(k, firstOutlay));
				}

				const npvDeal = C[H - 1];
				expect(near(s.npvDeal, npvDeal, s.npvInvestment, s.npvTariffBenefit), 'npvDeal').toBe(true);
				expect(near(s.npvDeal, s.npvInvestment.plus(s.npvTariffBenefit), s.npvInvestment, s.npvTariffBenefit)).toBe(
					true
				);
				// breakEvenYear is decided by signs; skip the rare draw whose C_i sits within rounding of 0.
				fc.pre(C.every((c) => c.isZero() || !near(c, new Decimal(0), s.npvInvestment, s.npvTariffBenefit)));
				if (npvDeal.lt(0)) expect(s.breakEvenYear, 'breakEvenYear').toBeNull();
				else {
					let k = H;
					while (k > 0 && C[k - 1].gte(0)) k--;
					expect(s.breakEvenYear, 'breakEvenYear').toBe(scenario.startYear + k);
				}
			}),
			FEW_RUNS
		);
	});

	it('the Results JSON round-trips: every decimal string parses back to the same value', () => {
		fc.assert(
			fc.property(anyScenarioJson, (json) => {
				const p = run(json);
				const out = resultsJson(p);
				const back = JSON.parse(JSON.stringify(out));
				const wrong: string[] = [];
				const check = (path: string, value: unknown, printed: unknown) => {
					const same = Decimal.isDecimal(value)
						? typeof printed === 'string' && new Decimal(printed).eq(value)
						: printed === value;
					if (!same) wrong.push(`${path}: ${String(value)} printed as ${JSON.stringify(printed)}`);
				};
				p.years.forEach((y, k) => {
					for (const [key, value] of Object.entries(y)) check(`years[${k}].${key}`, value, back.years[k][key]);
				});
				for (const [key, value] of Object.entries(p.summary))
					if (key !== 'tranches') check(`summary.${key}`, value, back.summary[key]);
				expect(back.summary.tranches).toHaveLength(p.summary.tranches.length);
				p.summary.tranches.forEach((t, k) => {
					for (const [key, value] of Object.entries(t))
						check(`summary.tranches[${k}].${key}`, value, back.summary.tranches[k][key]);
				});
				expect(wrong).toEqual([]);
				for (const key of ['paybackYear', 'breakEvenYear'] as const) {
					const year = out.summary[key];
					if (year !== null) {
						expect(Number.isInteger(year), key).toBe(true);
						expect(year).toBeGreaterThanOrEqual(p.scenario.startYear);
						expect(year).toBeLessThan(p.scenario.startYear + p.scenario.horizon);
					}
				}
			}),
			RUNS
		);
	});

	it('a scenario written back to JSON validates to an equal scenario, as version 2', () => {
		fc.assert(
			fc.property(anyScenarioJson, (json) => {
				const s = validate(json);
				const written = JSON.parse(JSON.stringify(scenarioToJson(s)));
				expect(written.version).toBe(2);
				const again = validateScenario(written, { checkFormula });
				expect(again.ok ? plainScenario(again.scenario) : again.problems).toEqual(plainScenario({ ...s, version: 2 }));
			}),
			RUNS
		);
	});

	it('a scenario that uses no v2 field is written back with no v2 field', () => {
		const V2_KEYS = [
			'dealRisk',
			'taxRatio',
			'continuationYears',
			'shortRunElasticity',
			'adjustmentYears',
			'substitutionElasticity',
			'legalBasis',
			'shareOfUsImports',
			'competitorTariffBaseline',
			'competitorTariffNoDeal',
			'competitorTariffDeal'
		];
		const keys = (value: unknown): string[] =>
			Array.isArray(value)
				? value.flatMap(keys)
				: typeof value === 'object' && value !== null
					? Object.entries(value).flatMap(([k, v]) => [k, ...keys(v)])
					: [];
		fc.assert(
			fc.property(validScenarioJson, (json) => {
				const written = scenarioToJson(validate(json));
				expect(keys(written).filter((k) => V2_KEYS.includes(k))).toEqual([]);
				for (const sector of written.trade.sectors) {
					expect(Array.isArray(sector.tariffDeal) || Array.isArray(sector.tariffNoDeal)).toBe(false);
				}
			}),
			FEW_RUNS
		);
	});

	// "1.<59 digits>e-6" is written back by Decimal.toString() as "0.00000122...", longer than
	// what was read; the length limit on number texts must leave room for that.
	it('a value given with many digits survives being written back to JSON', () => {
		const json = JSON.parse(readFileSync(new URL('../../fixtures/toy.json', import.meta.url), 'utf8')) as ScenarioJson;
		const discountRate = '1.' + '2'.repeat(59) + 'e-6'; // 64 characters, 60 digits, valid
		const s = validate({ ...json, discountRate });
		const again = validateScenario(scenarioToJson(s));
		expect(again.ok ? plainScenario(again.scenario) : again.problems).toEqual(plainScenario({ ...s, version: 2 }));
	});
});
