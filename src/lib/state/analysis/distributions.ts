/**
 * Editing the Monte Carlo distributions: their parameters (shown and parsed through
 * state/units.ts), a sensible switch from one kind to another, and what is wrong with
 * one, as a message key.
 */
import type { Distribution } from '../../analysis/index';
import type { MessageKey } from '../../i18n/index';

export type DistributionKind = Distribution['kind'];
export const DISTRIBUTION_KINDS: readonly DistributionKind[] = ['normal', 'uniform', 'triangular'];

/** A parameter of some distribution. */
export type DistributionParam = 'mean' | 'sd' | 'low' | 'mode' | 'high';

/** The parameters of each kind, in the order the table shows them. */
export const PARAMS: Record<DistributionKind, readonly DistributionParam[]> = {
	normal: ['mean', 'sd'],
	uniform: ['low', 'high'],
	triangular: ['low', 'mode', 'high']
};

/** A parameter's value (or undefined if the kind has none of that name). */
export function paramOf(d: Distribution, p: DistributionParam): number | undefined {
	return (d as unknown as Record<string, number | undefined>)[p];
}

/** The distribution with one parameter changed. */
export function withParam(d: Distribution, p: DistributionParam, value: number): Distribution {
	return { ...d, [p]: value } as Distribution;
}

const round = (x: number) => Number(x.toPrecision(10));

/**
 * The same input under another kind, keeping its centre and about its spread: a normal
 * becomes low/high at mean ± 2 sd (mode at the mean); low/high become a normal with the
 * mean in the middle (or at the mode) and sd a quarter of the width.
 */
export function convertDistribution(d: Distribution, kind: DistributionKind): Distribution {
	if (d.kind === kind) return d;
	const centre = d.kind === 'normal' ? d.mean : d.kind === 'triangular' ? d.mode : (d.low + d.high) / 2;
	const [low, high] = d.kind === 'normal' ? [d.mean - 2 * d.sd, d.mean + 2 * d.sd] : [d.low, d.high];
	if (kind === 'normal') return { kind, mean: round(centre), sd: round((high - low) / 4) };
	if (kind === 'uniform') return { kind, low: round(low), high: round(high) };
	return { kind, low: round(low), mode: round(centre), high: round(high) };
}

/**
 * What is wrong with a distribution, as a message key, or null. `accepts` says whether
 * the input takes a value (the lever's bounds; the analysis layer checks them exactly).
 */
export function distributionIssue(d: Distribution, accepts: (x: number) => boolean): MessageKey | null {
	const values = PARAMS[d.kind].map((p) => paramOf(d, p));
	if (!values.every((v) => typeof v === 'number' && Number.isFinite(v))) return 'mc.problem.number';
	if (d.kind === 'normal') {
		if (d.sd < 0) return 'mc.problem.sd';
		return accepts(d.mean) ? null : 'mc.problem.bounds';
	}
	if (d.kind === 'triangular' && !(d.low <= d.mode && d.mode <= d.high)) return 'mc.problem.order';
	if (d.low > d.high) return 'mc.problem.order';
	return accepts(d.low) && accepts(d.high) ? null : 'mc.problem.bounds';
}
