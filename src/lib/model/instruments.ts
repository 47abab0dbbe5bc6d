/**
 * Vintages of equity, loans and guarantees (MODEL.md "Instruments"): the payment D_v
 * of year v is followed as its own project from year v on, and its flows are added to
 * the yearly totals. The work is in equity.ts and credit.ts.
 */
import { addCredit } from './credit';
import type { Dec } from './decimal';
import { addEquity } from './equity';
import type { Flows } from './flows';
import type { Tranche } from './scenario';

export { emptyFlows, split, type Flows } from './flows';

/** Adds every vintage of a tranche, given its payments D_1..D_H, to the totals. */
export function addTranche(t: Tranche, D: readonly Dec[], f: Flows): void {
	if (t.instrument === 'equity') addEquity(t, D, f);
	else addCredit(t, D, f);
}
