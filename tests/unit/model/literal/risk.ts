/**
 * Deal risk (MODEL.md "Deal risk", v2), as the page spells it: S_i, the probability that
 * the deal's tariff terms still hold in year i, and w_v, the share of a payment still made.
 */
import { ONE, ZERO, type Dec } from '../../../../src/lib/model/decimal';
import type { DealRisk } from '../../../../src/lib/model/scenario';

/**
 * S_1..S_H (index 0 is year 1): (1 - hazard)^(i-1), with 0^0 = 1, the power carried from
 * year to year; 0 for every calendar year after `endYear` when it is set.
 */
export function survival(risk: DealRisk, startYear: number, horizon: number): Dec[] {
	const S: Dec[] = [];
	let power = ONE; // (1 - hazard)^(i-1)
	for (let i = 1; i <= horizon; i++) {
		if (i > 1) power = power.times(ONE.minus(risk.hazard));
		const calendarYear = startYear + i - 1;
		if (risk.endYear !== null && calendarYear > risk.endYear) S.push(ZERO);
		else S.push(power);
	}
	return S;
}

/** w_v = S_v + (1 - S_v) * paymentsContinue, for v = 1..H. */
export function paymentWeights(S: readonly Dec[], paymentsContinue: Dec): Dec[] {
	return S.map((s) => s.plus(ONE.minus(s).times(paymentsContinue)));
}

/**
 * Each D_v multiplied by w_v. With w_v = 1 ("nothing changes", MODEL.md) the payment is
 * kept as it is, digit for digit: an input with more than 40 digits is not rounded.
 */
export function weightedPayments(D: readonly Dec[], w: readonly Dec[]): Dec[] {
	return D.map((d, k) => (w[k].eq(ONE) ? d : d.times(w[k])));
}
