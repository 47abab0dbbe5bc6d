/**
 * Named scenarios a user can start from, each value with its source and date
 * (deal-facts.md). To add a preset: write one file like mou-2025.ts from the parts in
 * tranches.ts, trade.ts and economy.ts, give a source for every new value, and list it
 * in PRESETS. Presets are frozen: copy one (structuredClone) before editing it.
 */
import { COURT_RULING_2026_02 } from './court-ruling-2026-02';
import { JAPAN_STYLE } from './japan-style';
import { KOREA_PROPOSAL_2025_08 } from './korea-proposal-2025-08';
import { MOU_2025 } from './mou-2025';
import { THREAT_2026_01 } from './threat-2026-01';
import type { Preset, Source } from './types';
import { US_DEMAND_2025_09 } from './us-demand-2025-09';

/** A preset, and the source of one of its values. */
export type { Preset, Source } from './types';

/** Every preset, the default first, then in the order of the talks. */
export const PRESETS: readonly Preset[] = Object.freeze([
	MOU_2025,
	KOREA_PROPOSAL_2025_08,
	US_DEMAND_2025_09,
	JAPAN_STYLE,
	THREAT_2026_01,
	COURT_RULING_2026_02
]);

/** The preset the page and share links start from: the signed MOU. */
export const DEFAULT_PRESET_ID: string = MOU_2025.id;

/** The preset with this id, if there is one (ids come from links: any string is safe). */
export function presetById(id: string): Preset | undefined {
	return PRESETS.find((p) => p.id === id);
}

/**
 * The source of a field of a preset, by its path ('economy.gdp0'). An entry of a list
 * ('tranches[0].schedule.amounts[3]') falls back to the source of the whole list.
 */
export function sourceFor(preset: Preset, path: string): Source | undefined {
	const own = Object.prototype.hasOwnProperty.call(preset.sources, path) ? preset.sources[path] : undefined;
	if (own !== undefined) return own;
	const list = path.replace(/\[\d+\]$/, '');
	return list !== path && Object.prototype.hasOwnProperty.call(preset.sources, list) ? preset.sources[list] : undefined;
}
