/**
 * The distributions a user can give an uncertain input, and drawing a value from one:
 * a number from the seeded stream, turned into a short decimal string before it ever
 * reaches a scenario.
 */
import { canonicalDecimal, Decimal, type Dec } from '../model/index';
import type { Lever } from './levers';
import { standardNormal, triangular, type Random } from './random';

/** An input's distribution, in the input's own unit (fractions, not percent). */
export type Distribution =
	/** Normal, truncated to the values the model accepts for the field (draws outside are drawn again). */
	| { kind: 'normal'; mean: number; sd: number }
	| { kind: 'uniform'; low: number; high: number }
	| { kind: 'triangular'; low: number; mode: number; high: number };

type Bounds = Lever['bounds'];

/** True when a decimal lies within a field's bounds. */
export function withinBounds(x: Dec, b: Bounds): boolean {
	if (b.min !== undefined && (b.minExclusive ? x.lte(b.min) : x.lt(b.min))) return false;
	return b.max === undefined || x.lte(b.max);
}

/** What is wrong with a distribution for a field, or null. */
export function distributionProblem(d: Distribution, bounds: Bounds): string | null {
	const params =
		d.kind === 'normal' ? [d.mean, d.sd] : d.kind === 'uniform' ? [d.low, d.high] : [d.low, d.mode, d.high];
	if (!params.every(Number.isFinite)) return 'every parameter must be a finite number';
	const inside = (x: number) => withinBounds(new Decimal(x), bounds);
	if (d.kind === 'normal') {
		if (d.sd < 0) return 'the standard deviation must be at least 0';
		return inside(d.mean) ? null : 'the mean must be a value the field accepts';
	}
	if (d.kind === 'triangular' && !(d.low <= d.mode && d.mode <= d.high)) return 'low <= mode <= high is required';
	if (d.low > d.high) return 'low must not exceed high';
	return inside(d.low) && inside(d.high) ? null : 'low and high must be values the field accepts';
}

function once(d: Distribution, random: Random): number {
	if (d.kind === 'normal') return d.sd === 0 ? d.mean : d.mean + d.sd * standardNormal(random);
	if (d.kind === 'uniform') return d.low === d.high ? d.low : d.low + (d.high - d.low) * random();
	return triangular(random, d.low, d.mode, d.high);
}

const MAX_TRIES = 1000;

/**
 * One value as a decimal string rounded to `digits` decimal places, within the field's
 * bounds: a draw outside them (after rounding) is drawn again.
 */
export function drawValue(d: Distribution, bounds: Bounds, random: Random, digits: number): string {
	for (let k = 0; k < MAX_TRIES; k++) {
		const x = new Decimal(once(d, random).toFixed(digits));
		if (withinBounds(x, bounds)) return canonicalDecimal(x);
	}
	throw new RangeError(`no draw within the field's bounds after ${MAX_TRIES} tries`);
}
