/**
 * Loan and guarantee vintages (MODEL.md "Instruments", loan and guarantee): the same
 * life and amortisation. A vintage's path depends on its start year only through where
 * the horizon cuts it, so the vintages of one payment size share one path, computed
 * once in MODEL.md's order; only a loan's terminal payment of year H is per vintage.
 */
import { ONE, ZERO, type Dec } from './decimal';
import { accumulate, add, addRun, forEachRun, type Flows, type TrancheFlows } from './flows';
import type { Tranche } from './scenario';

/** One loan or guarantee vintage, by age (0 = its first year). */
interface CreditPath {
	losses: Dec[];
	compensation: Dec[];
	/** Closing `bal`. */
	balance: Dec[];
	/** Loan: interest + repay + comp; guarantee: fee + comp. */
	koreaInflow: Dec[];
}

function creditPath(t: Tranche, D: Dec, n: number): CreditPath {
	const guarantee = t.instrument === 'guarantee';
	const keepLoss = ONE.minus(t.koreaLossShare);
	const p: CreditPath = { losses: [], compensation: [], balance: [], koreaInflow: [] };
	let bal = D;
	for (let a = 0; a < n; a++) {
		const L = t.lossRate.times(bal);
		const comp = keepLoss.isZero() || L.isZero() ? ZERO : keepLoss.times(L);
		const P = bal.minus(L);
		const income = t.returnRate.times(P);
		const repay = a >= t.grace ? P.div(t.tenor - a) : ZERO;
		bal = P.minus(repay);
		let inflow = guarantee ? income : income.plus(repay);
		if (!comp.isZero()) inflow = inflow.plus(comp);
		p.losses.push(L);
		p.compensation.push(comp);
		p.balance.push(bal);
		p.koreaInflow.push(inflow);
	}
	return p;
}

/**
 * Adds every loan or guarantee vintage of a tranche, given its payments D_1..D_T (zero
 * after the horizon H; T = H + continuationYears is the last year followed), to the
 * horizon's totals `f` (years 1..H) and to the tranche's own flows (years 1..T). What
 * the summary's years rest on (koreaInflow, calls) is added vintage by vintage in
 * MODEL.md's order, so exact zeros stay exact; the rest by runs (addRun).
 */
export function addCredit(t: Tranche, D: readonly Dec[], f: Flows, own: TrancheFlows, lean = false): void {
	const T = D.length;
	const guarantee = t.instrument === 'guarantee';
	const paths = new Map<string, CreditPath>();
	forEachRun(D, (first, last, d) => {
		const key = d.toString();
		let p = paths.get(key);
		if (p === undefined) {
			p = creditPath(t, d, Math.min(t.tenor, T - first + 1));
			paths.set(key, p);
		}
		const into = guarantee ? f.guaranteed : f.disbursed;
		for (let v = first; v <= last; v++) {
			into[v - 1] = into[v - 1].plus(d);
			const n = Math.min(t.tenor, T - v + 1); // years it lives within the years followed
			if (guarantee) {
				accumulate(f.calls, p.losses, v - 1, n);
				accumulate(f.koreaInflow, p.koreaInflow, v - 1, n);
				continue;
			}
			const cut = v + n - 1 === T && !t.terminalRecovery.isZero(); // a terminal payment in year T
			accumulate(f.koreaInflow, p.koreaInflow, v - 1, cut ? n - 1 : n);
			if (cut) {
				const terminal = t.terminalRecovery.times(p.balance[n - 1]);
				add(f.koreaInflow, T - 1, p.koreaInflow[n - 1].plus(terminal));
				add(own.koreaInflow, T - 1, terminal); // its year's inflow comes with the run below
			}
		}
		const continues = own.koreaInflow.length > f.koreaInflow.length; // followed after the horizon
		if (lean && !continues) return; // the rest only for tables, charts and the tranche's own results
		// The tranche's own flows: no year of the summary compares them, so by runs.
		addRun(own.koreaInflow, p.koreaInflow, first, last, T);
		if (guarantee) addRun(own.calls, p.losses, first, last, T);
		if (lean) return;
		addRun(f.losses, p.losses, first, last, T);
		addRun(f.compensation, p.compensation, first, last, T);
		addRun(guarantee ? f.contingent : f.capitalAtRisk, p.balance, first, last, T);
	});
}
