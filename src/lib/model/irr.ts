/**
 * koreaIrr (MODEL.md "Per tranche", v2): the rate r at which a tranche's npvKorea is 0,
 * found by exactly 100 bisection steps on [-0.99, 1]. The answer is the last `mid`.
 *
 * npvKorea at r is a polynomial in x = 1/(1+r): f = sum c_j x^j, with c_j what the
 * tranche nets at the end of year j (its inflows less calls of year j, less the payment
 * made at the start of year j + 1). Each step keeps the end where f has f(lo)'s sign, so
 * once f is known to have a single root above `lo`, every f(mid) has the sign of its
 * side of that root. Norstrom's criterion (the flows discounted at lo, summed, change
 * sign once) proves that in one pass; then the root is found by Newton's method to
 * ~1e-36, f's signs 1e-33 either side confirm it, and the remaining steps compare each
 * mid with that bracket (a mid inside it, about one run in a thousand, is decided by
 * evaluating f). Until the criterion holds, and if it never does, each step evaluates
 * f(mid) as MODEL.md writes it. Both give the same mids.
 */
import { Decimal, ONE, ZERO, type Dec } from './decimal';
import { power } from './power';

const LOW = new Decimal('-0.99');
const HIGH = ONE;
const STEPS = 100;
const HALF = new Decimal('0.5');
/** Half the width of the bracket Newton's answer must be confirmed in. */
const DELTA = new Decimal('1e-33');
/** Newton stops when a step moves x by less than this share of x. */
const SETTLED = new Decimal('1e-37');
/** A Newton step this small (relative to x) leaves an error near its square: done. */
const QUADRATIC = new Decimal('1e-20');
const MAX_NEWTON = 60;

/** f(r) = sum c_j / (1 + r)^j, by Horner's rule in x = 1/(1+r). */
export function npvAt(c: readonly Dec[], r: Dec): Dec {
	const x = ONE.div(ONE.plus(r));
	let s = ZERO;
	for (let j = c.length - 1; j >= 0; j--) s = s.isZero() ? c[j] : s.times(x).plus(c[j]);
	return s;
}

/** -1, 0 or 1. */
function sign(x: Dec): number {
	return x.isZero() ? 0 : x.isNeg() ? -1 : 1;
}

/** MODEL.md's "same sign": both above 0 or both below 0 (a zero counts as a change). */
function sameSign(a: number, b: number): boolean {
	return a !== 0 && a === b;
}

/**
 * The 100 steps, deciding each by `decide(mid)`: true keeps the left end at mid
 * (f(lo) and f(mid) have the same sign), false moves the right end.
 */
function bisect(decide: (mid: Dec, fLo: number) => { keepLo: boolean; fMid: number }, fLow: number): Dec {
	let lo = LOW;
	let hi = HIGH;
	let fLo = fLow;
	let mid = LOW;
	for (let k = 0; k < STEPS; k++) {
		mid = lo.plus(hi).times(HALF);
		const d = decide(mid, fLo);
		if (d.keepLo) {
			lo = mid;
			fLo = d.fMid;
		} else hi = mid;
	}
	return mid;
}

/** The literal bisection of MODEL.md: f(mid) at every step. */
function literal(c: readonly Dec[], fLow: number): Dec {
	return bisect((mid, fLo) => {
		const fMid = sign(npvAt(c, mid));
		return { keepLo: sameSign(fLo, fMid), fMid };
	}, fLow);
}

/**
 * A first guess of the root x* of g(x) = sum c_j x^j: the rate that turns what the
 * tranche pays (N, at its mean time tN) into what it gets back (P, at tP), x = (N/P)^(1/(tP - tN)).
 */
function firstGuess(c: readonly Dec[], xl: Dec, xh: Dec): Dec {
	let P = ZERO;
	let N = ZERO;
	let jP = ZERO;
	let jN = ZERO;
	c.forEach((x, j) => {
		if (x.isZero()) return;
		if (x.isPos()) {
			P = P.plus(x);
			jP = jP.plus(x.times(j));
		} else {
			N = N.minus(x);
			jN = jN.minus(x.times(j));
		}
	});
	const span = jP.div(P).minus(jN.div(N)); // both are non-zero: c changes sign
	const middle = xl.plus(xh).times(HALF);
	if (!span.gt(ZERO)) return middle;
	const guess = power(N.div(P), ONE.div(span));
	return guess.gt(xl) && guess.lt(xh) ? guess : middle;
}

/**
 * The root x* of g(x) = sum c_j x^j in [xl, xh] by safeguarded Newton (a bisection step
 * whenever Newton would leave the bracket), or null if it does not settle. `below` is
 * the sign of g left of the root.
 */
function newtonRoot(c: readonly Dec[], xl: Dec, xh: Dec, below: number): Dec | null {
	let x = firstGuess(c, xl, xh);
	for (let k = 0; k < MAX_NEWTON; k++) {
		let g = ZERO;
		let dg = ZERO;
		for (let j = c.length - 1; j >= 0; j--) {
			dg = dg.times(x).plus(g);
			g = g.times(x).plus(c[j]);
		}
		const s = sign(g);
		if (s === 0) return x;
		if (s === below) xl = x;
		else xh = x;
		if (!dg.isZero()) {
			const step = g.div(dg);
			if (step.abs().lte(x.times(SETTLED))) return x; // settled: g is at the noise of its digits
			const next = x.minus(step);
			// Newton's error after a step is about the square of the step: one this small lands
			// within the noise of 40 digits (confirmedRoot checks the bracket either way).
			if (step.abs().lte(x.times(QUADRATIC)) && next.gt(xl) && next.lt(xh)) return next;
			if (next.gt(xl) && next.lt(xh)) {
				x = next;
				continue;
			}
		}
		x = xl.plus(xh).times(HALF);
		if (xh.minus(xl).lte(x.times(SETTLED))) return x;
	}
	return null;
}

/** A cumulative sum this close to 0 (relative to its terms) is too close to call. */
const TOO_CLOSE = new Decimal('1e-34');

/**
 * Norstrom's criterion at r0: when the running sums A_j = c_0 + c_1 y0 + ... + c_j y0^j
 * (y0 = 1/(1+r0), the flows discounted at r0) change sign exactly once and A_T is not 0,
 * f has exactly one root above r0. (f(r) = sum c_j y0^j z^j with z = (1+r0)/(1+r) in
 * (0, 1), and f/(1-z) is a power series in z whose coefficients are A_0..A_T, A_T, ...:
 * Descartes' rule of signs allows it one root in (0, 1).) A sum too close to 0 to be
 * sure of its sign fails the test.
 */
function uniqueAbove(c: readonly Dec[], r0: Dec): boolean {
	return norstrom(c, r0).unique;
}

/** Norstrom's test at r0, and f(r0) itself (the last running sum). */
function norstrom(c: readonly Dec[], r0: Dec): { unique: boolean; value: Dec } {
	const y0 = ONE.div(ONE.plus(r0));
	let factor = ONE;
	let sum = ZERO;
	let size = ZERO;
	let last = 0;
	let changes = 0;
	let unsure = false;
	for (let j = 0; j < c.length; j++) {
		if (j > 0) factor = factor.times(y0);
		if (c[j].isZero()) continue;
		const term = c[j].times(factor);
		sum = sum.plus(term);
		size = size.plus(term.abs());
		if (sum.abs().lte(size.times(TOO_CLOSE))) {
			if (j === c.length - 1 || sum.isZero()) unsure = true;
			continue; // the sign is decided by the next terms
		}
		const s = sign(sum);
		if (last !== 0 && s !== last) changes++;
		last = s;
	}
	return { unique: !unsure && changes === 1 && !sum.isZero(), value: sum };
}

/**
 * koreaIrr from the coefficients c_0..c_T of f; null when f(-0.99) and f(1) are both
 * above 0 or both below 0.
 */
export function irr(c: readonly Dec[]): Dec | null {
	// Norstrom's pass at -0.99 sums the flows discounted there: f(-0.99) comes with it.
	const atLow = norstrom(c, LOW);
	const fLow = sign(atLow.value);
	const fHigh = sign(npvAt(c, HIGH));
	if (sameSign(fLow, fHigh)) return null;
	let lo = LOW;
	let hi = HIGH;
	let fLo = fLow;
	let mid = LOW;
	let checks = 0;
	let unique = fLo !== 0 && atLow.unique;
	let a: Dec | null = null; // the root lies in (a, b)
	let b: Dec | null = null;
	for (let k = 0; k < STEPS; k++) {
		if (unique && a === null) {
			const bracket = confirmedRoot(c, lo, hi, fLo);
			if (bracket === null) unique = false;
			else [a, b] = bracket;
		}
		mid = lo.plus(hi).times(HALF);
		let fMid: number;
		if (a !== null && b !== null && mid.lte(a))
			fMid = fLo; // left of the one root
		else if (a !== null && b !== null && mid.gte(b)) fMid = -fLo;
		else fMid = sign(npvAt(c, mid));
		if (sameSign(fLo, fMid)) {
			lo = mid;
			fLo = fMid;
			if (!unique && checks < 8) {
				checks++;
				unique = uniqueAbove(c, lo);
			}
		} else hi = mid;
	}
	return mid;
}

/**
 * With f's only root above lo known to lie in (lo, hi]: that root by Newton's method,
 * confirmed by f's signs DELTA either side of it, as a bracket (a, b); or null.
 */
function confirmedRoot(c: readonly Dec[], lo: Dec, hi: Dec, fLo: number): [Dec, Dec] | null {
	// In x = 1/(1+r), x(hi) <= x* < x(lo); g has f(lo)'s sign for x above x*.
	const x = newtonRoot(c, ONE.div(ONE.plus(hi)), ONE.div(ONE.plus(lo)), -fLo);
	if (x === null) return null;
	const root = ONE.div(x).minus(ONE);
	const a = root.minus(DELTA);
	const b = root.plus(DELTA);
	const fa = a.gt(lo) ? sign(npvAt(c, a)) : fLo;
	const fb = b.lt(hi) ? sign(npvAt(c, b)) : -fLo;
	return fa === fLo && fb === -fLo ? [a, b] : null;
}

/** The literal bisection, exported for tests that hold the fast path against it. */
export function irrLiteral(c: readonly Dec[]): Dec | null {
	const fLow = sign(npvAt(c, LOW));
	const fHigh = sign(npvAt(c, HIGH));
	return sameSign(fLow, fHigh) ? null : literal(c, fLow);
}
