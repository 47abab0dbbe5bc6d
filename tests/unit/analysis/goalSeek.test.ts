import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project } from '../../../src/lib/analysis/engine';
import { goalSeek, meetsGoal, type GoalTarget } from '../../../src/lib/analysis/goalSeek';
import { leverById } from '../../../src/lib/analysis/leverList';
import { Decimal, type ScenarioJson } from '../../../src/lib/model/index';
import { equity, fixture, recoupYear, scenario } from './scenarios';

const share = leverById('tranches[0].koreaShareAfterRecoup');
const returnRate = leverById('tranches[0].returnRate');
const cap = leverById('tranches[0].schedule.cap');

function expectSolved(r: ReturnType<typeof goalSeek>): { value: string; iterations: number; achieved: string } {
	if (r.status !== 'solved') throw new Error(`not solved: ${r.reason}`);
	return r;
}

const near = (value: string, expected: string, tol: string) =>
	expect(new Decimal(value).minus(expected).abs().lte(tol), `${value} vs ${expected}`).toBe(true);

describe('goal seek: the deal NPV = 0', () => {
	it("finds Korea's share after recoup that makes a one-year deal break even (s2 = d / (r - l))", () => {
		const r = expectSolved(goalSeek(recoupYear('0.3', '0.1', '0.05'), share, { kind: 'npvZero' }));
		near(r.value, '0.25', '1e-6');
		expect(r.iterations).toBeLessThanOrEqual(60);
		near(r.achieved, '0', '1e-6');
	});

	it('finds the return that pays back the discount rate when Korea keeps everything (r = d)', () => {
		const s = scenario([equity({ terminalRecovery: '1', returnRate: '0.02' })], { discountRate: '0.07' });
		near(expectSolved(goalSeek(s, returnRate, { kind: 'npvZero' })).value, '0.07', '2e-7');
	});

	it('finds the deal tariff where the tariff saved pays for the investment (tau = 1/9)', () => {
		// npvInvestment = -100 + 100/1.1; with a = 0, e = -1, v = 1 a tariff tau costs X0 tau / (1 + tau),
		// so the benefit 100 (0.2 - tau / (1 + tau)) must be 10: tau / (1 + tau) = 0.1.
		const sector = {
			name: 'All',
			exports0: '100',
			growth: '0',
			tariffBaseline: '0',
			tariffNoDeal: '0.25',
			tariffDeal: '0.15'
		};
		const s = scenario([equity({ terminalRecovery: '1' })], { discountRate: '0.1', sectors: [sector] });
		const r = expectSolved(goalSeek(s, leverById('trade.sectors[*].tariffDeal'), { kind: 'npvZero' }));
		near(r.value, new Decimal(1).div(9).toString(), '5e-7');
	});

	it('meets the target when the solved value is put back into the scenario', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 5, max: 50 }),
				fc.integer({ min: 0, max: 100 }),
				// The root is d / (r - l): at dShare 100 it is the range's end (share 1), where
				// the NPV is 0 only to the 40th digit (-1e-38 for 49, 11, 100).
				fc.integer({ min: 1, max: 100 }),
				(rPct, lShare, dShare) => {
					const r = new Decimal(rPct).div(100);
					const l = r.minus('0.02').times(lShare).div(100).toDecimalPlaces(4);
					const d = r.minus(l).times(dShare).div(100).toDecimalPlaces(4);
					const s = recoupYear(r.toString(), l.toString(), d.toString());
					const result = expectSolved(goalSeek(s, share, { kind: 'npvZero' }));
					near(result.value, d.div(r.minus(l)).toString(), '1e-6');
					const npv = project(share.set(s, result.value)).summary.npvDeal;
					expect(npv.abs().lte('1e-4')).toBe(true);
				}
			),
			{ numRuns: 25 }
		);
	});

	it("solves at the range's end when the NPV there is zero but for the engine's rounding", () => {
		// r 0.49, l 0.0517, d 0.4383 (the property's case 49, 11, 100): the root d / (r - l) is
		// share 1, the range's end, where the NPV computes to -1e-38 (the sign at the other end).
		const s = recoupYear('0.49', '0.0517', '0.4383');
		const atEnd = project(share.set(s, '1')).summary.npvDeal;
		expect(atEnd.isZero()).toBe(false);
		expect(atEnd.abs().lt('1e-30')).toBe(true);
		const r = expectSolved(goalSeek(s, share, { kind: 'npvZero' }));
		expect(r.value).toBe('1');
		expect(r.iterations).toBe(0);
	});

	it('says unreachable when no value in the range changes the sign', () => {
		const r = goalSeek(
			recoupYear('0.3', '0.1', '0.05'),
			returnRate,
			{ kind: 'npvZero' },
			{ range: { min: '0.25', max: '0.3' } }
		);
		expect(r.status).toBe('unreachable');
		if (r.status === 'unreachable') expect(r.reason).toMatch(/no value in the lever's range reaches the target/);
	});

	it("says unreachable for Korea's share after recoup in the default scenario, where nothing is recouped in 20 years", () => {
		expect(goalSeek(fixture('gyeongju'), share, { kind: 'npvZero' }).status).toBe('unreachable');
	});

	it('says unreachable when the lever does not apply (no cap schedule)', () => {
		const r = goalSeek(recoupYear('0.3', '0.1', '0.05'), cap, { kind: 'npvZero' });
		expect(r).toEqual({ status: 'unreachable', reason: 'tranches[0].schedule.cap does not apply to this scenario' });
	});
});

describe('goal seek: feasibility boundaries', () => {
	// Ten years of yearly returns r on 100 and nothing else: exposure 100 (1 - r i) is paid back in year 1/r.
	const tenYears: ScenarioJson = scenario([equity({ returnRate: '0.05' })], { horizon: 10 });

	it('finds the lowest return that pays back within 8 years (r = 1/8)', () => {
		const target: GoalTarget = { kind: 'payback', years: 8 };
		const r = expectSolved(goalSeek(tenYears, returnRate, target));
		const v = new Decimal(r.value);
		expect(v.gte('0.125') && v.lte(new Decimal('0.125').plus('2e-7'))).toBe(true);
		expect(Number(r.achieved)).toBeLessThanOrEqual(2033);
		expect(project(returnRate.set(tenYears, r.value)).summary.paybackYear).toBeLessThanOrEqual(2033);
	});

	it('finds the highest annual cap that keeps the peak exposure under 20% of GDP (C = 200 / 5)', () => {
		// Five years of a cap C on 1000 with no returns: the exposure peaks at 5 C, GDP is 1000.
		const s = scenario([equity({ amount: '1000', schedule: { mode: 'cap', cap: '100' } })], { horizon: 5 });
		const r = expectSolved(goalSeek(s, cap, { kind: 'peakExposure', maxToGdp: '0.2' }));
		const v = new Decimal(r.value);
		expect(v.lte('40') && v.gte(new Decimal('40').minus('0.000149'))).toBe(true);
		expect(project(cap.set(s, r.value)).summary.peakNetExposureToGdp.lte('0.2')).toBe(true);
	});

	it('reports when every value in the range meets the target', () => {
		const r = expectSolved(goalSeek(tenYears, returnRate, { kind: 'peakExposure', maxToGdp: '0.5' }));
		expect(r).toMatchObject({ tolerance: '2e-7', value: '0.05', iterations: 0, everywhere: true });
	});

	it('says unreachable when no value pays back in time', () => {
		const r = goalSeek(tenYears, returnRate, { kind: 'payback', years: 3 });
		expect(r.status).toBe('unreachable');
	});
});

describe('whether a projection meets a goal', () => {
	const p = (npvDeal: string, paybackYear: number | null, peak: string) => ({
		summary: { npvDeal: new Decimal(npvDeal), paybackYear, peakNetExposureToGdp: new Decimal(peak) },
		scenario: { startYear: 2026 }
	});
	it.each([
		{ args: [{ kind: 'npvZero' }, p('-1', 2036, '0.06')], expected: false },
		{ args: [{ kind: 'npvZero' }, p('0', 2036, '0.06')], expected: true },
		{ args: [{ kind: 'npvZero' }, p('-0.0000000001', 2036, '0.06')], expected: false },
		// An exact break-even the engine's 40 digits round just below zero is met; a thousandth of a cent is not.
		{ args: [{ kind: 'npvZero' }, p('-1e-38', 2036, '0.06')], expected: true },
		{ args: [{ kind: 'npvZero' }, p('-1e-14', 2036, '0.06')], expected: false },
		{ args: [{ kind: 'payback', years: 11 }, p('-1', 2036, '0.06')], expected: true },
		{ args: [{ kind: 'payback', years: 10 }, p('-1', 2036, '0.06')], expected: false },
		{ args: [{ kind: 'payback', years: 50 }, p('-1', null, '0.06')], expected: false },
		{ args: [{ kind: 'peakExposure', maxToGdp: '0.05' }, p('-1', 2036, '0.06')], expected: false },
		{ args: [{ kind: 'peakExposure', maxToGdp: '0.06' }, p('-1', 2036, '0.06')], expected: true }
	] as { args: [GoalTarget, ReturnType<typeof p>]; expected: boolean }[])(
		'$args.0.kind is met: $expected',
		({ args, expected }) => {
			expect(meetsGoal(...args)).toBe(expected);
		}
	);
});
