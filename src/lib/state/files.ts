/**
 * Scenario files and the CSV export: the same Scenario JSON v1 the command line reads,
 * checked with the same field-by-field messages, and the yearly table unrounded.
 */
import {
	FormulaError,
	scenarioToJson,
	simulate,
	toProblem,
	validateScenario,
	yearsCsv,
	type Problem,
	type ScenarioJson
} from '../model/index';
import { loadFormula } from './calculator.svelte';

const MAX_FILE_BYTES = 1_000_000;

/** Reads an untrusted scenario file; returns its scenario or every problem. */
export async function readScenarioFile(text: string): Promise<{ json: ScenarioJson } | { problems: Problem[] }> {
	if (text.length > MAX_FILE_BYTES) return { problems: [toProblem('(file)', { code: 'fileTooLarge', params: {} })] };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		return { problems: [toProblem('(file)', { code: 'notJson', params: { reason: (e as Error).message } })] };
	}
	const needsFormula = JSON.stringify(data).includes('"formula"');
	const formula = needsFormula ? await loadFormula() : null;
	const v = validateScenario(data, formula ? { checkFormula: formula.checkFormula } : {});
	if (!v.ok) return { problems: v.problems };
	if (formula) {
		try {
			simulate(v.scenario, { evaluateFormula: formula.evaluateFormula });
		} catch (e) {
			if (e instanceof FormulaError) return { problems: [e.problem] };
			throw e;
		}
	}
	return { json: scenarioToJson(v.scenario) };
}

/** The scenario as a Scenario JSON v1 file. */
export function scenarioFileText(json: ScenarioJson): string {
	return JSON.stringify(json, null, 1) + '\n';
}

/** The yearly table of a scenario as CSV (full precision), the citation (with the link) on its first line. */
export async function csvText(json: ScenarioJson, link: string): Promise<string> {
	const needsFormula = json.tranches.some((t) => t.schedule.mode === 'formula');
	const formula = needsFormula ? await loadFormula() : null;
	const v = validateScenario(json, formula ? { checkFormula: formula.checkFormula } : {});
	if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
	const { citationText } = await import('../publish/citation');
	const cite = citationText({ link, name: json.name });
	return yearsCsv(simulate(v.scenario, formula ? { evaluateFormula: formula.evaluateFormula } : {}), cite);
}

/** A file name from a scenario's name: letters, digits and dashes only. */
export function fileStem(name: string | undefined): string {
	const stem = (name ?? 'scenario')
		.normalize('NFKD')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return stem || 'scenario';
}
