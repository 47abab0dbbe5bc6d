/**
 * How the model's tests run a scenario: the engine's one runScenario with the formula
 * functions at hand, failing loudly when a scenario the test built is not valid.
 */
import { checkFormula, evaluateFormula } from '../../../src/lib/formula/index';
import { projectOrThrow, validateScenario, formatProblems } from '../../../src/lib/model/index';
import type { Projection, Scenario } from '../../../src/lib/model/index';

/** The engine options of the command line: every formula function at hand. */
export const ENGINE = { checkFormula, evaluateFormula };

/** The projection of a scenario a test built (it must be valid). */
export function run(json: unknown): Projection {
	return projectOrThrow(json, ENGINE);
}

/** The checked scenario of a document a test (or an arbitrary) built. */
export function validate(json: unknown): Scenario {
	const v = validateScenario(json, { checkFormula });
	if (!v.ok) throw new Error(`the arbitrary made an invalid scenario:\n${formatProblems(v.problems)}`);
	return v.scenario;
}
