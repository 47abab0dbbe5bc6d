/**
 * Korean names of the tranches and sectors of the earlier presets (their scenario JSON
 * `name` fields stay English). Adding them changes none of the presets' numbers.
 */

/** The six sectors of the earlier presets, in their order (trade.ts SECTORS). */
export const SECTORS_KO: readonly string[] = [
	'승용차',
	'자동차 부품',
	'반도체',
	'일반기계',
	'철강·알루미늄',
	'기타 품목'
];

/** The MOU's two tranches. */
export const TRANCHES_KO = { cash: '전략투자 (현금)', masga: '조선 협력 (MASGA)' } as const;
