/**
 * The element id of a field's editor, derived from the field's path (the path names the
 * field; problems and sources are found by it). The ids are the ones the page has always
 * had: `f-` and the path with dashes for the scenario's own fields (`economy.gdp0` →
 * `f-economy-gdp0`), `t<k>-` and the field for a tranche's, its schedule's included
 * (`tranches[1].schedule.cap` → `t1-cap`, a custom year `…schedule.amounts[2]` → `t1-amount-2`).
 */
export function fieldId(path: string): string {
	const tranche = /^tranches\[(\d+)\]\.(?:schedule\.)?(.+)$/.exec(path);
	if (tranche) return `t${tranche[1]}-${tranche[2].replace(/^amounts\[(\d+)\]$/, 'amount-$1')}`;
	return `f-${path.replace(/\./g, '-')}`;
}
