/**
 * The break-even frontier tool: two levers, a grid computed on demand (after "Computing…"
 * is painted), and what the chart and notes need about the result.
 */
import type { NpvFrontier } from '../../analysis/index';
import type { Unit } from '../../model/index';
import { calc } from '../calculator.svelte';
import { runTool } from './runTool';
import { engineFor, loadAnalysis, nextPaint, scenarioKey } from './tools';

/** Grid points per lever (12 × 12 = 144 runs of the engine, a few hundred milliseconds). */
export const FRONTIER_STEPS = 12;

/** A finished frontier with the levers' units, labels and the scenario's own values. */
export interface FrontierAnswer {
	frontier: NpvFrontier;
	units: [Unit, Unit];
	/** The levers' ids and label keys (labels are made when shown, in the page's language). */
	levers: [{ id: string; labelKey: string }, { id: string; labelKey: string }];
	/** The scenario's values of the two levers when the grid was computed. */
	current: [string, string];
	key: string;
}

/** The frontier tool's state. */
export class FrontierTool {
	lever1 = $state('tranches[0].schedule.cap');
	lever2 = $state('tranches[0].koreaShareBeforeRecoup');
	computing = $state(false);
	answer = $state.raw<FrontierAnswer | null>(null);
	error = $state('');

	/** Computes the grid over the two levers' ranges on the scenario on screen. */
	async compute(): Promise<void> {
		if (this.computing || this.lever1 === this.lever2) return;
		const json = calc.plain();
		this.error = '';
		await runTool(
			this,
			(on) => (this.computing = on),
			async () => {
				const [mod, engine] = await Promise.all([loadAnalysis(), engineFor(json)]);
				await nextPaint();
				const l1 = mod.leverById(this.lever1);
				const l2 = mod.leverById(this.lever2);
				const frontier = mod.npvFrontier(json, l1, l2, { steps: [FRONTIER_STEPS, FRONTIER_STEPS], engine });
				this.answer = {
					frontier,
					units: [l1.unit, l2.unit],
					levers: [
						{ id: l1.id, labelKey: l1.labelKey },
						{ id: l2.id, labelKey: l2.labelKey }
					],
					current: [l1.get(json), l2.get(json)],
					key: scenarioKey(json)
				};
			},
			() => (this.answer = null)
		);
	}

	/** Keeps both levers among those that apply to the scenario (after a preset or tranche change). */
	fit(available: readonly string[]): void {
		if (available.length < 2) return;
		if (!available.includes(this.lever1)) this.lever1 = available[0];
		if (!available.includes(this.lever2) || this.lever2 === this.lever1)
			this.lever2 = available.find((id) => id !== this.lever1) as string;
	}
}

/** The page's frontier tool. */
export const frontierTool = new FrontierTool();
