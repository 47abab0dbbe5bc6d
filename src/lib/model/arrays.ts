/**
 * Helpers over lists of decimals that the summary (summarise() in project.ts) reads
 * peaks, payback and break-even with.
 */
import { ZERO, type Dec } from './decimal';

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
