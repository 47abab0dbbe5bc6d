/**
 * From the draws of a Monte Carlo run to what the page charts: percentile bands per year,
 * a histogram of the deal's NPV and the chance it is positive. The draws keep the NPV as
 * decimal strings; numbers appear only here, at the edge, for the charts.
 */
import { Decimal } from '../model/index';

/** What some draws of a run collected (a whole run, or one worker's part of it). */
export interface DrawSamples {
	/** The draws from..to-1 of the run. */
	from: number;
	to: number;
	years: number[];
	/** summary.npvDeal of each draw, a decimal string. */
	npvDeal: string[];
	/** [year index][draw]: netExposureToGdp, as a number for the charts. */
	netExposureToGdp: number[][];
	/** [year index][draw]: npvDealCumulative, as a number for the charts. */
	npvDealCumulative: number[][];
}

/** The percentiles the bands show. */
export const PERCENTILES = [10, 25, 50, 75, 90] as const;

/** The name of a percentile's band: "p10" for the 10th. */
export type PercentileKey = `p${(typeof PERCENTILES)[number]}`;
/** The bands' names, in the order of PERCENTILES. */
export const PERCENTILE_KEYS: readonly PercentileKey[] = PERCENTILES.map((p) => `p${p}` as const);

/** One series per percentile, one number per year. */
export type Bands = Record<PercentileKey, number[]>;

/** The outcome of a run, ready for charts (plain numbers) and cards (decimal strings). */
export interface MonteCarloResult {
	seed: number;
	draws: number;
	years: number[];
	netExposureToGdp: Bands;
	npvDealCumulative: Bands;
	npvDeal: {
		/** `counts[k]` draws fell in [edges[k], edges[k+1]) (the last bin includes its upper edge). */
		histogram: { edges: number[]; counts: number[] };
		/** Draws with npvDeal >= 0, compared exactly on the decimals. */
		nonNegative: number;
		probabilityNonNegative: number;
		/** The mean over the draws, a decimal string. */
		mean: string;
		percentiles: Record<PercentileKey, number>;
	};
}

/** The nearest-rank percentile of sorted numbers: always one of the values, never a blend. */
export function percentile(sorted: readonly number[], p: number): number {
	const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
	return sorted[rank - 1];
}

/** A record with one entry per percentile, in the order of PERCENTILES. */
function byPercentile<T>(value: (key: PercentileKey, p: number) => T): Record<PercentileKey, T> {
	return Object.fromEntries(PERCENTILE_KEYS.map((key, k) => [key, value(key, PERCENTILES[k])])) as Record<
		PercentileKey,
		T
	>;
}

function quantiles(values: readonly number[]): Record<PercentileKey, number> {
	const sorted = [...values].sort((a, b) => a - b);
	return byPercentile((_, p) => percentile(sorted, p));
}

function bands(perYear: readonly number[][]): Bands {
	const out: Bands = byPercentile(() => []);
	for (const values of perYear) {
		const q = quantiles(values);
		for (const key of PERCENTILE_KEYS) out[key].push(q[key]);
	}
	return out;
}

/** Equal-width bins from the smallest to the largest value; one bin when all are equal. */
export function histogram(values: readonly number[], bins: number): { edges: number[]; counts: number[] } {
	let lo = Infinity;
	let hi = -Infinity;
	for (const v of values) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
	if (!(hi > lo)) return { edges: [lo, hi], counts: [values.length] };
	const width = (hi - lo) / bins;
	const edges = Array.from({ length: bins + 1 }, (_, k) => (k === bins ? hi : lo + k * width));
	const counts = new Array<number>(bins).fill(0);
	for (const v of values) counts[Math.min(bins - 1, Math.floor((v - lo) / width))]++;
	return { edges, counts };
}

/** Joins the parts of a run (from any number of workers) in draw order; they must tile 0..n. */
export function mergeSamples(parts: readonly DrawSamples[]): DrawSamples {
	const sorted = [...parts].sort((a, b) => a.from - b.from);
	sorted.forEach((p, k) => {
		if (p.from !== (k === 0 ? 0 : sorted[k - 1].to)) throw new RangeError('the parts of a run must tile its draws');
	});
	const first = sorted[0];
	return {
		from: 0,
		to: sorted[sorted.length - 1].to,
		years: first.years,
		npvDeal: sorted.flatMap((p) => p.npvDeal),
		netExposureToGdp: first.years.map((_, i) => sorted.flatMap((p) => p.netExposureToGdp[i])),
		npvDealCumulative: first.years.map((_, i) => sorted.flatMap((p) => p.npvDealCumulative[i]))
	};
}

/** The result of a whole run from its samples. */
export function summariseSamples(samples: DrawSamples, seed: number, bins = 20): MonteCarloResult {
	const n = samples.npvDeal.length;
	if (n === 0) throw new RangeError('a run needs at least one draw');
	const npv = samples.npvDeal.map((x) => new Decimal(x));
	const nonNegative = npv.filter((x) => x.gte(0)).length;
	const mean = npv.reduce((a, b) => a.plus(b), new Decimal(0)).div(n);
	const npvNumbers = samples.npvDeal.map(Number);
	return {
		seed,
		draws: n,
		years: samples.years,
		netExposureToGdp: bands(samples.netExposureToGdp),
		npvDealCumulative: bands(samples.npvDealCumulative),
		npvDeal: {
			histogram: histogram(npvNumbers, bins),
			nonNegative,
			probabilityNonNegative: nonNegative / n,
			mean: mean.toString(),
			percentiles: quantiles(npvNumbers)
		}
	};
}
