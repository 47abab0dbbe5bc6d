/**
 * The results of a scenario as a file: MODEL.md's Results JSON ({scenario, years,
 * summary}, decimals as full-precision strings), exactly what the command line prints.
 */
import { engineFor } from '../formula/load';
import { projectOrThrow, resultsJson, type ScenarioJson } from '../model/index';

/** The Results JSON of a scenario, as the command line writes it. */
export async function resultsJsonText(json: ScenarioJson): Promise<string> {
	const projection = projectOrThrow(json, await engineFor(json));
	return JSON.stringify(resultsJson(projection), null, 1) + '\n';
}
