/**
 * How the analysis layer runs the engine: Scenario JSON in, Projection out, through the
 * model's one runScenario.
 */
import {
	formatProblems,
	runScenario,
	runValid,
	type EngineOptions,
	type Projection,
	type Run,
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
	return projectionOf(runScenario(json, engine));
}

/** Simulates a scenario that is valid already (see runValid); throws AnalysisError as `project` does. */
export function projectValid(scenario: Scenario, engine: EngineOptions = {}): Projection {
	return projectionOf(runValid(scenario, engine));
}

function projectionOf(run: Run): Projection {
	if (!run.ok) throw new AnalysisError(formatProblems(run.problems));
	return run.projection;
}
