/**
 * Named scenarios a user can start from, each value with its source and date
 * (deal-facts.md, deal-facts-2026.md). To add a preset: write one file like
 * dec-2026/as-it-stands.ts from the parts in dec-2026/ (or mou-2025.ts from tranches.ts,
 * trade.ts and economy.ts), give a source for every new value, and list it in PRESETS.
 * Presets are frozen: copy one (structuredClone) before editing it.
 *
 * A published preset id always means the same numbers, because share links are a preset
 * id plus differences: never change a preset's values. Refreshed data go into a NEW,
 * dated preset; the superseded ones stay, marked `earlier` (tests/unit/presets/presets-v2.test.ts
 * pins the results of every preset).
 */
import { COURT_RULING_2026_02 } from './court-ruling-2026-02';
import { AS_IT_STANDS_2026_12 } from './dec-2026/as-it-stands';
import { JAPAN_DEAL_2026_12 } from './dec-2026/japan-deal';
import {
	CHIPS_PHASE_2_2026_12,
	IEEPA_VOIDED_2026_12,
	SECTION_301_15_2026_12,
	TERMS_END_2029_PAY_2026_12,
	TERMS_END_2029_STOP_2026_12,
	WON_1500_2026_12
} from './dec-2026/variants';
import { JAPAN_STYLE } from './japan-style';
import { KOREA_PROPOSAL_2025_08 } from './korea-proposal-2025-08';
import { MOU_2025 } from './mou-2025';
import { THREAT_2026_01 } from './threat-2026-01';
import type { Preset, Source } from './types';
import { US_DEMAND_2025_09 } from './us-demand-2025-09';

/** A preset, and the source of one of its values. */
export type { Preset, Source } from './types';

/**
 * Every preset: the default first, then the other current (Dec 2026) presets, then the
 * earlier ones ("Earlier presets") in the order of the talks.
 */
export const PRESETS: readonly Preset[] = Object.freeze([
	AS_IT_STANDS_2026_12,
	IEEPA_VOIDED_2026_12,
	TERMS_END_2029_PAY_2026_12,
	TERMS_END_2029_STOP_2026_12,
	SECTION_301_15_2026_12,
	WON_1500_2026_12,
	CHIPS_PHASE_2_2026_12,
	JAPAN_DEAL_2026_12,
	MOU_2025,
	KOREA_PROPOSAL_2025_08,
	US_DEMAND_2025_09,
	JAPAN_STYLE,
	THREAT_2026_01,
	COURT_RULING_2026_02
]);

/** The preset the page opens on: the deal as it stands in Dec 2026. */
export const DEFAULT_PRESET_ID: string = AS_IT_STANDS_2026_12.id;

/**
 * The preset a share link without `p=` is read against: the signed MOU, whatever the page
 * opens on, so that links written before Dec 2026 keep their meaning. (src/lib/link/base.ts
 * holds the same id; it can import this one.)
 */
export const LINK_BASE_PRESET_ID = 'mou-2025';

/** The presets superseded by newer data, shown under "Earlier presets", in PRESETS order. */
export const EARLIER_PRESET_IDS: readonly string[] = Object.freeze(
	PRESETS.filter((p) => p.earlier === true).map((p) => p.id)
);

/** The preset with this id, if there is one (ids come from links: any string is safe). */
export function presetById(id: string): Preset | undefined {
	return PRESETS.find((p) => p.id === id);
}

/**
 * The source of a field of a preset, by its path ('economy.gdp0'). An entry of a list
 * ('tranches[0].schedule.amounts[3]') and a step of a tariff path
 * ('trade.sectors[0].tariffDeal[1].rate') fall back to the source of the whole list or path.
 */
export function sourceFor(preset: Preset, path: string): Source | undefined {
	const own = Object.prototype.hasOwnProperty.call(preset.sources, path) ? preset.sources[path] : undefined;
	if (own !== undefined) return own;
	const list = path.replace(/\[\d+\](\.(from|rate))?$/, '');
	return list !== path && Object.prototype.hasOwnProperty.call(preset.sources, list) ? preset.sources[list] : undefined;
}
