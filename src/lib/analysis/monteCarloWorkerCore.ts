/**
 * The message protocol of the Monte Carlo worker, and its handler kept apart from the
 * worker global so tests (and a worker-less fallback) can drive it directly.
 */
import type { ScenarioJson } from '../model/index';
import { engineFor } from '../formula/load';
import { project, type EngineOptions } from './engine';
import { collectSamples } from './monteCarlo';
import type { MonteCarloConfig } from './monteCarloConfig';
import { mergeSamples, summariseSamples, type DrawSamples, type MonteCarloResult } from './monteCarloSummary';

/**
 * What the page sends: run a plan (the whole run, or one part of it), cancel, or warm up
 * (load the engine and run the scenario a few times while the reader is still reading,
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

/** Runs of the scenario a warm-up makes: enough for the engine's hot paths to be compiled. */
export const WARM_RUNS = 8;

/** Runs the scenario WARM_RUNS times and keeps nothing; a scenario that does not run is left to Run to report. */
async function warm(scenario: ScenarioJson, loadEngine: (scenario: ScenarioJson) => Promise<EngineOptions>) {
	try {
		const engine = await loadEngine(scenario);
		for (let k = 0; k < WARM_RUNS; k++) project(scenario, engine);
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
	return async (request) => {
		if (request.type === 'warm') {
			await warm(request.scenario, loadEngine);
			return;
		}
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
