/**
 * The Monte Carlo tool: how many draws, the seed (it travels in the link), the
 * distributions (the defaults centred on the scenario until the user edits one), and a
 * run on the worker pool with progress and cancel. The page's thread only posts messages.
 */
import type {
	Distribution,
	MonteCarloClient,
	MonteCarloConfig,
	MonteCarloResult,
	MonteCarloRun
} from '../../analysis/index';
import type { MessageKey } from '../../i18n/index';
import type { ScenarioJson } from '../../model/index';
import { calc } from '../calculator.svelte';
import { distributionIssue } from './distributions';
import { errorText } from './runTool';
import { loadAnalysis, scenarioKey, type AnalysisModule } from './tools';
import { persistSoon } from '../persist.svelte';

/** The shortest time between two updates of the progress bar (ms). */
const PROGRESS_MS = 150;

export const MIN_DRAWS = 200;
export const MAX_DRAWS = 5000;
export const DEFAULT_DRAWS = 1000;
const SEED_MAX = 4294967295;

/** The Monte Carlo tool's state. */
export class MonteCarloTool {
	/** What the user typed for the number of draws. */
	drawsText = $state(String(DEFAULT_DRAWS));
	/** The config after the user's edits; null while the defaults (centred on the scenario) apply. */
	edited = $state.raw<MonteCarloConfig | null>(null);
	running = $state(false);
	done = $state(0);
	total = $state(0);
	cancelled = $state(false);
	error = $state('');
	result = $state.raw<MonteCarloResult | null>(null);
	/** The scenario the result describes. */
	resultKey = $state('');
	#client: MonteCarloClient | null = null;
	#run: MonteCarloRun | null = null;

	/** The number of draws, or null when the text is not a whole number in 200..5000. */
	get draws(): number | null {
		const n = Number(this.drawsText.trim().replace(/,/g, ''));
		return Number.isInteger(n) && n >= MIN_DRAWS && n <= MAX_DRAWS ? n : null;
	}

	/** The distributions a run would use on `json`. */
	config(mod: AnalysisModule, json: ScenarioJson): MonteCarloConfig {
		return this.edited ?? mod.defaultMonteCarloConfig(json);
	}

	/** What is wrong with input k's distribution, as a message key, or null. */
	issue(mod: AnalysisModule, lever: string, d: Distribution): MessageKey | null {
		const bounds = mod.leverById(lever).bounds;
		return distributionIssue(d, (x) => mod.distributionProblem({ kind: 'uniform', low: x, high: x }, bounds) === null);
	}

	/** Changes input k's distribution (the config stops following the scenario's values). */
	setDistribution(mod: AnalysisModule, json: ScenarioJson, k: number, d: Distribution): void {
		const config = this.config(mod, json);
		this.edited = {
			...config,
			inputs: config.inputs.map((input, i) => (i === k ? { ...input, distribution: d } : input))
		};
	}

	/** Back to the default distributions, centred on the scenario on screen. */
	resetDistributions(): void {
		this.edited = null;
	}

	/** Sets the seed from what the user typed; false if it is not a whole number 0..4294967295. */
	setSeed(text: string): boolean {
		const t = text.trim();
		if (!/^\d{1,10}$/.test(t) || Number(t) > SEED_MAX) return false;
		calc.seed = Number(t);
		persistSoon();
		return true;
	}

	/** Runs the draws on the worker pool; a run still going is cancelled first. */
	async run(): Promise<void> {
		const draws = this.draws;
		if (draws === null) return;
		const json = calc.plain();
		const mod = await loadAnalysis();
		const config = this.config(mod, json);
		if (config.inputs.some((input) => this.issue(mod, input.lever, input.distribution))) return;
		this.error = '';
		this.cancelled = false;
		try {
			mod.checkMonteCarloConfig(json, config);
		} catch (e) {
			this.error = errorText(e);
			return;
		}
		this.#client ??= mod.createMonteCarloClient();
		this.done = 0;
		this.total = draws;
		this.running = true;
		// Progress shows at most every PROGRESS_MS: each change repaints the page, and at
		// every report (40 in a run of 1,000) the paints took a third of the main thread
		// while the workers needed both cores.
		let shownAt = 0;
		const onProgress = (done: number, total: number) => {
			const now = performance.now();
			if (this.#run !== run || (now - shownAt < PROGRESS_MS && done < total)) return;
			shownAt = now;
			[this.done, this.total] = [done, total];
		};
		const run = this.#client.run(json, config, { seed: calc.seed, draws, onProgress });
		this.#run = run;
		try {
			const result = await run.promise;
			if (this.#run !== run) return;
			if (result === null) this.cancelled = true;
			else [this.result, this.resultKey] = [result, scenarioKey(json)];
		} catch (e) {
			if (this.#run === run) this.error = errorText(e);
		} finally {
			if (this.#run === run) {
				this.#run = null;
				this.running = false;
			}
		}
	}

	/** Starts the worker pool and warms it on the scenario on screen, so the first Run does not wait. */
	async prepare(): Promise<void> {
		const mod = await loadAnalysis();
		this.#client ??= mod.createMonteCarloClient();
		this.#client.warm(calc.plain());
	}

	/** Stops the run in progress (its result is dropped). */
	cancel(): void {
		this.#run?.cancel();
	}

	/** Cancels any run and ends the workers (the section is gone). */
	dispose(): void {
		this.#run?.cancel();
		this.#client?.dispose();
		this.#client = null;
	}
}

/** The page's Monte Carlo tool. */
export const monteCarloTool = new MonteCarloTool();
