/**
 * The message protocol of the Monte Carlo worker, and its handler kept apart from the
 * worker global so tests (and a worker-less fallback) can drive it directly.
 */
import type { ScenarioJson } from '../model/index';
import { engineFor } from '../formula/load';
import type { EngineOptions } from './engine';
import { collectSamples } from './monteCarlo';
import type { MonteCarloConfig } from './monteCarloConfig';
import { mergeSamples, summariseSamples, type DrawSamples, type MonteCarloResult } from './monteCarloSummary';

/** What the page sends: run a plan (the whole run, or one part of it), or cancel. */
export type WorkerRequest =
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
 * A message handler for the worker: runs one plan at a time (a new run stops the one
 * before), checks for `cancel` between chunks, and posts progress, the outcome or the error.
 */
export function createWorkerHandler(
	post: (reply: WorkerReply) => void,
	loadEngine: (scenario: ScenarioJson) => Promise<EngineOptions> = engineFor
): (request: WorkerRequest) => Promise<void> {
	let current: { id?: number; stop: boolean } | null = null;
	return async (request) => {
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
