/**
 * The yearly totals that vintages add up to, and the helpers they share: adding a
 * vintage's values to the totals in MODEL.md's order, and `split`.
 */
import { ZERO, type Dec } from './decimal';

/** Yearly totals over all vintages (index 0 is year 1). */
export interface Flows {
	disbursed: Dec[];
	guaranteed: Dec[];
	calls: Dec[];
	koreaInflow: Dec[];
	usInflow: Dec[];
	losses: Dec[];
	capitalAtRisk: Dec[];
	contingent: Dec[];
	/** Compensation the US pays Korea for its share of losses. */
	compensation: Dec[];
	/** Korea's part of equity distributions (dividends and terminal payouts). */
	koreaDistributions: Dec[];
	/** What Korea has still to recoup from equity, summed over vintages, at year end. */
	owed: Dec[];
}

/**
 * (v2) What one tranche's own results need, over the horizon and its continuation
 * (years 1..H + continuationYears): its yearly inflows and calls (for npvKorea, the
 * terminal value and koreaIrr's polynomial), what the split hands the US in present
 * value, and when every vintage has been recouped.
 */
export interface TrancheFlows {
	koreaInflow: Dec[];
	calls: Dec[];
	/** sum_t usInflow_t / (1+d)^t. */
	npvUs: Dec;
	/** Equity: the last year index (0-based) at whose end a vintage is first recouped, or null if one never is. */
	recoupIndex: number | null;
	/** 1/(1+d)^i for i = 1..T (index 0 is year 1). */
	factors: readonly Dec[];
}

/** Zeroed flows of one tranche followed for `years` years, with the discount factors of those years. */
export function emptyTrancheFlows(years: number, factors: readonly Dec[]): TrancheFlows {
	const z = () => new Array<Dec>(years).fill(ZERO);
	return { koreaInflow: z(), calls: z(), npvUs: ZERO, recoupIndex: -1, factors };
}

/** Zeroed yearly totals for a horizon of H years. */
export function emptyFlows(horizon: number): Flows {
	const z = () => new Array<Dec>(horizon).fill(ZERO);
	return {
		disbursed: z(),
		guaranteed: z(),
		calls: z(),
		koreaInflow: z(),
		usInflow: z(),
		losses: z(),
		capitalAtRisk: z(),
		contingent: z(),
		compensation: z(),
		koreaDistributions: z(),
		owed: z()
	};
}

/**
 * Korea's part of a distribution x when it has R still to recoup: the part that
 * completes the recoup is shared at s1, the rest at s2 (MODEL.md `split`).
 */
export function split(x: Dec, R: Dec, s1: Dec, s2: Dec): Dec {
	if (R.isZero()) return s2.times(x);
	const before = s1.times(x);
	if (before.lte(R)) return before;
	return R.plus(s2.times(x.minus(R.div(s1))));
}

/**
 * Adds x, the result of model arithmetic (so already rounded to the precision), to the
 * total of year index k. Adding 0, or to 0, is skipped: both leave the exact sum. Years
 * past the list (continuation years, for the horizon's totals) are not kept.
 */
export function add(list: Dec[], k: number, x: Dec): void {
	if (k < list.length) list[k] = plus(list[k], x);
}

/** Adds values[0..n-1] (a vintage's path by age) to the totals of year indices k0.. */
export function accumulate(list: Dec[], values: readonly Dec[], k0: number, n: number): void {
	const m = Math.min(n, list.length - k0);
	for (let a = 0; a < m; a++) list[k0 + a] = plus(list[k0 + a], values[a]);
}

/**
 * Calls `each(first, last, D)` for every run of equal non-zero payments, years
 * first..last (1-based): the vintages of a run are time-shifted copies of one path.
 */
export function forEachRun(D: readonly Dec[], each: (first: number, last: number, d: Dec) => void): void {
	const H = D.length;
	let v = 1;
	while (v <= H) {
		const d = D[v - 1];
		let w = v;
		while (w < H && D[w].eq(d)) w++;
		if (!d.isZero()) each(v, w, d);
		v = w + 1;
	}
}

/** Runs shorter than this are added vintage by vintage: prefix sums would not pay. */
const SHORT_RUN = 3;

/** a + b, where a is a sum and b a value of the model's arithmetic (so both rounded). */
function plus(a: Dec, b: Dec): Dec {
	return b.isZero() ? a : a.isZero() ? b : a.plus(b);
}

/** S[m] = values[0] + ... + values[m - 1], for m = 0..n. */
function prefixSums(values: readonly Dec[], n: number): Dec[] {
	const S: Dec[] = [ZERO];
	for (let m = 0; m < n; m++) S.push(plus(S[m], values[m]));
	return S;
}

/** T[m] = values[m] + ... + values[n - 1], for m = 0..n. */
function suffixSums(values: readonly Dec[], n: number): Dec[] {
	const T: Dec[] = new Array<Dec>(n + 1).fill(ZERO);
	for (let m = n - 1; m >= 0; m--) T[m] = plus(T[m + 1], values[m]);
	return T;
}

/**
 * Adds the path `values` (by age) of the vintages of years first..last to the totals
 * of years first..until (1-based): the vintages alive in year i are aged
 * lo = i - min(last, i) .. hi = i - first, a difference of partial sums of the path.
 * Prefix sums serve while the path's values stay within a factor of 100; beyond, the
 * smaller of the prefix and the suffix sums is used, so the rounding stays small next
 * to the window: paths that decay (balances) or grow (owed with recoup interest) keep
 * ~36 of their 40 digits. A window of zeros sums to exactly 0, a window of
 * non-negative values with one above 0 to more than 0; still, the order of additions
 * is not MODEL.md's, so only for fields whose sums no year of the summary compares.
 */
export function addRun(list: Dec[], values: readonly Dec[], first: number, last: number, until: number): void {
	until = Math.min(until, list.length);
	const n = Math.min(values.length, until - first + 1); // ages that fall in the years
	if (last - first + 1 < SHORT_RUN) {
		for (let v = first; v <= last; v++) accumulate(list, values, v - 1, Math.min(n, until - v + 1));
		return;
	}
	let rises = false;
	let spread = false; // do the path's values span more than a factor of 100?
	let min: Dec | null = null;
	let max: Dec | null = null;
	for (let m = 0; m < n; m++) {
		const x = values[m];
		if (m > 0 && x.gt(values[m - 1])) rises = true;
		if (x.isZero()) continue;
		if (min === null || x.lt(min)) min = x;
		if (max === null || x.gt(max)) max = x;
	}
	if (min !== null && max !== null) spread = max.gt(min.times(100));
	const S = prefixSums(values, n);
	const T = last < until && spread ? suffixSums(values, n) : null;
	for (let i = first; i <= until; i++) {
		const lo = i - Math.min(last, i);
		const hi = Math.min(i - first, n - 1);
		if (lo > hi) break;
		let sum: Dec;
		if (lo === 0) sum = S[hi + 1];
		else if (T !== null && (!rises || T[lo].lt(S[hi + 1]))) sum = T[lo].minus(T[hi + 1]);
		else sum = S[hi + 1].minus(S[lo]);
		add(list, i - 1, sum);
	}
}
