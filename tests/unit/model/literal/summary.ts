/**
 * The verdict of a projection (MODEL.md "Results", Summary): peaks, payback, present
 * values and break-even.
 */
import { ONE, ZERO, type Dec } from '../../../../src/lib/model/decimal';

/** The first index from which every later value passes `ok`, or null if the last fails. */
export function firstFromWhichAll<T>(values: readonly T[], ok: (v: T) => boolean): number | null {
	let k = values.length;
	while (k > 0 && ok(values[k - 1])) k--;
	return k === values.length ? null : k;
}

/** Index of the largest value (the first one on ties). */
export function argMax(values: readonly Dec[]): number {
	let best = 0;
	for (let k = 1; k < values.length; k++) if (values[k].gt(values[best])) best = k;
	return best;
}

/** Sum of a list of decimals. */
export function total(values: readonly Dec[]): Dec {
	let s = ZERO;
	for (const v of values) s = s.plus(v);
	return s;
}

/**
 * The present-value terms of each year: the investment term
 * `-disbursed_i/(1+d)^(i-1) + (koreaInflow_i - calls_i)/(1+d)^i` and the tariff term
 * `tariffBenefit_i/(1+d)^i`.
 */
export function presentValues(
	d: Dec,
	disbursed: readonly Dec[],
	inflowLessCalls: readonly Dec[],
	tariffBenefit: readonly Dec[]
): { investment: Dec[]; tariff: Dec[] } {
	const growth = ONE.plus(d);
	const investment: Dec[] = [];
	const tariff: Dec[] = [];
	let before = ONE; // (1+d)^(i-1)
	for (let k = 0; k < disbursed.length; k++) {
		const after = before.times(growth); // (1+d)^i
		investment.push(inflowLessCalls[k].div(after).minus(disbursed[k].div(before)));
		tariff.push(tariffBenefit[k].div(after));
		before = after;
	}
	return { investment, tariff };
}
