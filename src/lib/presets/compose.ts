/**
 * Builds a preset's scenario and its sources from sourced parts, so each preset file
 * says only what its deal changes.
 */
import type { ScenarioJson, SectorJson, TrancheJson } from '../model/index';
import { ECONOMY_2025, TIME_FRAME } from './economy';
import { tradeOf } from './trade';
import { at, type SourceMap, type Sourced } from './types';

/** A complete scenario (shared time frame and economy) and the source of every value. */
export function compose(
	name: string,
	tranches: readonly Sourced<TrancheJson>[],
	sectors: readonly Sourced<SectorJson>[]
): { scenario: ScenarioJson; sources: SourceMap } {
	const trade = tradeOf(sectors);
	const sources: SourceMap = { ...TIME_FRAME.sources, ...at('economy', ECONOMY_2025.sources) };
	tranches.forEach((t, k) => Object.assign(sources, at(`tranches[${k}]`, t.sources)));
	Object.assign(sources, trade.sources);
	const scenario: ScenarioJson = {
		version: 1,
		name,
		...TIME_FRAME.json,
		economy: { ...ECONOMY_2025.json },
		tranches: tranches.map((t) => ({ ...t.json, schedule: { ...t.json.schedule } })),
		trade: trade.json
	};
	return { scenario, sources };
}
