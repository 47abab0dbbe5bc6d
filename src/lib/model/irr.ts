/**
 * koreaIrr (MODEL.md "Per tranche", v2): the rate r at which a tranche's npvKorea is 0,
 * found by exactly 100 bisection steps on [-0.99, 1]. The answer is the last `mid`.
 *
 * npvKorea at r is a polynomial in x = 1/(1+r): f = sum c_j x^j, with c_j what the
 * tranche nets at the end of year j (its inflows less calls of year j, less the payment
 * made at the start of year j + 1). Each step's decision is the sign of f(mid), so the
 * 100 mids are fixed by where f changes sign. When the non-zero c_j change sign once,
 * f has exactly one root r* (Descartes' rule of signs), and f(mid) has the sign of one
 * side of it: then r* is found by Newton's method to ~1e-36, two evaluations of f
 * confirm it lies in a bracket of width 2e-33, and the steps are replayed by comparing
 * each mid with the bracket; a mid inside it (about one run in a thousand) is decided
 * by evaluating f itself. Any other case (several sign changes, Newton not settling)
 * runs the 100 evaluations as MODEL.md writes them. Both give the same mids.
 */
import { Decimal, ONE, ZERO, type Dec } from './decimal';

const LOW = new Decimal('-0.99');
const HIGH = ONE;
const STEPS = 100;
const HALF = new Decimal('0.5');
/** Half the width of the bracket Newton's answer must be confirmed in. */
const DELTA = new Decimal('1e-33');
/** Newton stops when a step moves x by less than this share of x. */
const SETTLED = new Decimal('1e-37');
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

/** The number of sign changes of the non-zero coefficients, and the first one's sign. */
function signChanges(c: readonly Dec[]): { changes: number; first: number } {
	let changes = 0;
	let first = 0;
	let last = 0;
	for (const x of c) {
		const s = sign(x);
		if (s === 0) continue;
		if (first === 0) first = s;
		else if (s !== last) changes++;
		last = s;
	}
	return { changes, first };
}

/**
 * The root x* of g(x) = sum c_j x^j in [xl, xh] by safeguarded Newton (a bisection step
 * whenever Newton would leave the bracket), or null if it does not settle. `below` is
 * the sign of g left of the root.
 */
function newtonRoot(c: readonly Dec[], xl: Dec, xh: Dec, below: number): Dec | null {
	let x = ONE.gt(xl) && ONE.lt(xh) ? ONE : xl.plus(xh).times(HALF); // r = 0: most returns are near it
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
		let next = dg.isZero() ? null : x.minus(g.div(dg));
		if (next === null || !next.gt(xl) || !next.lt(xh)) next = xl.plus(xh).times(HALF);
		const moved = next.minus(x).abs();
		x = next;
		if (moved.lte(x.times(SETTLED))) return x;
	}
	return null;
}

/**
 * koreaIrr from the coefficients c_0..c_T of f; null when f(-0.99) and f(1) are both
 * above 0 or both below 0.
 */
export function irr(c: readonly Dec[]): Dec | null {
	const fLow = sign(npvAt(c, LOW));
	const fHigh = sign(npvAt(c, HIGH));
	if (sameSign(fLow, fHigh)) return null;
	const { changes, first } = signChanges(c);
	if (changes !== 1 || fLow === 0 || fHigh === 0) return literal(c, fLow);
	// One root; f has the sign `first` (of the lowest power) for r above it, -first below.
	const x = newtonRoot(c, ONE.div(ONE.plus(HIGH)), ONE.div(ONE.plus(LOW)), first);
	if (x === null) return literal(c, fLow);
	const root = ONE.div(x).minus(ONE);
	const a = root.minus(DELTA);
	const b = root.plus(DELTA);
	if (sign(npvAt(c, a)) !== -first || sign(npvAt(c, b)) !== first) return literal(c, fLow);
	return bisect((mid, fLo) => {
		if (mid.lte(a)) return { keepLo: true, fMid: fLo }; // left of the root: f(mid) has f(lo)'s sign
		if (mid.gte(b)) return { keepLo: false, fMid: 0 };
		const fMid = sign(npvAt(c, mid));
		return { keepLo: sameSign(fLo, fMid), fMid };
	}, fLow);
}

/** The literal bisection, exported for tests that hold the fast path against it. */
export function irrLiteral(c: readonly Dec[]): Dec | null {
	const fLow = sign(npvAt(c, LOW));
	const fHigh = sign(npvAt(c, HIGH));
	return sameSign(fLow, fHigh) ? null : literal(c, fLow);
}
