/**
 * Monte Carlo over the uncertain inputs: each draw writes drawn decimal strings into the
 * scenario and runs the Decimal engine. Draw k depends only on the seed and k, so a run
 * gives the same result in one piece, in chunks, or split over several workers.
 */
import type { Outcome, Projection, Scenario, ScenarioJson } from '../model/index';
import { drawValue } from './distributions';
import { outcome, project, type EngineOptions } from './engine';
import { leverById } from './leverList';
import type { Lever } from './levers';
import { checkMonteCarloConfig, type MonteCarloConfig } from './monteCarloConfig';
import { summariseSamples, type DrawSamples, type MonteCarloResult } from './monteCarloSummary';
import { drawStream } from './random';

/** Which draws to compute: a run of `draws` draws from `seed`, or its draws from..to-1. */
export interface DrawPlan {
	/** A 32-bit integer; the same seed gives the same draws. */
	seed: number;
	draws: number;
	from?: number;
	to?: number;
}

/** How a caller follows and stops a long run. */
export interface RunControl {
	/** Called after every chunk with the draws done so far (of this plan's part). */
	onProgress?: (done: number, total: number) => void;
	/** Checked before every chunk; true stops the run. */
	shouldStop?: () => boolean;
	/** Draws between progress reports (default 25). */
	chunk?: number;
	engine?: EngineOptions;
}

function checkPlan(plan: DrawPlan): { from: number; to: number } {
	const { seed, draws, from = 0, to = draws } = plan;
	if (!Number.isInteger(seed) || seed < -(2 ** 31) || seed >= 2 ** 32) throw new RangeError('seed: a 32-bit integer');
	if (!Number.isInteger(draws) || draws < 1) throw new RangeError('draws: a whole number of at least 1');
	if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > draws || from >= to)
		throw new RangeError('from and to: draws from..to-1 of 0..draws-1');
	return { from, to };
}

/** Splits draws 0..draws-1 into at most `parts` contiguous pieces of nearly equal size (one per worker). */
export function splitDraws(draws: number, parts: number): { from: number; to: number }[] {
	const n = Math.max(1, Math.min(parts, draws));
	return Array.from({ length: n }, (_, k) => ({
		from: Math.floor((k * draws) / n),
		to: Math.floor(((k + 1) * draws) / n)
	}));
}

/** The levers of a config's inputs, in order. */
function leversOf(config: MonteCarloConfig): Lever[] {
	return config.inputs.map((input) => leverById(input.lever));
}

/** The values of draw `draw`, one decimal string per input of the config, in order. */
function drawValues(config: MonteCarloConfig, levers: readonly Lever[], seed: number, draw: number): string[] {
	const random = drawStream(seed, draw);
	const digits = config.digits ?? 6;
	return config.inputs.map((input, k) => drawValue(input.distribution, levers[k].bounds, random, digits));
}

/** The scenario of draw `draw`: every input of the config replaced by a drawn decimal string. */
export function drawScenario(s: ScenarioJson, config: MonteCarloConfig, seed: number, draw: number): ScenarioJson {
	const levers = leversOf(config);
	return drawValues(config, levers, seed, draw).reduce((acc, value, k) => levers[k].set(acc, value), s);
}

/**
 * What validating drawScenario(s, ...) gives, from `valid` (s validated) and only the
 * drawn values checked; null when a value fails its check, for the caller to go the
 * long way, which reports it as a whole validation would.
 */
function drawValidScenario(
	s: ScenarioJson,
	valid: Scenario,
	config: MonteCarloConfig,
	levers: readonly Lever[],
	seed: number,
	draw: number
): Scenario | null {
	let acc = valid;
	const values = drawValues(config, levers, seed, draw);
	for (let k = 0; k < levers.length; k++) {
		const value = levers[k].check(values[k]);
		if (value === null) return null;
		acc = levers[k].setValid(acc, value, s);
	}
	return acc;
}

/** What a draw keeps of a projection (the long way's). */
function outcomeOf(p: Projection): Outcome {
	return {
		npvDeal: p.summary.npvDeal,
		netExposureToGdp: p.years.map((y) => y.netExposureToGdp),
		npvDealCumulative: p.years.map((y) => y.npvDealCumulative)
	};
}

/**
 * Runs the draws of a plan one chunk at a time: yields the number done after each chunk,
 * returns the samples. Drive it with runMonteCarlo (async) or runMonteCarloSync.
 */
export function* sampleDraws(
	s: ScenarioJson,
	config: MonteCarloConfig,
	plan: DrawPlan,
	control: RunControl = {}
): Generator<number, DrawSamples> {
	checkMonteCarloConfig(s, config);
	const { from, to } = checkPlan(plan);
	const base = project(s, control.engine);
	const years = base.years.map((y) => y.year);
	const levers = leversOf(config);
	const out: DrawSamples = {
		from,
		to,
		years,
		npvDeal: [],
		netExposureToGdp: years.map(() => []),
		npvDealCumulative: years.map(() => [])
	};
	const chunk = Math.max(1, control.chunk ?? 25);
	for (let k = from; k < to; k++) {
		// The scenario is validated once; a draw checks only the values it writes.
		const drawn = drawValidScenario(s, base.scenario, config, levers, plan.seed, k);
		const o =
			drawn === null
				? outcomeOf(project(drawScenario(s, config, plan.seed, k), control.engine))
				: outcome(drawn, control.engine);
		out.npvDeal.push(o.npvDeal.toString());
		for (let i = 0; i < years.length; i++) {
			// The edge: charts need plain numbers.
			out.netExposureToGdp[i].push(o.netExposureToGdp[i].toNumber());
			out.npvDealCumulative[i].push(o.npvDealCumulative[i].toNumber());
		}
		if ((k + 1 - from) % chunk === 0 && k + 1 < to) yield k + 1 - from;
	}
	return out;
}

/** Runs a whole plan without pausing (benchmarks, tests, command line). */
export function runMonteCarloSync(
	s: ScenarioJson,
	config: MonteCarloConfig,
	plan: DrawPlan,
	control: RunControl = {}
): MonteCarloResult {
	const steps = sampleDraws(s, config, { seed: plan.seed, draws: plan.draws }, control);
	for (;;) {
		const step = steps.next();
		control.onProgress?.(step.done ? plan.draws : step.value, plan.draws);
		if (step.done) return summariseSamples(step.value, plan.seed, config.bins);
	}
}

/** Lets queued messages (a worker's `cancel`) in; unlike setTimeout, not clamped to 4 ms. */
export function yieldToEventLoop(): Promise<void> {
	if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/**
 * Runs a plan's draws in chunks, pausing between them so progress can be shown and a
 * cancel can arrive; resolves to the samples, or null when shouldStop said stop.
 */
export async function collectSamples(
	s: ScenarioJson,
	config: MonteCarloConfig,
	plan: DrawPlan,
	control: RunControl = {}
): Promise<DrawSamples | null> {
	const steps = sampleDraws(s, config, plan, control);
	const { from, to } = checkPlan(plan);
	for (;;) {
		if (control.shouldStop?.()) return null;
		const step = steps.next();
		if (step.done) {
			control.onProgress?.(to - from, to - from);
			return step.value;
		}
		control.onProgress?.(step.value, to - from);
		await yieldToEventLoop();
	}
}
