/**
 * Divisions the yearly results need, done as multiplications: a decimal division costs
 * about four multiplications, and these divisors grow geometrically, so one division
 * gives the first inverse and the rest follow by multiplying. Values agree with the
 * divisions to the last few of the 40 digits; no year of the summary rests on them
 * being exact (a zero numerator still gives exactly 0, and d = 0 gives the terms exactly).
 */
import { ONE, ZERO, type Dec } from './decimal';
import type { Economy } from './scenario';

/** 1 / (x0 * g^i) for i = 1..H (index 0 is year 1). */
function inverses(x0: Dec, g: Dec, horizon: number): Dec[] {
	const step = ONE.div(g);
	const out: Dec[] = [];
	let inv = ONE.div(x0);
	for (let i = 1; i <= horizon; i++) out.push((inv = step.eq(ONE) ? inv : inv.times(step)));
	return out;
}

/**
 * 1 / gdpUsd_i and 1 / reserves_i (MODEL.md "Economy"), for the ratios of the results;
 * `lean` leaves the reserves' out (empty).
 */
export function economyInverses(e: Economy, horizon: number, lean = false): { gdpUsd: Dec[]; reserves: Dec[] } {
	const nominal = ONE.plus(e.realGrowth).times(ONE.plus(e.inflation)); // 1 + n
	const gdpUsd0 = e.gdp0.times(1000).div(e.fx0);
	return {
		gdpUsd: inverses(gdpUsd0, nominal.div(ONE.plus(e.fxDrift)), horizon),
		reserves: lean ? [] : inverses(e.reserves0, ONE.plus(e.reservesGrowth), horizon)
	};
}

/** x * inverse, or exactly 0 when x is 0. */
export function over(x: Dec, inverse: Dec): Dec {
	return x.isZero() ? ZERO : x.times(inverse);
}

/** The discount factors 1/(1+d)^i for i = 1..years (index 0 is year 1). */
export function discountFactors(d: Dec, years: number): Dec[] {
	return inverses(ONE, ONE.plus(d), years);
}

/**
 * The present-value terms of each year: the investment term
 * `-disbursed_i/(1+d)^(i-1) + (koreaInflow_i - calls_i)/(1+d)^i` and the tariff term
 * `tariffBenefit_i/(1+d)^i`, with the discount factors 1/(1+d)^i (at least H of them).
 */
export function presentValues(
	factors: readonly Dec[],
	disbursed: readonly Dec[],
	inflowLessCalls: readonly Dec[],
	tariffBenefit: readonly Dec[]
): { investment: Dec[]; tariff: Dec[] } {
	const investment: Dec[] = [];
	const tariff: Dec[] = [];
	let before = ONE; // 1/(1+d)^(i-1)
	for (let k = 0; k < disbursed.length; k++) {
		const after = factors[k];
		investment.push(over(inflowLessCalls[k], after).minus(over(disbursed[k], before)));
		tariff.push(over(tariffBenefit[k], after));
		before = after;
	}
	return { investment, tariff };
}
