/**
 * Vintages of equity, loans and guarantees (MODEL.md "Instruments"): the payment D_v
 * of year v is followed as its own project from year v on, and its flows are added to
 * the yearly totals. The work is in equity.ts and credit.ts.
 */
import { addCredit } from './credit';
import type { Dec } from './decimal';
import { addEquity } from './equity';
import type { Flows, TrancheFlows } from './flows';
import type { Tranche } from './scenario';

export { emptyFlows, emptyTrancheFlows, type Flows, type TrancheFlows } from './flows';

/**
 * Adds every vintage of a tranche, given its payments D_1..D_T (T = H, or H plus its
 * continuation years with zeros after H), to the horizon's totals and its own flows.
 * `lean` adds only what the deal's present values and net exposure rest on (disbursed,
 * calls, koreaInflow, and the tranche's own flows after H), as simulateOutcome needs.
 */
export function addTranche(t: Tranche, D: readonly Dec[], f: Flows, own: TrancheFlows, lean = false): void {
	if (t.instrument === 'equity') addEquity(t, D, f, own, lean);
	else addCredit(t, D, f, own, lean);
}
