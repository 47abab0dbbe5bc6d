/**
 * Properties of the version-2 engine over random valid scenarios (MODEL.md v2): every v2
 * field at its default gives the version-1 result exactly; the per-tranche results add up
 * and their koreaIrr is a root; the two-level demand with pC = pK is the one-level one;
 * nothing is NaN or infinite; and the fast koreaIrr is the literal bisection's, exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run, validate } from './run';
import { evaluateFormula } from '../../../src/lib/formula/index';
import { irr, irrLiteral, npvAt } from '../../../src/lib/model/irr';
import {
	Decimal,
	simulate,
	type Dec,
	type Projection,
	type ScenarioJson,
	type SectorJson,
	type TrancheJson
} from '../../../src/lib/model/index';
import {
	continuationYears,
	decimalString,
	equityTranche,
	fraction,
	tranche,
	v2ScenarioJson,
	validScenarioJson,
	validV2ScenarioJson
} from './arbitraries';
import { bisectionIrr } from './literal/irr';
import { simulateLiteral, trancheNpvAt } from './literal/project';

/** PROPERTY_RUNS=2000 npx vitest run ... searches harder; the default keeps the file fast. */
const SCALE = Number(process.env.PROPERTY_RUNS ?? 150) / 150;
const RUNS = { numRuns: Math.round(100 * SCALE) };
const FEW_RUNS = { numRuns: Math.round(50 * SCALE) };
const SLOW = { timeout: 30_000 * Math.max(1, SCALE) };

/** |x - y| <= bound * max(|scale|..., 1). */
function within(x: Dec, y: Dec, bound: string, ...scale: Dec[]): boolean {
	const size = scale.reduce((m, s) => Decimal.max(m, s.abs()), new Decimal(1));
	return x.minus(y).abs().lte(size.times(bound));
}

const show = (...xs: (Dec | null)[]) => xs.map((x) => String(x)).join(' vs ');

/**
 * Every value of two projections that is not the same: Decimals by `eq` (not to a
 * tolerance), everything else by identity; years, summary and summary.tranches.
 */
function notIdentical(a: Projection, b: Projection): string[] {
	const out: string[] = [];
	const same = (x: unknown, y: unknown) =>
		Decimal.isDecimal(x) ? Decimal.isDecimal(y) && (x as Dec).eq(y as Dec) : x === y;
	const record = (x: object, y: object, where: string) => {
		for (const [key, value] of Object.entries(x)) {
			const other = (y as Record<string, unknown>)[key];
			if (key === 'tranches') continue;
			if (!same(value, other)) out.push(`${where}.${key}: ${String(value)} vs ${String(other)}`);
		}
	};
	if (a.years.length !== b.years.length) out.push('years: lengths differ');
	a.years.forEach((y, k) => record(y, b.years[k], `years[${k}]`));
	record(a.summary, b.summary, 'summary');
	if (a.summary.tranches.length !== b.summary.tranches.length) out.push('tranches: lengths differ');
	a.summary.tranches.forEach((t, k) => record(t, b.summary.tranches[k], `summary.tranches[${k}]`));
	return out;
}

describe('version 2 at its defaults is version 1', SLOW, () => {
	/** A v1 document with every v2 field written out at its default (or, for labels, a value that is never computed with). */
	const explicitDefaults = fc
		.tuple(
			validScenarioJson,
			fc.record({
				version: fc.constantFrom(1 as const, 2 as const, '2' as unknown as 2),
				dealRisk: fc.boolean(),
				endYearNull: fc.boolean(),
				taxRatio: fc.boolean(),
				shortRun: fc.constantFrom('absent', 'equal', 'anyWithOneYear', 'equalWithYears'),
				shortRunElasticity: decimalString(-2000, 0, 2),
				adjustmentYears: fc.integer({ min: 2, max: 50 }),
				pathFrom: fc.integer({ min: 2000, max: 2200 }),
				pathSectors: fc.array(fc.constantFrom('none', 'deal', 'noDeal', 'both'), { minLength: 12, maxLength: 12 }),
				labels: fc.boolean(),
				continuation: fc.boolean()
			})
		)
		.map(([json, d]): [ScenarioJson, ScenarioJson] => {
			const economy = d.taxRatio ? { ...json.economy, taxRatio: '0' } : json.economy;
			const trade: ScenarioJson['trade'] = { ...json.trade };
			if (d.shortRun === 'equal') trade.shortRunElasticity = json.trade.elasticity;
			if (d.shortRun === 'anyWithOneYear') {
				// "shortRunElasticity has no effect while adjustmentYears is 1"
				trade.shortRunElasticity = d.shortRunElasticity;
				trade.adjustmentYears = 1;
			}
			if (d.shortRun === 'equalWithYears') {
				trade.shortRunElasticity = json.trade.elasticity;
				trade.adjustmentYears = d.adjustmentYears;
			}
			// A number is the path of one step; labels and competitor fields without a share are never computed with.
			trade.sectors = json.trade.sectors.map((s, k): SectorJson => {
				const which = d.pathSectors[k];
				const step = (rate: unknown) => [{ from: d.pathFrom, rate: rate as string }];
				const out: SectorJson = { ...s };
				if (which === 'deal' || which === 'both') out.tariffDeal = step(s.tariffDeal);
				if (which === 'noDeal' || which === 'both') out.tariffNoDeal = step(s.tariffNoDeal);
				if (d.labels)
					Object.assign(out, {
						legalBasis: 's232',
						competitorTariffBaseline: '0.3',
						competitorTariffNoDeal: '0.5',
						competitorTariffDeal: [{ from: 2030, rate: '1' }]
					});
				return out;
			});
			const v2: ScenarioJson = {
				...json,
				version: d.version,
				economy,
				tranches: json.tranches.map((t) => (d.continuation ? { ...t, continuationYears: 0 } : t)),
				trade
			};
			if (d.dealRisk)
				v2.dealRisk = d.endYearNull
					? { hazard: '0', endYear: null, paymentsContinue: '1' }
					: { hazard: 0, paymentsContinue: 1 };
			return [json, v2];
		});

	it('every v2 field at its default gives the v1 result exactly (Decimal eq)', () => {
		fc.assert(
			fc.property(explicitDefaults, ([v1, v2]) => {
				expect(notIdentical(run(v1), run(v2))).toEqual([]);
			}),
			RUNS
		);
	});

	it('a hazard of 0 and no endYear change nothing, whatever paymentsContinue is', () => {
		const withoutRisk = fc.tuple(validV2ScenarioJson, fraction).map(([json, paymentsContinue]) => {
			const without: ScenarioJson = { ...json };
			delete without.dealRisk;
			const zero: ScenarioJson = { ...json, dealRisk: { hazard: '0', endYear: null, paymentsContinue } };
			return [without, zero] as const;
		});
		fc.assert(
			fc.property(withoutRisk, ([without, zero]) => {
				expect(notIdentical(run(without), run(zero))).toEqual([]);
			}),
			FEW_RUNS
		);
	});
});

describe('per-tranche results', SLOW, () => {
	it("the tranches' npvKorea add up to npvInvestment (within 1e-30 of the amounts paid, in present value)", () => {
		// MODEL.md: "to rounding: within 1e-30 of the amounts paid". Both sums round each of
		// their terms at the 40th digit, so the scale is the amounts paid and received in
		// present value: at d = -0.98 a payment of 300 in year 5 is worth 300 / 0.02^4 today.
		fc.assert(
			fc.property(validV2ScenarioJson, (json) => {
				const { scenario, years, summary: s } = run(json);
				const sum = s.tranches.reduce((x, t) => x.plus(t.npvKorea), new Decimal(0));
				const growth = new Decimal(1).plus(scenario.discountRate);
				const gross = years.reduce(
					(x, y, k) => x.plus(y.disbursed.plus(y.koreaInflow).plus(y.calls).div(growth.pow(k))),
					s.npvTerminal.abs()
				);
				const paid = s.disbursedTotal.plus(s.guaranteedTotal);
				expect(within(sum, s.npvInvestment, '1e-30', paid, gross), show(sum, s.npvInvestment)).toBe(true);
			}),
			RUNS
		);
	});

	it('npvKorea at koreaIrr is 0 within 1e-20 of what the tranche pays and receives (discounted at koreaIrr)', () => {
		// The tranche's own flows over its continuation come from the literal engine; the
		// bracket of the last bisection step is ~2e-30 wide, so f(koreaIrr) is of the order
		// of 2e-30 * f' <= 2e-30 * T * 100 * (the size of the discounted flows).
		const small = v2ScenarioJson({
			tranches: fc.array(tranche, { minLength: 1, maxLength: 3 }),
			sectors: fc.constant([])
		});
		let checked = 0;
		fc.assert(
			fc.property(small, (json) => {
				const scenario = validate(json);
				const fast = simulate(scenario, { evaluateFormula });
				const literal = simulateLiteral(scenario, { evaluateFormula });
				fast.summary.tranches.forEach((t, k) => {
					if (t.koreaIrr === null) return;
					checked++;
					const f = literal.followed[k];
					const r = t.koreaIrr;
					const x = new Decimal(1).div(new Decimal(1).plus(r));
					// The size of the terms of npvKorea at r: what is paid and what comes back, discounted.
					let size = new Decimal(0);
					f.paid.forEach((d, v) => (size = size.plus(d.times(x.pow(v)))));
					f.own.koreaInflow.forEach((k2, j) => (size = size.plus(k2.plus(f.own.calls[j]).times(x.pow(j + 1)))));
					const paid = f.paid.reduce((a, b) => a.plus(b), new Decimal(0));
					const value = trancheNpvAt(f, r);
					expect(within(value, new Decimal(0), '1e-20', paid, size), `${t.name}: f(${r}) = ${value}`).toBe(true);
				});
			}),
			FEW_RUNS
		);
		expect(checked).toBeGreaterThan(5);
	});

	it('npvUs is 0 when Korea keeps all of every distribution (both shares 1)', () => {
		const keepsAll = validV2ScenarioJson.map((json) => ({
			...json,
			tranches: json.tranches.map((t) => ({ ...t, koreaShareBeforeRecoup: '1', koreaShareAfterRecoup: '1' }))
		}));
		fc.assert(
			fc.property(keepsAll, (json) => {
				const { summary: s } = run(json);
				for (const t of s.tranches) {
					// split(x, R) = R + (x - R) may differ from x in the 40th digit: 0 to rounding.
					const scale = Decimal.max(t.npvKorea.abs(), s.disbursedTotal, s.koreaInflowTotal);
					expect(within(t.npvUs, new Decimal(0), '1e-30', scale), `${t.name}: ${t.npvUs}`).toBe(true);
				}
				expect(s.usInflowTotal.abs().lte(Decimal.max(s.koreaInflowTotal, 1).times('1e-30'))).toBe(true);
			}),
			RUNS
		);
	});

	it('raising koreaShareAfterRecoup never lowers npvInvestment, also with continuation and deal risk', () => {
		const withEquity = fc
			.tuple(validV2ScenarioJson, equityTranche, continuationYears, fc.nat(), fraction)
			.map(([json, extra, M, pick, raise]) => {
				const added: TrancheJson = M === undefined ? extra : { ...extra, continuationYears: M };
				const tranches = json.tranches.length < 8 ? [...json.tranches, added] : json.tranches;
				const equity = tranches.flatMap((t, k) => (t.instrument === 'equity' ? [k] : []));
				return { json: { ...json, tranches }, k: equity[pick % equity.length], raise };
			})
			.filter(({ k }) => k !== undefined);
		fc.assert(
			fc.property(withEquity, ({ json, k, raise }) => {
				const before = run(json);
				const s2 = before.scenario.tranches[k].koreaShareAfterRecoup;
				const higher = s2.plus(new Decimal(raise).times(new Decimal(1).minus(s2)));
				const tranches = json.tranches.map((t, j) =>
					j === k ? { ...t, koreaShareAfterRecoup: higher.toString() } : t
				);
				const after = run({ ...json, tranches });
				const [b, a] = [before.summary.npvInvestment, after.summary.npvInvestment];
				const scale = Decimal.max(before.summary.disbursedTotal, before.summary.koreaInflowTotal, b.abs());
				expect(a.gte(b) || within(a, b, '1e-30', scale), show(a, b)).toBe(true);
				const [tb, ta] = [before.summary.tranches[k].npvKorea, after.summary.tranches[k].npvKorea];
				expect(ta.gte(tb) || within(ta, tb, '1e-30', scale), show(ta, tb)).toBe(true);
			}),
			FEW_RUNS
		);
	});
});

describe('competitors', SLOW, () => {
	it('with pC = pK the two-level demand gives the one-level volumes and costs (to 30 digits)', () => {
		// Competitors' tariffs left at their defaults (Korea's own in each world), and their
		// baseline left out or equal to Korea's: pC = pK in every year and world.
		const pair = fc
			.tuple(
				v2ScenarioJson({ tranches: fc.constant([]) }),
				fc.oneof(fc.constantFrom('1.01', '4', '20'), decimalString(101, 2000, 2)),
				fc.array(fc.record({ share: fraction, baseline: fc.boolean() }), { minLength: 12, maxLength: 12 })
			)
			.map(([json, sigma, extra]) => {
				const plain = (s: SectorJson): SectorJson => {
					const out: SectorJson = { ...s };
					delete out.shareOfUsImports;
					delete out.competitorTariffBaseline;
					delete out.competitorTariffNoDeal;
					delete out.competitorTariffDeal;
					return out;
				};
				const oneTrade: ScenarioJson['trade'] = { ...json.trade, sectors: json.trade.sectors.map(plain) };
				delete oneTrade.substitutionElasticity;
				const twoTrade: ScenarioJson['trade'] = {
					...json.trade,
					substitutionElasticity: sigma,
					sectors: json.trade.sectors.map((s, k) => ({
						...plain(s),
						shareOfUsImports: extra[k].share,
						...(extra[k].baseline ? { competitorTariffBaseline: s.tariffBaseline } : {})
					}))
				};
				return [
					{ ...json, trade: oneTrade },
					{ ...json, trade: twoTrade }
				] as const;
			});
		const FIELDS = ['exportsDeal', 'exportsNoDeal', 'tariffCostDeal', 'tariffCostNoDeal', 'tariffPaidDeal'] as const;
		fc.assert(
			fc.property(pair, ([oneJson, twoJson]) => {
				const one = run(oneJson);
				const two = run(twoJson);
				const wrong: string[] = [];
				one.years.forEach((y, k) => {
					const z = two.years[k];
					// 30 digits of the year's trade: a cost is a difference of amounts of the size of the exports.
					const scale = [y.exportsDeal, y.exportsNoDeal, y.tariffCostDeal, y.tariffCostNoDeal];
					for (const field of [...FIELDS, 'tariffBenefit' as const])
						if (!within(y[field], z[field], '1e-30', ...scale))
							wrong.push(`${y.year} ${field}: ${show(y[field], z[field])}`);
				});
				const a = one.summary.npvTariffBenefit;
				const b = two.summary.npvTariffBenefit;
				const size = one.years.reduce((m, y) => Decimal.max(m, y.exportsDeal, y.exportsNoDeal), new Decimal(1));
				if (!within(a, b, '1e-29', size, a)) wrong.push(`npvTariffBenefit: ${show(a, b)}`);
				expect(wrong).toEqual([]);
			}),
			FEW_RUNS
		);
	});
});

describe('results', SLOW, () => {
	it('no v2 result is NaN or infinite (years, summary, tranches)', () => {
		fc.assert(
			fc.property(validV2ScenarioJson, (json) => {
				const p = run(json);
				const bad: string[] = [];
				const check = (where: string, record: object) => {
					for (const [key, value] of Object.entries(record))
						if (Decimal.isDecimal(value) && !(value as Dec).isFinite()) bad.push(`${where}.${key} = ${value}`);
				};
				p.years.forEach((y, k) => check(`years[${k}]`, y));
				check('summary', p.summary);
				p.summary.tranches.forEach((t, k) => check(`summary.tranches[${k}]`, t));
				expect(bad).toEqual([]);
			}),
			RUNS
		);
	});
});

describe('the fast koreaIrr', SLOW, () => {
	const ints = (max: number) => fc.integer({ min: -max, max });
	const dec = fc.oneof(
		{ weight: 2, arbitrary: fc.constant(new Decimal(0)) },
		{ weight: 5, arbitrary: ints(1000).map((n) => new Decimal(n)) },
		{
			weight: 3,
			arbitrary: fc.tuple(ints(10 ** 9), fc.integer({ min: 0, max: 12 })).map(([n, s]) => new Decimal(n).div(10 ** s))
		}
	);
	/** An outlay first, returns after: one sign change (the usual tranche). */
	const oneChange = fc
		.tuple(
			fc.integer({ min: 1, max: 10 ** 6 }),
			fc.array(fc.integer({ min: 0, max: 10 ** 5 }), { minLength: 1, maxLength: 60 })
		)
		.map(([outlay, back]) => [new Decimal(-outlay), ...back.map((x) => new Decimal(x).div(100))]);
	/** -1 + a x: one root at r = a - 1, placed at or near the ends of [-0.99, 1], times (1 + x)^m or x^m. */
	const nearEnds = fc
		.tuple(
			fc.constantFrom('-0.99', '1', '0', '-0.5'),
			fc.integer({ min: 0, max: 34 }),
			fc.constantFrom(-1, 0, 1),
			fc.integer({ min: 0, max: 5 }),
			fc.boolean()
		)
		.map(([end, digits, side, m, shift]) => {
			const r = new Decimal(end).plus(new Decimal(side).times(new Decimal(10).pow(-digits)));
			let c: Dec[] = [new Decimal(-1), r.plus(1)];
			for (let j = 0; j < m; j++) {
				// times (1 + x): the root stays where it is
				c = [...c, new Decimal(0)].map((x, k) => (k === 0 ? x : x.plus(c[k - 1])));
			}
			return shift ? [new Decimal(0), new Decimal(0), ...c] : c;
		});
	/** Several sign changes, zeros, and lists of one coefficient. */
	const anyList = fc.array(dec, { minLength: 1, maxLength: 40 });

	it('equals irrLiteral and the bisection of MODEL.md exactly (Decimal eq, or both null) on random coefficient lists', () => {
		let found = 0;
		fc.assert(
			fc.property(fc.oneof(anyList, oneChange, nearEnds), (c) => {
				const fast = irr(c);
				const literal = irrLiteral(c);
				// ... and both are MODEL.md's bisection (tests/unit/model/literal/irr.ts) on the same f.
				const oracle = bisectionIrr((r) => npvAt(c, r));
				if (literal !== null) found++;
				const text = (x: Dec | null) => (x === null ? null : x.toString());
				expect(text(fast)).toBe(text(literal));
				expect(text(literal)).toBe(text(oracle));
				if (fast !== null && literal !== null) expect(fast.eq(literal)).toBe(true);
			}),
			{ numRuns: Number(process.env.IRR_RUNS ?? 400) }
		);
		expect(found).toBeGreaterThan(50);
	});

	it('finds the root of an exactly known polynomial, and its npvAt is 0 there to ~1e-28', () => {
		// f = -1 + 1.05 x: the root is r = 0.05.
		const c = [new Decimal(-1), new Decimal('1.05')];
		const r = irr(c) as Dec;
		expect(within(r, new Decimal('0.05'), '1e-29')).toBe(true);
		expect(within(npvAt(c, r), new Decimal(0), '1e-28')).toBe(true);
		// f(-0.99) = -1 + 1.05 * 100 > 0 and f(1) = -1 + 0.525 < 0: a root inside.
		expect(irr([new Decimal(-1), new Decimal('0.01')])).not.toBeNull(); // root at r = -0.99 exactly
		expect(irr([new Decimal(-1)])).toBeNull();
		expect(irr([new Decimal(0)])?.toString()).toBe(irrLiteral([new Decimal(0)])?.toString());
	});
});
