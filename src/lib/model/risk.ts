/**
 * Deal risk (MODEL.md "Deal risk", v2): S_i, the probability that the deal's tariff
 * terms still hold in year i, and w_v, the share of a scheduled payment still made.
 */
import { ONE, ZERO, type Dec } from './decimal';
import type { DealRisk } from './scenario';

/**
 * S_1..S_H (index 0 is year 1): (1 - hazard)^(i-1), with 0^0 = 1, carried from year to
 * year; 0 for calendar years after `endYear`. Exactly 1 throughout with the defaults.
 */
export function survival(risk: DealRisk, startYear: number, horizon: number): Dec[] {
	const keep = ONE.minus(risk.hazard);
	const out: Dec[] = [];
	let s = ONE;
	for (let i = 1; i <= horizon; i++) {
		if (i > 1 && !keep.eq(ONE)) s = s.times(keep);
		const ended = risk.endYear !== null && startYear + i - 1 > risk.endYear;
		out.push(ended ? ZERO : s);
	}
	return out;
}

/** w_v = S_v + (1 - S_v) * paymentsContinue; exactly 1 where S_v is 1. */
export function paymentWeights(S: readonly Dec[], paymentsContinue: Dec): Dec[] {
	return S.map((s) => (s.eq(ONE) ? ONE : s.plus(ONE.minus(s).times(paymentsContinue))));
}

/** D_v weighted by w_v; a payment of 0 or a weight of 1 is kept as it is (exactly). */
export function weighted(D: readonly Dec[], w: readonly Dec[]): Dec[] {
	return D.map((d, k) => (d.isZero() || w[k].eq(ONE) ? d : d.times(w[k])));
}
