/**
 * The sensitivity (tornado) tool: recomputed automatically a moment after the scenario
 * stops changing (debounced, so a slider drag stays smooth), or at once on request.
 */
import type { Tornado } from '../../analysis/index';
import type { ScenarioJson, Unit } from '../../model/index';
import { runTool } from './runTool';
import { engineFor, loadAnalysis } from './tools';

/** How long the scenario must stay still before the tornado is recomputed. */
export const TORNADO_DELAY_MS = 400;

/** A tornado with each bar's unit, for showing its range. */
export interface TornadoAnswer {
	tornado: Tornado;
	units: Unit[];
	key: string;
}

/** The tornado tool's state. */
export class TornadoTool {
	computing = $state(false);
	/** True between an edit and the recomputation it schedules. */
	waiting = $state(false);
	answer = $state.raw<TornadoAnswer | null>(null);
	error = $state('');
	#timer: ReturnType<typeof setTimeout> | null = null;
	/** The latest scenario, as JSON text (calc.text): parsed only when it is computed. */
	#latest: string | null = null;

	/** Recomputes for the scenario of JSON text `key` once it has stayed the same for TORNADO_DELAY_MS. */
	schedule(key: string): void {
		this.#latest = key;
		if (this.answer?.key === key) return;
		this.waiting = true;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#timer = null;
			void this.compute();
		}, TORNADO_DELAY_MS);
	}

	/** Computes the tornado of the latest scenario now. */
	async compute(key: string | null = this.#latest): Promise<void> {
		if (!key) return;
		const json = JSON.parse(key) as ScenarioJson;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.waiting = false;
		await runTool(
			this,
			(on) => (this.computing = on),
			async () => {
				const [mod, engine] = await Promise.all([loadAnalysis(), engineFor(json)]);
				const tornado = mod.tornado(json, { engine });
				this.answer = {
					tornado,
					units: tornado.bars.map((b) => mod.leverById(b.lever).unit),
					key
				};
				this.error = '';
			}
		);
	}

	/** Stops a pending recomputation (the section is gone). */
	stop(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.waiting = false;
	}
}

/** The page's tornado tool. */
export const tornadoTool = new TornadoTool();
