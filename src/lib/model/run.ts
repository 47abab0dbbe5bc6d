/**
 * The one way to run a scenario: validate untrusted JSON with every problem and its path,
 * then simulate it. The page, the compare pin, files, links, the analysis tools, the
 * workers and the command line all come through here, so a fix to how formulas or
 * problems are handled lands once.
 */
import { simulateOutcome, type Outcome } from './outcome';
import { simulate, type Projection } from './project';
import type { Scenario } from './scenario';
import { FormulaError, type FormulaEvaluator } from './schedule';
import { formatProblems, validateScenario, type Problem } from './validate';

export { hasFormula } from './hasFormula';

/** What the engine needs for `formula` schedules (src/lib/formula); empty when there are none. */
export interface EngineOptions {
	/** Checks a formula before evaluation (src/lib/formula's checkFormula). */
	checkFormula?: (expr: string) => string | null;
	/** Evaluates a formula schedule (src/lib/formula's evaluateFormula). */
	evaluateFormula?: FormulaEvaluator;
}

/** A run: the checked scenario and its projection, or every problem (a formula's too). */
export type Run = { ok: true; scenario: Scenario; projection: Projection } | { ok: false; problems: Problem[] };

/**
 * Validates, then simulates. A formula that fails while the engine evaluates it is a
 * problem at its path like any other; anything else thrown is a bug and is rethrown.
 */
export function runScenario(data: unknown, engine: EngineOptions = {}): Run {
	const v = validateScenario(data, { checkFormula: engine.checkFormula });
	if (!v.ok) return { ok: false, problems: v.problems };
	const run = formulaProblems(() => simulate(v.scenario, { evaluateFormula: engine.evaluateFormula }));
	return run.ok ? { ok: true, scenario: v.scenario, projection: run.value } : run;
}

/**
 * simulateOutcome of a scenario validateScenario gave (or one whose edited values were
 * checked as it checks them: Monte Carlo's draws), its failing formula a problem as in
 * runScenario.
 */
export function runOutcome(
	scenario: Scenario,
	engine: EngineOptions = {}
): { ok: true; outcome: Outcome } | { ok: false; problems: Problem[] } {
	const run = formulaProblems(() => simulateOutcome(scenario, { evaluateFormula: engine.evaluateFormula }));
	return run.ok ? { ok: true, outcome: run.value } : run;
}

/** A formula that fails while the engine evaluates it is a problem at its path; anything else thrown is a bug and is rethrown. */
function formulaProblems<T>(simulateIt: () => T): { ok: true; value: T } | { ok: false; problems: Problem[] } {
	try {
		return { ok: true, value: simulateIt() };
	} catch (e) {
		if (e instanceof FormulaError) return { ok: false, problems: [e.problem] };
		throw e;
	}
}

/** The projection of a scenario that must be valid; throws listing every problem otherwise. */
export function projectOrThrow(data: unknown, engine: EngineOptions = {}): Projection {
	const run = runScenario(data, engine);
	if (!run.ok) throw new ScenarioError(run.problems);
	return run.projection;
}

/** Thrown by projectOrThrow: a scenario that should have been valid was not. */
export class ScenarioError extends Error {
	constructor(readonly problems: Problem[]) {
		super(formatProblems(problems));
		this.name = 'ScenarioError';
	}
}
