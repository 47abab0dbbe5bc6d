/**
 * Builds a Dec 2026 preset (a version-2 scenario) and its sources from sourced parts.
 */
import type { DealRiskJson, ScenarioJson, SectorJson, TrancheJson } from '../../model/index';
import { at, type SourceMap, type Sourced } from '../types';
import { ECONOMY_2026, TIME_FRAME_2026, TRADE_PARAMETERS_2026 } from './economy';

/** What a Dec 2026 preset is made of; the economy and trade parameters default to Korea's. */
export interface Parts {
	name: string;
	tranches: readonly Sourced<TrancheJson>[];
	sectors: readonly Sourced<SectorJson>[];
	economy?: Sourced<ScenarioJson['economy']>;
	tradeParameters?: Sourced<Omit<ScenarioJson['trade'], 'sectors'>>;
	dealRisk?: Sourced<DealRiskJson>;
}

/** A deep copy of plain data (objects, arrays, strings, numbers): far cheaper than structuredClone, which ran 14 presets' parts at every page load. */
function copy<T>(value: T): T {
	if (Array.isArray(value)) return value.map(copy) as T;
	if (typeof value !== 'object' || value === null) return value;
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(value)) out[k] = copy(v);
	return out as T;
}

/** A complete version-2 scenario and the source of every value it sets. */
export function composeV2(parts: Parts): { scenario: ScenarioJson; sources: SourceMap } {
	const economy = parts.economy ?? ECONOMY_2026;
	const tradeParameters = parts.tradeParameters ?? TRADE_PARAMETERS_2026;
	const sources: SourceMap = { ...TIME_FRAME_2026.sources, ...at('economy', economy.sources) };
	if (parts.dealRisk) Object.assign(sources, at('dealRisk', parts.dealRisk.sources));
	parts.tranches.forEach((t, k) => Object.assign(sources, at(`tranches[${k}]`, t.sources)));
	Object.assign(sources, at('trade', tradeParameters.sources));
	parts.sectors.forEach((s, k) => Object.assign(sources, at(`trade.sectors[${k}]`, s.sources)));
	const scenario: ScenarioJson = {
		version: 2,
		name: parts.name,
		...TIME_FRAME_2026.json,
		economy: copy(economy.json),
		...(parts.dealRisk ? { dealRisk: copy(parts.dealRisk.json) } : {}),
		tranches: parts.tranches.map((t) => copy(t.json)),
		trade: { ...copy(tradeParameters.json), sectors: parts.sectors.map((s) => copy(s.json)) }
	};
	return { scenario, sources };
}
