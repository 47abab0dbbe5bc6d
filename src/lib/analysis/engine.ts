/**
 * How the analysis layer runs the engine: Scenario JSON in, Projection out, through the
 * model's one runScenario.
 */
import {
	formatProblems,
	runOutcome,
	runScenario,
	type EngineOptions,
	type Outcome,
	type Projection,
	type Scenario,
	type ScenarioJson
} from '../model/index';

export { hasFormula, type EngineOptions } from '../model/index';

/** Thrown when a scenario the analysis built or was given does not validate. */
export class AnalysisError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'AnalysisError';
	}
}

/** Validates and simulates a Scenario JSON document; throws AnalysisError listing every problem. */
export function project(json: ScenarioJson, engine: EngineOptions = {}): Projection {
	const run = runScenario(json, engine);
	if (!run.ok) throw new AnalysisError(formatProblems(run.problems));
	return run.projection;
}

/**
 * What a Monte Carlo draw keeps of `project`, for a scenario that is valid already (see
 * runOutcome); throws AnalysisError as `project` does.
 */
export function outcome(scenario: Scenario, engine: EngineOptions = {}): Outcome {
	const run = runOutcome(scenario, engine);
	if (!run.ok) throw new AnalysisError(formatProblems(run.problems));
	return run.outcome;
}
