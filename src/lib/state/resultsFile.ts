/**
 * The results of a scenario as a file: MODEL.md's Results JSON ({scenario, years,
 * summary}, decimals as full-precision strings), exactly what the command line prints.
 */
import { resultsJson, simulate, validateScenario, type ScenarioJson } from '../model/index';
import { loadFormula } from './calculator.svelte';

/** The Results JSON of a scenario, as the command line writes it. */
export async function resultsJsonText(json: ScenarioJson): Promise<string> {
	const needsFormula = json.tranches.some((t) => t.schedule.mode === 'formula');
	const formula = needsFormula ? await loadFormula() : null;
	const v = validateScenario(json, formula ? { checkFormula: formula.checkFormula } : {});
	if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
	const projection = simulate(v.scenario, formula ? { evaluateFormula: formula.evaluateFormula } : {});
	return JSON.stringify(resultsJson(projection), null, 1) + '\n';
}
