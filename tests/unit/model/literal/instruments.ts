/**
 * Vintages of equity, loans and guarantees (MODEL.md "Instruments"): the payment D_v
 * of year v is followed as its own project from year v on, and its flows are added to
 * the yearly totals.
 */
import { ONE, ZERO, type Dec } from '../../../../src/lib/model/decimal';
import type { Tranche } from '../../../../src/lib/model/scenario';

/** Yearly totals over all vintages (index 0 is year 1). */
export interface Flows {
	disbursed: Dec[];
	guaranteed: Dec[];
	calls: Dec[];
	koreaInflow: Dec[];
	usInflow: Dec[];
	losses: Dec[];
	capitalAtRisk: Dec[];
	contingent: Dec[];
	/** Compensation the US pays Korea for its share of losses. */
	compensation: Dec[];
	/** Korea's part of equity distributions (dividends and terminal payouts). */
	koreaDistributions: Dec[];
	/** What Korea has still to recoup from equity, summed over vintages, at year end. */
	owed: Dec[];
}

/** Zeroed yearly totals for a horizon of H years. */
export function emptyFlows(horizon: number): Flows {
	const z = () => new Array<Dec>(horizon).fill(ZERO);
	return {
		disbursed: z(),
		guaranteed: z(),
		calls: z(),
		koreaInflow: z(),
		usInflow: z(),
		losses: z(),
		capitalAtRisk: z(),
		contingent: z(),
		compensation: z(),
		koreaDistributions: z(),
		owed: z()
	};
}

/**
 * Korea's part of a distribution x when it has R still to recoup: the part that
 * completes the recoup is shared at s1, the rest at s2 (MODEL.md `split`).
 */
export function split(x: Dec, R: Dec, s1: Dec, s2: Dec): Dec {
	if (R.isZero()) return s2.times(x);
	const before = s1.times(x);
	if (before.lte(R)) return before;
	return R.plus(s2.times(x.minus(R.div(s1))));
}

function add(list: Dec[], k: number, x: Dec): void {
	if (!x.isZero()) list[k] = list[k].plus(x);
}

/** Adds one equity vintage (payment D of year v, 1-based) to the totals. */
function equityVintage(t: Tranche, D: Dec, v: number, H: number, f: Flows): void {
	const keepLoss = ONE.minus(t.koreaLossShare);
	const growOwed = ONE.plus(t.recoupInterest);
	const owedGrows = !t.recoupInterest.isZero();
	const s1 = t.koreaShareBeforeRecoup;
	const s2 = t.koreaShareAfterRecoup;
	let bal = D;
	let owed = D;
	add(f.disbursed, v - 1, D);
	for (let i = v; i <= H; i++) {
		const k = i - 1;
		const L = t.lossRate.times(bal);
		const comp = keepLoss.times(L);
		const G = t.returnRate.times(bal);
		bal = bal.minus(L);
		if (owedGrows) owed = owed.times(growOwed);
		if (!comp.isZero()) {
			owed = owed.minus(comp);
			if (owed.isNeg()) owed = ZERO;
		}
		let korea = split(G, owed, s1, s2);
		let us = G.minus(korea);
		if (!owed.isZero()) {
			owed = owed.minus(korea);
			if (owed.isNeg()) owed = ZERO;
		}
		if (i === H && !t.terminalRecovery.isZero()) {
			const P = t.terminalRecovery.times(bal);
			const kP = split(P, owed, s1, s2);
			owed = owed.minus(kP);
			if (owed.isNeg()) owed = ZERO;
			korea = korea.plus(kP);
			us = us.plus(P.minus(kP));
		}
		add(f.losses, k, L);
		add(f.compensation, k, comp);
		add(f.koreaDistributions, k, korea);
		add(f.koreaInflow, k, korea.plus(comp));
		add(f.usInflow, k, us);
		add(f.capitalAtRisk, k, bal);
		add(f.owed, k, owed);
	}
}

/** Adds one loan or guarantee vintage (same life and amortisation) to the totals. */
function creditVintage(t: Tranche, D: Dec, v: number, H: number, f: Flows): void {
	const guarantee = t.instrument === 'guarantee';
	const keepLoss = ONE.minus(t.koreaLossShare);
	const last = Math.min(v + t.tenor - 1, H);
	let bal = D;
	add(guarantee ? f.guaranteed : f.disbursed, v - 1, D);
	for (let i = v; i <= last; i++) {
		const k = i - 1;
		const L = t.lossRate.times(bal);
		const comp = keepLoss.times(L);
		const P = bal.minus(L);
		const income = t.returnRate.times(P);
		const repay = i >= v + t.grace ? P.div(v + t.tenor - i) : ZERO;
		bal = P.minus(repay);
		add(f.losses, k, L);
		add(f.compensation, k, comp);
		if (guarantee) {
			add(f.calls, k, L);
			add(f.koreaInflow, k, income.plus(comp));
			add(f.contingent, k, bal);
		} else {
			let inflow = income.plus(repay).plus(comp);
			if (i === H) inflow = inflow.plus(t.terminalRecovery.times(bal));
			add(f.koreaInflow, k, inflow);
			add(f.capitalAtRisk, k, bal);
		}
	}
}

/** Adds every vintage of a tranche, given its payments D_1..D_H, to the totals. */
export function addTranche(t: Tranche, D: readonly Dec[], f: Flows): void {
	const H = D.length;
	for (let v = 1; v <= H; v++) {
		const d = D[v - 1];
		if (d.isZero()) continue;
		if (t.instrument === 'equity') equityVintage(t, d, v, H, f);
		else creditVintage(t, d, v, H, f);
	}
}
