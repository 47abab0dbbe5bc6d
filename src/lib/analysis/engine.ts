/**
 * The one way the analysis layer runs the engine: Scenario JSON in, Projection out,
 * through the public API only (validateScenario, simulate).
 */
import { formatProblems, simulate, validateScenario, type Projection, type ScenarioJson } from '../model/index';
import type { FormulaEvaluator } from '../model/index';

/** What the engine needs for `formula` schedules; leave empty when there are none. */
export interface EngineOptions {
	/** Checks a formula before evaluation (src/lib/formula's checkFormula). */
	checkFormula?: (expr: string) => string | null;
	/** Evaluates a formula schedule (src/lib/formula's evaluateFormula). */
	evaluateFormula?: FormulaEvaluator;
}

/** Thrown when a scenario the analysis built or was given does not validate. */
export class AnalysisError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'AnalysisError';
	}
}

/** Validates and simulates a Scenario JSON document; throws AnalysisError listing every problem. */
export function project(json: ScenarioJson, engine: EngineOptions = {}): Projection {
	const v = validateScenario(json, { checkFormula: engine.checkFormula });
	if (!v.ok) throw new AnalysisError(formatProblems(v.problems));
	return simulate(v.scenario, { evaluateFormula: engine.evaluateFormula });
}

/** True when some tranche pays in by a user formula (the page then loads src/lib/formula). */
export function hasFormula(json: ScenarioJson): boolean {
	return json.tranches.some((t) => t.schedule?.mode === 'formula');
}
