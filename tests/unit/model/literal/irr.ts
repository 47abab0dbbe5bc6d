/**
 * koreaIrr (MODEL.md "Per tranche", v2), as the page spells it: the rate r at which
 * npvKorea computed at r instead of d is 0, found by exactly 100 bisection steps on
 * [-0.99, 1]. f(lo) is f at the current lo: kept from the step that moved lo there (f is
 * a function, so evaluating it again would give the same value, at twice the cost).
 */
import { Decimal, type Dec } from '../../../../src/lib/model/decimal';

/** "Same sign": both above 0 or both below 0 (a zero counts as a sign change). */
function sameSign(a: Dec, b: Dec): boolean {
	return (a.gt(0) && b.gt(0)) || (a.lt(0) && b.lt(0));
}

/**
 * The bisection of MODEL.md on f; null when f(-0.99) and f(1) are both above 0 or both
 * below 0 (when one of them is exactly 0 it still runs).
 */
export function bisectionIrr(f: (r: Dec) => Dec): Dec | null {
	let lo = new Decimal('-0.99');
	let hi = new Decimal(1);
	let fLo = f(lo);
	if (sameSign(fLo, f(hi))) return null;
	let mid = lo;
	for (let step = 1; step <= 100; step++) {
		mid = lo.plus(hi).div(2);
		const fMid = f(mid);
		if (sameSign(fLo, fMid)) {
			lo = mid;
			fLo = fMid; // f at the new lo
		} else hi = mid;
	}
	return mid;
}
