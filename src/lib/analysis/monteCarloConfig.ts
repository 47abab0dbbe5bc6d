/**
 * What a Monte Carlo run varies: the uncertain inputs, each with a distribution the user
 * can see and change; where each comes from (shared/research/deal-facts.md) is in the page's
 * messages (mc.source.<lever>, in English and Korean).
 * Plain JSON, so it travels to a worker and into a share link.
 */
import type { ScenarioJson } from '../model/index';
import { distributionProblem, type Distribution } from './distributions';
import { AnalysisError } from './engine';
import { leverById } from './leverList';

/** One uncertain input. */
export interface MonteCarloInput {
	/** A lever id (see leverById). */
	lever: string;
	distribution: Distribution;
}

/** The inputs of a run and how its draws and histogram are shaped. */
export interface MonteCarloConfig {
	inputs: MonteCarloInput[];
	/** Decimal places a drawn number keeps before it enters the scenario (default 6). */
	digits?: number;
	/** Bins of the histogram of the deal's NPV (default 20). */
	bins?: number;
}

type Spread = (current: number) => Omit<MonteCarloInput, 'lever'>;

/** The default spread of each uncertain input around its current value (its source: the message mc.source.<lever>). */
const DEFAULT_INPUTS: readonly [string, Spread][] = [
	[
		'tranches[0].returnRate',
		(c) => ({
			distribution: { kind: 'normal', mean: c, sd: 0.02 }
		})
	],
	[
		'tranches[0].lossRate',
		(c) => ({
			distribution: { kind: 'triangular', low: Math.min(0.0013, c), mode: c, high: Math.max(0.03, c) }
		})
	],
	[
		'economy.realGrowth',
		(c) => ({
			distribution: { kind: 'normal', mean: c, sd: 0.005 }
		})
	],
	[
		'economy.fxDrift',
		(c) => ({
			distribution: { kind: 'normal', mean: c, sd: 0.015 }
		})
	],
	[
		'trade.elasticity',
		(c) => ({
			distribution: { kind: 'triangular', low: Math.min(-2.25, c), mode: c, high: Math.max(-0.76, c) }
		})
	],
	[
		'trade.exporterAbsorption',
		(c) => ({
			distribution: { kind: 'triangular', low: Math.min(0, c), mode: c, high: Math.max(0.26, c) }
		})
	]
];

/**
 * The default inputs, centred on the scenario's own values so the deterministic result
 * sits inside the bands; the spreads come from the sources. Inputs whose lever does not
 * apply (no equity first tranche) are left out.
 */
export function defaultMonteCarloConfig(s: ScenarioJson): MonteCarloConfig {
	const inputs = DEFAULT_INPUTS.filter(([id]) => leverById(id).applies(s)).map(([id, spread]) => ({
		lever: id,
		...spread(Number(leverById(id).get(s)))
	}));
	return { inputs };
}

/** Checks a config against a scenario; throws AnalysisError naming every problem. */
export function checkMonteCarloConfig(s: ScenarioJson, config: MonteCarloConfig): void {
	const problems: string[] = [];
	const digits = config.digits ?? 6;
	if (!Number.isInteger(digits) || digits < 0 || digits > 20) problems.push('digits: must be a whole number 0..20');
	const bins = config.bins ?? 20;
	if (!Number.isInteger(bins) || bins < 1 || bins > 1000) problems.push('bins: must be a whole number 1..1000');
	config.inputs.forEach((input, k) => {
		try {
			const lever = leverById(input.lever);
			if (!lever.applies(s)) problems.push(`inputs[${k}] (${input.lever}): does not apply to this scenario`);
			const problem = distributionProblem(input.distribution, lever.bounds);
			if (problem) problems.push(`inputs[${k}] (${input.lever}): ${problem}`);
		} catch (e) {
			problems.push(`inputs[${k}]: ${(e as Error).message}`);
		}
	});
	if (problems.length > 0) throw new AnalysisError(problems.join('\n'));
}
