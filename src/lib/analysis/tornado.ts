/**
 * Tornado chart data: for each main input, the deal's NPV (or another summary measure)
 * with that input at the low and at the high end of its sourced range, everything else
 * as it is, sorted by how far apart the two ends are.
 */
import { Decimal, type Dec, type Projection, type ScenarioJson } from '../model/index';
import { project, type EngineOptions } from './engine';
import { leverById } from './leverList';
import type { Lever } from './levers';
import { DEFAULT_TORNADO_SPECS, type TornadoSpec } from './tornadoRanges';

/** The summary measures a tornado can show. */
export type TornadoMetric = 'npvDeal' | 'npvInvestment' | 'peakNetExposureToGdp';

/** One bar: an input at both ends of its range, every number a decimal string. */
export interface TornadoBar {
	lever: string;
	labelKey: string;
	/** The input's value in the scenario. */
	current: string;
	low: string;
	high: string;
	/** The measure with the input at `low` and at `high`. */
	atLow: string;
	atHigh: string;
	/** |atHigh - atLow|. */
	swing: string;
}

/** Bars sorted by swing, largest first, around the scenario's own value of the measure. */
export interface Tornado {
	metric: TornadoMetric;
	base: string;
	bars: TornadoBar[];
	/** Inputs left out because their lever does not apply to this scenario. */
	skipped: string[];
}

/** Tuning of one tornado. */
export interface TornadoOptions {
	metric?: TornadoMetric;
	specs?: readonly TornadoSpec[];
	engine?: EngineOptions;
}

function ends(spec: TornadoSpec, lever: Lever, current: Dec): [Dec, Dec] {
	if ('spread' in spec) {
		const clip = (x: Dec) => Decimal.min(Decimal.max(x, lever.range.min), lever.range.max);
		return [clip(current.minus(spec.spread)), clip(current.plus(spec.spread))];
	}
	return [new Decimal(spec.low), new Decimal(spec.high)];
}

/** The tornado of a scenario (DEFAULT_TORNADO_SPECS unless told otherwise). */
export function tornado(scenario: ScenarioJson, options: TornadoOptions = {}): Tornado {
	const metric = options.metric ?? 'npvDeal';
	const measure = (p: Projection) => p.summary[metric];
	const base = measure(project(scenario, options.engine));
	const bars: (TornadoBar & { order: number; size: Dec })[] = [];
	const skipped: string[] = [];
	(options.specs ?? DEFAULT_TORNADO_SPECS).forEach((spec, order) => {
		const lever = leverById(spec.lever);
		if (!lever.applies(scenario)) {
			skipped.push(spec.lever);
			return;
		}
		const current = lever.get(scenario);
		const [low, high] = ends(spec, lever, new Decimal(current));
		const atLow = measure(project(lever.set(scenario, low.toString()), options.engine));
		const atHigh = measure(project(lever.set(scenario, high.toString()), options.engine));
		const size = atHigh.minus(atLow).abs();
		bars.push({
			lever: lever.id,
			labelKey: lever.labelKey,
			current,
			low: low.toString(),
			high: high.toString(),
			atLow: atLow.toString(),
			atHigh: atHigh.toString(),
			swing: size.toString(),
			order,
			size
		});
	});
	bars.sort((a, b) => b.size.cmp(a.size) || a.order - b.order);
	return { metric, base: base.toString(), bars: bars.map(({ order: _o, size: _s, ...bar }) => bar), skipped };
}
