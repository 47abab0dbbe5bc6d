/**
 * The message protocol of the Monte Carlo worker, and its handler kept apart from the
 * worker global so tests (and a worker-less fallback) can drive it directly.
 */
import type { ScenarioJson } from '../model/index';
import { engineFor } from '../formula/load';
import type { EngineOptions } from './engine';
import { collectSamples, sampleDraws, yieldToEventLoop } from './monteCarlo';
import { defaultMonteCarloConfig, type MonteCarloConfig } from './monteCarloConfig';
import { mergeSamples, summariseSamples, type DrawSamples, type MonteCarloResult } from './monteCarloSummary';

/**
 * What the page sends: run a plan (the whole run, or one part of it), cancel, or warm up
 * (load the engine and make some draws of the scenario while the reader is still reading,
 * so a click on Run does not wait for the worker to start and the engine to be compiled).
 */
export type WorkerRequest =
	| { type: 'warm'; scenario: ScenarioJson }
	| {
			type: 'run';
			/** Echoed in every reply, so replies of an older run can be told apart. */
			id?: number;
			scenario: ScenarioJson;
			config: MonteCarloConfig;
			seed: number;
			draws: number;
			/** Only draws from..to-1: the worker then replies with `samples` for the page to merge. */
			part?: { from: number; to: number };
	  }
	| { type: 'cancel'; id?: number };

/** What the worker sends back. */
export type WorkerReply =
	| { type: 'progress'; id?: number; done: number; total: number }
	| { type: 'result'; id?: number; result: MonteCarloResult }
	| { type: 'samples'; id?: number; samples: DrawSamples }
	| { type: 'cancelled'; id?: number }
	| { type: 'error'; id?: number; message: string };

/**
 * Draws a warm-up makes with the default distributions: the JIT compiles the draws' hot
 * paths only after a hundred or two of them (in Chromium, the first 200 draws of a cold
 * worker took twice as long each as the next 300).
 */
const WARM_DRAWS = 200;
/** Draws between two looks at the queue: a Run that arrives waits for at most this many. */
const WARM_CHUNK = 4;

/**
 * Makes WARM_DRAWS draws of the scenario and keeps nothing, giving way between chunks and
 * stopping once `stopped` says so (a run has arrived); a scenario that does not run is
 * left to Run to report.
 */
async function warm(
	scenario: ScenarioJson,
	loadEngine: (scenario: ScenarioJson) => Promise<EngineOptions>,
	stopped: () => boolean
) {
	try {
		const engine = await loadEngine(scenario);
		const config = defaultMonteCarloConfig(scenario);
		const steps = sampleDraws(scenario, config, { seed: 0, draws: WARM_DRAWS }, { engine, chunk: WARM_CHUNK });
		while (!stopped() && !steps.next().done) await yieldToEventLoop();
	} catch {
		// Nothing to report: the run itself says what is wrong.
	}
}

/**
 * A message handler for the worker: runs one plan at a time (a new run stops the one
 * before), checks for `cancel` between chunks, and posts progress, the outcome or the error.
 */
export function createWorkerHandler(
	post: (reply: WorkerReply) => void,
	loadEngine: (scenario: ScenarioJson) => Promise<EngineOptions> = engineFor
): (request: WorkerRequest) => Promise<void> {
	let current: { id?: number; stop: boolean } | null = null;
	let warming = { stop: false };
	return async (request) => {
		if (request.type === 'warm') {
			const w = (warming = { stop: false });
			await warm(request.scenario, loadEngine, () => w.stop);
			return;
		}
		warming.stop = true; // a run, or a cancel, ends the warm-up
		if (request.type === 'cancel') {
			if (current && (request.id === undefined || request.id === current.id)) current.stop = true;
			return;
		}
		if (current) current.stop = true;
		const run: { id?: number; stop: boolean } = { id: request.id, stop: false };
		current = run;
		const id = request.id;
		try {
			const engine = await loadEngine(request.scenario);
			const plan = { seed: request.seed, draws: request.draws, ...request.part };
			const samples = await collectSamples(request.scenario, request.config, plan, {
				engine,
				shouldStop: () => run.stop,
				onProgress: (done, total) => post({ type: 'progress', id, done, total })
			});
			if (samples === null) post({ type: 'cancelled', id });
			else if (request.part) post({ type: 'samples', id, samples });
			else
				post({
					type: 'result',
					id,
					result: summariseSamples(mergeSamples([samples]), request.seed, request.config.bins)
				});
		} catch (e) {
			post({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
		} finally {
			if (current === run) current = null;
		}
	};
}
