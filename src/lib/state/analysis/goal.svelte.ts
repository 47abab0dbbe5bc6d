/**
 * "What would it take?": the goal-seek form (goal, its number, the lever), solving on
 * the scenario on screen, and applying the solved value to it.
 */
import type { GoalTarget } from '../../analysis/index';
import { calc } from '../calculator.svelte';
import type { Unit } from '../../model/index';
import type { GoalAnswer, GoalKind } from './text';
import { runTool } from './runTool';
import { engineFor, loadAnalysis, nextPaint, scenarioKey } from './tools';

/** The lever the form starts with (the MOU's 50:50 split until recoup). */
export const DEFAULT_GOAL_LEVER = 'tranches[0].koreaShareBeforeRecoup';

/** The goal-seek tool's state. */
export class GoalSeekTool {
	kind = $state<GoalKind>('npvZero');
	/** What the user typed for N (payback within N years). */
	years = $state('10');
	/** What the user typed for X (peak net exposure under X% of GDP). */
	peakPercent = $state('5');
	leverId = $state(DEFAULT_GOAL_LEVER);
	solving = $state(false);
	answer = $state.raw<GoalAnswer | null>(null);
	/** The lever and scenario the answer belongs to. */
	answerFor = $state.raw<{ leverId: string; key: string } | null>(null);
	error = $state('');
	/** The value last applied, shown until the next solve. */
	applied = $state.raw<{ leverRef: { id: string; labelKey: string }; unit: Unit; value: string } | null>(null);

	/** The goal the form describes, or the key of what is wrong with its number. */
	goal(horizon: number): GoalTarget | { problem: 'goal.yearsInvalid' | 'goal.peakInvalid' } {
		if (this.kind === 'payback') {
			const n = Number(this.years.trim());
			return Number.isInteger(n) && n >= 1 && n <= horizon
				? { kind: 'payback', years: n }
				: { problem: 'goal.yearsInvalid' };
		}
		if (this.kind === 'peakExposure') {
			const x = Number(this.peakPercent.trim().replace(',', '.').replace('%', ''));
			return Number.isFinite(x) && x > 0 && x <= 100
				? { kind: 'peakExposure', maxToGdp: String(x / 100) }
				: { problem: 'goal.peakInvalid' };
		}
		return { kind: 'npvZero' };
	}

	/** Runs goal seek on the scenario on screen (synchronous, ~100 ms, after "Solving…" is painted). */
	async solve(): Promise<void> {
		const json = calc.plain();
		const goal = this.goal(Number(json.horizon));
		if ('problem' in goal || this.solving) return;
		this.error = '';
		this.applied = null;
		await runTool(
			this,
			(on) => (this.solving = on),
			async () => {
				const [mod, engine] = await Promise.all([loadAnalysis(), engineFor(json)]);
				await nextPaint();
				const lever = mod.leverById(this.leverId);
				const metNow = mod.meetsGoal(goal, mod.project(json, engine));
				const result = mod.goalSeek(json, lever, goal, { engine });
				this.answer = {
					goal,
					leverRef: { id: lever.id, labelKey: lever.labelKey },
					unit: lever.unit,
					range: lever.range,
					current: lever.get(json),
					metNow,
					startYear: Number(json.startYear),
					result
				};
				this.answerFor = { leverId: lever.id, key: scenarioKey(json) };
			},
			() => {
				this.answer = null;
				this.answerFor = null;
			}
		);
	}

	/** The solved value, if the answer has one that differs from the scenario's own value. */
	get solvedValue(): string | null {
		const r = this.answer?.result;
		return r && r.status === 'solved' && !r.everywhere ? r.value : null;
	}

	/** Puts the solved value into the scenario on screen, through the lever. */
	async apply(): Promise<void> {
		const value = this.solvedValue;
		const leverId = this.answerFor?.leverId;
		if (value === null || !leverId) return;
		const mod = await loadAnalysis();
		const lever = mod.leverById(leverId);
		const json = calc.plain();
		if (!lever.applies(json)) return;
		calc.json = lever.set(json, value);
		this.applied = { leverRef: { id: lever.id, labelKey: lever.labelKey }, unit: lever.unit, value };
	}
}

/** The page's goal-seek tool. */
export const goalSeekTool = new GoalSeekTool();
