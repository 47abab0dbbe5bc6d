/**
 * x^e for the volume factors of MODEL.md "Trade", faster than decimal.js's `pow`: with
 * a new elasticity in every Monte Carlo draw, the powers are the dearest part of a run.
 * `pow` computes exp(e * ln x) with series whose terms divide by growing factorials;
 * here both arguments are first reduced by powers of STEP = 65/64 (remembered), so the
 * series need ~10 terms, each a multiplication and a division by a small integer.
 * The result is within ~1e-38 of the correctly rounded power (tests compare it with
 * `pow`); whole exponents, and x far from 1, still go to `pow`.
 */
import { Decimal, ONE, ZERO, type Dec } from './decimal';

const STEP = new Decimal(65).div(64); // exactly 1.015625
/**
 * ln(STEP) correctly rounded to the model's 40 digits, written out: computing it when the
 * module loads took 30+ ms on a phone, at every page load (a test checks it equals STEP.ln()).
 */
export const LN_STEP = new Decimal('0.01550418653596525415085404604244683587787');
const MAX_STEPS = 1024; // STEP^1024 ~ 7e6: beyond, `pow`

const stepPowers = new Map<number, Dec>();

/** STEP^m, remembered: a few dozen of them serve every draw. */
function stepPower(m: number): Dec {
	let value = stepPowers.get(m);
	if (value === undefined) {
		value = STEP.pow(m);
		stepPowers.set(m, value);
	}
	return value;
}

/** The j with STEP^j <= x < STEP^(j+1), for STEP^-MAX_STEPS <= x < STEP^MAX_STEPS. */
function floorLogStep(x: Dec): number {
	let lo = -MAX_STEPS; // STEP^lo <= x
	let hi = MAX_STEPS; // x < STEP^hi
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (stepPower(mid).lte(x)) lo = mid;
		else hi = mid;
	}
	return lo;
}

/** True when `term` no longer changes a sum of about 10^sumExponent at 40 digits. */
function negligible(term: Dec, sumExponent: number): boolean {
	return term.isZero() || term.e < sumExponent - 42;
}

/** ln r for r near 1: 2 * atanh((r - 1) / (r + 1)) = 2 * (z + z^3/3 + z^5/5 + ...). */
function lnNearOne(r: Dec): Dec {
	const z = r.minus(ONE).div(r.plus(ONE));
	if (z.isZero()) return ZERO;
	const zz = z.times(z);
	let power = z;
	let sum = z;
	for (let k = 3; ; k += 2) {
		power = power.times(zz);
		const term = power.div(k);
		if (negligible(term, sum.e)) break;
		sum = sum.plus(term);
	}
	return sum.times(2);
}

/** exp(rho) for |rho| <= ln(STEP) / 2: 1 + rho + rho^2/2! + ... */
function expNearZero(rho: Dec): Dec {
	let term: Dec = ONE;
	let sum: Dec = ONE;
	for (let k = 1; ; k++) {
		term = term.times(rho).div(k);
		if (negligible(term, 0)) break;
		sum = sum.plus(term);
	}
	return sum;
}

/** x^e for x > 0. */
export function power(x: Dec, e: Dec): Dec {
	if (e.isInteger() || x.lt(stepPower(-MAX_STEPS)) || x.gte(stepPower(MAX_STEPS))) return x.pow(e);
	const j = floorLogStep(x);
	const lnX = j === 0 ? lnNearOne(x) : LN_STEP.times(j).plus(lnNearOne(x.div(stepPower(j))));
	const y = e.times(lnX); // x^e = exp(y) = STEP^m * exp(y - m ln STEP)
	const m = y.div(LN_STEP).round().toNumber();
	if (Math.abs(m) > MAX_STEPS) return x.pow(e);
	const rho = m === 0 ? y : y.minus(LN_STEP.times(m));
	return m === 0 ? expNearZero(rho) : stepPower(m).times(expNearZero(rho));
}
