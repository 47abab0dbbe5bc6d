/**
 * The page's side of the Monte Carlo worker: starts a run on one or more workers (the
 * draws split between them, the result the same whatever the split), reports progress,
 * and hands back a promise-like run that can be cancelled. The page's thread only posts
 * messages and merges the parts, so it never blocks.
 */
import type { ScenarioJson } from '../model/index';
import { splitDraws } from './monteCarlo';
import type { MonteCarloConfig } from './monteCarloConfig';
import { mergeSamples, summariseSamples, type DrawSamples, type MonteCarloResult } from './monteCarloSummary';
import type { WorkerReply, WorkerRequest } from './monteCarloWorkerCore';

/** The part of a Worker the client uses (tests pass a fake). */
export interface WorkerLike {
	onmessage: ((event: { data: WorkerReply }) => void) | null;
	onerror: ((event: { message?: string }) => void) | null;
	postMessage(message: WorkerRequest): void;
	terminate(): void;
}

/** A run in progress: await it for the result (null if cancelled), or cancel it. */
export interface MonteCarloRun extends PromiseLike<MonteCarloResult | null> {
	promise: Promise<MonteCarloResult | null>;
	cancel(): void;
}

/** How many workers, and how to make one. */
export interface MonteCarloClientOptions {
	/** Default: every core the browser reports (navigator.hardwareConcurrency), at most MAX_WORKERS. */
	workers?: number;
	createWorker?: () => WorkerLike;
}

/** A run's inputs besides the scenario and config. */
export interface RunRequest {
	seed: number;
	draws: number;
	onProgress?: (done: number, total: number) => void;
}

/** A pool of Monte Carlo workers that runs one run at a time. */
export interface MonteCarloClient {
	/** Starts a run; a run still going is cancelled first. */
	run(scenario: ScenarioJson, config: MonteCarloConfig, request: RunRequest): MonteCarloRun;
	/**
	 * Starts the workers and has each run `scenario` a few times, so that the first Run
	 * finds them ready (the analysis section calls it when it comes into view).
	 */
	warm(scenario: ScenarioJson): void;
	/** Cancels any run and ends the workers. */
	dispose(): void;
}

const moduleWorker = (): WorkerLike =>
	new Worker(new URL('./monteCarlo.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

/** More workers than this would each do too few draws to pay for starting. */
export const MAX_WORKERS = 16;

/** How many workers a run uses by default: one per core the browser reports. */
export function defaultWorkerCount(): number {
	const cores = globalThis.navigator?.hardwareConcurrency;
	return Math.max(1, Math.min(MAX_WORKERS, Number.isInteger(cores) && cores ? cores : 2));
}

/**
 * Creates the workers lazily, on the first run. Each worker draws its share of the run
 * (a contiguous range of draw numbers, splitDraws); the shares are merged in draw order,
 * and a draw depends only on the seed and its number, so the result is the same for any
 * number of workers.
 */
export function createMonteCarloClient(options: MonteCarloClientOptions = {}): MonteCarloClient {
	const count = Math.max(1, options.workers ?? defaultWorkerCount());
	let workers: WorkerLike[] = [];
	let nextId = 0;
	let cancelCurrent: (() => void) | null = null;

	function start(): void {
		if (workers.length === 0) workers = Array.from({ length: count }, options.createWorker ?? moduleWorker);
	}

	function run(scenario: ScenarioJson, config: MonteCarloConfig, request: RunRequest): MonteCarloRun {
		cancelCurrent?.();
		start();
		const id = ++nextId;
		// A plain copy: page state may be a proxy, which postMessage cannot clone.
		const [plainScenario, plainConfig] = JSON.parse(JSON.stringify([scenario, config])) as [
			ScenarioJson,
			MonteCarloConfig
		];
		const parts = count === 1 ? [null] : splitDraws(request.draws, count);
		const done = parts.map(() => 0);
		const samples: DrawSamples[] = [];
		let settle: (value: MonteCarloResult | null, error?: Error) => void = () => {};
		const promise = new Promise<MonteCarloResult | null>((resolve, reject) => {
			settle = (value, error) => {
				if (cancelCurrent === cancel) cancelCurrent = null;
				settle = () => {};
				workers.forEach((w) => {
					w.onmessage = null;
					w.onerror = null;
				});
				if (error) reject(error);
				else resolve(value);
			};
		});
		const stopWorkers = () => workers.forEach((w) => w.postMessage({ type: 'cancel', id }));
		const cancel = () => {
			stopWorkers();
			settle(null);
		};
		parts.forEach((part, k) => {
			const worker = workers[k];
			worker.onmessage = ({ data }) => {
				if (data.id !== id) return;
				if (data.type === 'progress') {
					done[k] = data.done;
					const total = done.reduce((a, b) => a + b, 0);
					request.onProgress?.(total, request.draws);
				} else if (data.type === 'result') settle(data.result);
				else if (data.type === 'samples') {
					samples.push(data.samples);
					if (samples.length < parts.length) return;
					try {
						settle(summariseSamples(mergeSamples(samples), request.seed, plainConfig.bins));
					} catch (e) {
						settle(null, e as Error);
					}
				} else if (data.type === 'error') {
					stopWorkers();
					settle(null, new Error(data.message));
				} else settle(null);
			};
			worker.onerror = (event) => {
				// A worker that failed to load or crashed is not reused.
				const failed = workers;
				workers = [];
				settle(null, new Error(event.message ?? 'the Monte Carlo worker failed'));
				failed.forEach((w) => w.terminate());
			};
			const base = { type: 'run' as const, id, scenario: plainScenario, config: plainConfig };
			worker.postMessage({ ...base, seed: request.seed, draws: request.draws, ...(part ? { part } : {}) });
		});
		cancelCurrent = cancel;
		return { promise, cancel, then: (onOk, onErr) => promise.then(onOk, onErr) };
	}

	return {
		run,
		warm(scenario) {
			if (workers.length > 0) return;
			start();
			const plain = JSON.parse(JSON.stringify(scenario)) as ScenarioJson;
			workers.forEach((w) => w.postMessage({ type: 'warm', scenario: plain }));
		},
		dispose() {
			cancelCurrent?.();
			workers.forEach((w) => w.terminate());
			workers = [];
		}
	};
}
