/**
 * Goal seek: the value of one lever at which the deal just meets a target (NPV = 0,
 * payback within N years, peak net exposure under X% of GDP), by bisection on the
 * Decimal engine after checking that the ends of the lever's range bracket the target.
 */
import { Decimal, type Dec, type Projection, type ScenarioJson } from '../model/index';
import { project, type EngineOptions } from './engine';
import type { Lever, LeverRange } from './levers';

/** What the deal should achieve. */
export type GoalTarget =
	/** summary.npvDeal = 0: the pledge costs exactly what the lower tariffs are worth. */
	| { kind: 'npvZero' }
	/** paybackYear <= startYear + years - 1: Korea is out of pocket no more from that year on. */
	| { kind: 'payback'; years: number }
	/** summary.peakNetExposureToGdp <= maxToGdp (a fraction: '0.05' is 5% of GDP). */
	| { kind: 'peakExposure'; maxToGdp: string };

/** The lever value that meets the target, or why none in the range does. */
export type GoalSeekResult =
	| {
			status: 'solved';
			/** The lever value, a decimal string; for payback and peak exposure a value that meets the target. */
			value: string;
			/** Bisection steps after the two checks of the range ends. */
			iterations: number;
			/** The target's measure at `value`: npvDeal, the payback year, or peakNetExposureToGdp. */
			achieved: string;
			/** How far `value` may be from the exact answer, in the lever's unit. */
			tolerance: string;
			/** True when every value in the range meets the target; `value` is then the current value. */
			everywhere?: boolean;
	  }
	| { status: 'unreachable'; reason: string };

/** Tuning of one goal seek. */
export interface GoalSeekOptions {
	/** Overrides the lever's range. */
	range?: LeverRange;
	/** Stop when the bracket is this fraction of the range wide (default 1e-6). */
	tolerance?: string;
	/** At most this many bisection steps (default 60). */
	maxIterations?: number;
	engine?: EngineOptions;
}

const UNREACHABLE = "no value in the lever's range reaches the target";

/** What meetsGoal reads of a projection. */
export type GoalMeasures = {
	summary: Pick<Projection['summary'], 'npvDeal' | 'paybackYear' | 'peakNetExposureToGdp'>;
	scenario: Pick<Projection['scenario'], 'startYear'>;
};

/**
 * How far below zero a deal's NPV may fall and still count as zero ($bn: a thousandth of a
 * trillionth of a dollar). The engine rounds to 40 significant digits, so at an exact
 * break-even the NPV can come out as -1e-38 rather than 0; a goal met there is met.
 */
const NPV_ROUNDING = new Decimal('-1e-24');

/** True when a projection meets the target: the one test of a goal (goal seek's, and the page's "met now"). */
export function meetsGoal(target: GoalTarget, p: GoalMeasures): boolean {
	if (target.kind === 'payback') {
		const y = p.summary.paybackYear;
		return y !== null && y <= p.scenario.startYear + target.years - 1;
	}
	if (target.kind === 'peakExposure') return p.summary.peakNetExposureToGdp.lte(target.maxToGdp);
	return p.summary.npvDeal.gte(NPV_ROUNDING);
}

/** The target's measure, as the result reports it. */
function measure(target: GoalTarget, p: Projection): string {
	if (target.kind === 'payback') return String(p.summary.paybackYear);
	if (target.kind === 'peakExposure') return p.summary.peakNetExposureToGdp.toString();
	return p.summary.npvDeal.toString();
}

/**
 * The size, relative to the larger NPV at the range's ends, below which an NPV is zero
 * within the engine's rounding: it computes to 40 significant digits, and an exact zero
 * can come out as a few units in the 38th; 1e-30 leaves eight digits for that.
 */
const ROUNDING_NOISE = '1e-30';

/** Solves for one lever; see GoalTarget. Throws AnalysisError if the scenario itself is invalid. */
export function goalSeek(
	scenario: ScenarioJson,
	lever: Lever,
	target: GoalTarget,
	options: GoalSeekOptions = {}
): GoalSeekResult {
	if (!lever.applies(scenario)) return { status: 'unreachable', reason: `${lever.id} does not apply to this scenario` };
	const range = options.range ?? lever.range;
	const lo = new Decimal(range.min);
	const hi = new Decimal(range.max);
	if (lo.gt(hi)) return { status: 'unreachable', reason: `the range ${range.min}..${range.max} is empty` };
	const tol = hi.minus(lo).times(options.tolerance ?? '1e-6');
	const maxIterations = options.maxIterations ?? 60;
	// Midpoints keep one digit more than the tolerance needs, so values stay short strings.
	const dp = tol.isZero() ? 40 : Math.max(0, 1 - tol.log(10).floor().toNumber());
	const mid = (a: Dec, b: Dec) => a.plus(b).div(2).toDecimalPlaces(dp);
	const at = (x: Dec) => project(lever.set(scenario, x.toString()), options.engine);
	const solved = (value: Dec, iterations: number, p: Projection, everywhere = false): GoalSeekResult => ({
		status: 'solved',
		value: value.toString(),
		iterations,
		achieved: measure(target, p),
		tolerance: tol.toString(),
		...(everywhere ? { everywhere } : {})
	});

	const pLo = at(lo);
	const pHi = at(hi);
	if (target.kind === 'npvZero') {
		let [a, b, fa, fb] = [lo, hi, pLo.summary.npvDeal, pHi.summary.npvDeal];
		// An end where the NPV is zero but for the engine's last digits is the root: the
		// sign of rounding noise (-1e-38 where the exact value is 0) says nothing.
		const noise = Decimal.max(fa.abs(), fb.abs()).times(ROUNDING_NOISE);
		if (fa.abs().lte(noise)) return solved(a, 0, pLo);
		if (fb.abs().lte(noise)) return solved(b, 0, pHi);
		if (fa.s === fb.s) {
			const why = `the deal's NPV is ${fa.toSignificantDigits(4)} at ${range.min} and ${fb.toSignificantDigits(4)} at ${range.max}`;
			return { status: 'unreachable', reason: `${UNREACHABLE} (${why})` };
		}
		let n = 0;
		while (b.minus(a).gt(tol) && n < maxIterations) {
			const m = mid(a, b);
			const fm = at(m).summary.npvDeal;
			n++;
			if (fm.isZero()) return solved(m, n, at(m));
			if (fm.s === fa.s) [a, fa] = [m, fm];
			else [b, fb] = [m, fm];
		}
		// Within the last bracket, the straight line through its ends is the best guess.
		const x = a.minus(fa.times(b.minus(a)).div(fb.minus(fa))).toDecimalPlaces(dp);
		const value = x.lt(a) ? a : x.gt(b) ? b : x;
		return solved(value, n, at(value));
	}

	const okLo = meetsGoal(target, pLo);
	const okHi = meetsGoal(target, pHi);
	if (okLo && okHi) {
		const now = new Decimal(lever.get(scenario));
		const value = now.lt(lo) ? lo : now.gt(hi) ? hi : now;
		return solved(value, 0, at(value), true);
	}
	if (!okLo && !okHi) {
		const say = (p: Projection) =>
			target.kind === 'payback'
				? `payback ${p.summary.paybackYear ?? 'never'}`
				: `peak ${p.summary.peakNetExposureToGdp.toSignificantDigits(4)} of GDP`;
		const why = `${say(pLo)} at ${range.min}, ${say(pHi)} at ${range.max}`;
		return { status: 'unreachable', reason: `${UNREACHABLE} (${why})` };
	}
	let [good, bad, pGood] = okLo ? [lo, hi, pLo] : [hi, lo, pHi];
	let n = 0;
	while (good.minus(bad).abs().gt(tol) && n < maxIterations) {
		const m = mid(good, bad);
		const pm = at(m);
		n++;
		if (meetsGoal(target, pm)) [good, pGood] = [m, pm];
		else bad = m;
	}
	return solved(good, n, pGood);
}
