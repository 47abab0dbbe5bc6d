/**
 * Scenario files and the CSV export: the same Scenario JSON v1 the command line reads,
 * checked with the same field-by-field messages, and the yearly table unrounded.
 */
import { engineFor } from '../formula/load';
import type { Problem, ScenarioJson } from '../model/index';
import { loadEngine } from './engine';

const MAX_FILE_BYTES = 1_000_000;

/** Reads an untrusted scenario file; returns its scenario or every problem. */
export async function readScenarioFile(text: string): Promise<{ json: ScenarioJson } | { problems: Problem[] }> {
	const { runScenario, scenarioToJson, toProblem } = await loadEngine();
	if (text.length > MAX_FILE_BYTES) return { problems: [toProblem('(file)', { code: 'fileTooLarge', params: {} })] };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		return { problems: [toProblem('(file)', { code: 'notJson', params: { reason: (e as Error).message } })] };
	}
	const run = runScenario(data, await engineFor(data));
	if (!run.ok) return { problems: run.problems };
	return { json: scenarioToJson(run.scenario) };
}

/** The scenario as a Scenario JSON v1 file. */
export function scenarioFileText(json: ScenarioJson): string {
	return JSON.stringify(json, null, 1) + '\n';
}

/** The yearly table of a scenario as CSV (full precision), the citation (with the link) on its first line. */
export async function csvText(json: ScenarioJson, link: string): Promise<string> {
	const { projectOrThrow, yearsCsv } = await loadEngine();
	const projection = projectOrThrow(json, await engineFor(json));
	const { citationText } = await import('../publish/citation');
	const cite = citationText({ link, name: json.name });
	return yearsCsv(projection, cite);
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
