/**
 * What a Monte Carlo run varies: the uncertain inputs, each with a distribution the user
 * can see and change and a note on where it comes from (shared/research/deal-facts.md).
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
	/** Where the distribution comes from, shown beside it. */
	source: string;
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

/** The default spread of each uncertain input around its current value, with its source. */
const DEFAULT_INPUTS: readonly [string, Spread][] = [
	[
		'tranches[0].returnRate',
		(c) => ({
			distribution: { kind: 'normal', mean: c, sd: 0.02 },
			source:
				"Normal around the scenario's value, sd 2 points: 95% of draws within 4 points, about the spread of long-run returns in deal-facts.md §5 (sovereign funds 4.1%, KIC 4.75%, infrastructure funds 11.1%)."
		})
	],
	[
		'tranches[0].lossRate',
		(c) => ({
			distribution: { kind: 'triangular', low: Math.min(0.0013, c), mode: c, high: Math.max(0.03, c) },
			source:
				"Triangular from 0.13% a year (Moody's project-finance loans, about 1.3% lost over 10 years) to 3% a year (an assumption: no loss rate was found for strategic funds), most likely the scenario's value (deal-facts.md §5)."
		})
	],
	[
		'economy.realGrowth',
		(c) => ({
			distribution: { kind: 'normal', mean: c, sd: 0.005 },
			source:
				"Normal around the scenario's value, sd half a point: 2026 forecasts span 1.8% (BoK, IMF) to 2.2% (OECD), and 2025 came in at 1.0% (deal-facts.md §3, §6.9)."
		})
	],
	[
		'economy.fxDrift',
		(c) => ({
			distribution: { kind: 'normal', mean: c, sd: 0.015 },
			source:
				"Normal around the scenario's value, sd 1.5 points a year (an assumption). For scale, the won's yearly average weakened 4.3% from 2024 to 2025 (deal-facts.md §3)."
		})
	],
	[
		'trade.elasticity',
		(c) => ({
			distribution: { kind: 'triangular', low: Math.min(-2.25, c), mode: c, high: Math.max(-0.76, c) },
			source:
				"Triangular from the long-run -2.25 to the one-year -0.76 of Boehm, Levchenko and Pandalai-Nayar (AER 2023), most likely the scenario's value (deal-facts.md §5)."
		})
	],
	[
		'trade.exporterAbsorption',
		(c) => ({
			distribution: { kind: 'triangular', low: Math.min(0, c), mode: c, high: Math.max(0.26, c) },
			source:
				"Triangular from 0 (complete pass-through: Amiti, Redding and Weinstein 2019) to 0.26 (Japan's car export prices, July 2025), most likely the scenario's value; Goldman Sachs estimates 14-18% (deal-facts.md §5, §6.11)."
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
