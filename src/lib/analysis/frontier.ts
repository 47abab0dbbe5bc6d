/**
 * The break-even frontier of two levers (say the annual cap and Korea's share after
 * recoup): the deal's NPV on a grid, and for each value of the first lever the value of
 * the second at which the NPV crosses zero.
 */
import { Decimal, type Dec, type ScenarioJson } from '../model/index';
import { project, type EngineOptions } from './engine';
import { goalSeek } from './goalSeek';
import type { Lever, LeverRange } from './levers';

/** Tuning of one frontier. */
export interface FrontierOptions {
	/** Grid points per lever, at least 2 (default 12 each). */
	steps?: [number, number];
	range1?: LeverRange;
	range2?: LeverRange;
	/** Bisect each crossing on the engine instead of interpolating between grid points. */
	bisect?: boolean;
	engine?: EngineOptions;
	/** Called after each row of the grid (a row is one value of lever 1). */
	onProgress?: (done: number, total: number) => void;
}

/** The grid and its zero crossings, every number a decimal string. */
export interface NpvFrontier {
	lever1: string;
	lever2: string;
	values1: string[];
	values2: string[];
	/** npv[i][j]: summary.npvDeal with lever 1 at values1[i] and lever 2 at values2[j]. */
	npv: string[][];
	/** For each values1[i], the first value of lever 2 where the NPV reaches or crosses zero, or null. */
	crossing: (string | null)[];
}

/** `steps` evenly spaced values over a range, rounded to 3 significant digits of the step. */
export function gridValues(range: LeverRange, steps: number): Dec[] {
	if (!Number.isInteger(steps) || steps < 2) throw new RangeError('a grid needs at least 2 steps');
	const min = new Decimal(range.min);
	const step = new Decimal(range.max).minus(min).div(steps - 1);
	const dp = step.isZero() ? 0 : Math.max(0, 2 - step.log(10).floor().toNumber());
	return Array.from({ length: steps }, (_, k) =>
		k === steps - 1 ? new Decimal(range.max) : min.plus(step.times(k)).toDecimalPlaces(dp)
	);
}

function crossingOf(xs: Dec[], fs: Dec[], solve: (a: Dec, b: Dec) => Dec | null): Dec | null {
	for (let j = 0; j < xs.length; j++) {
		if (fs[j].isZero()) return xs[j];
		if (j + 1 < xs.length && !fs[j + 1].isZero() && fs[j].s !== fs[j + 1].s) return solve(xs[j], xs[j + 1]);
	}
	return null;
}

/** The deal's NPV over a grid of two levers and where it crosses zero (see NpvFrontier). */
export function npvFrontier(
	scenario: ScenarioJson,
	lever1: Lever,
	lever2: Lever,
	options: FrontierOptions = {}
): NpvFrontier {
	const [n1, n2] = options.steps ?? [12, 12];
	const xs1 = gridValues(options.range1 ?? lever1.range, n1);
	const xs2 = gridValues(options.range2 ?? lever2.range, n2);
	const npv: string[][] = [];
	const crossing: (string | null)[] = [];
	xs1.forEach((x1, i) => {
		const row = lever1.set(scenario, x1.toString());
		const fs = xs2.map((x2) => project(lever2.set(row, x2.toString()), options.engine).summary.npvDeal);
		const between = (a: Dec, b: Dec): Dec | null => {
			const [fa, fb] = [fs[xs2.indexOf(a)], fs[xs2.indexOf(b)]];
			if (!options.bisect) return a.minus(fa.times(b.minus(a)).div(fb.minus(fa))).toSignificantDigits(8);
			const range = { min: Decimal.min(a, b).toString(), max: Decimal.max(a, b).toString() };
			const r = goalSeek(row, lever2, { kind: 'npvZero' }, { range, engine: options.engine });
			return r.status === 'solved' ? new Decimal(r.value) : null;
		};
		npv.push(fs.map((f) => f.toString()));
		crossing.push(crossingOf(xs2, fs, between)?.toString() ?? null);
		options.onProgress?.(i + 1, n1);
	});
	return {
		lever1: lever1.id,
		lever2: lever2.id,
		values1: xs1.map((x) => x.toString()),
		values2: xs2.map((x) => x.toString()),
		npv,
		crossing
	};
}
