/**
 * Vintages of equity, loans and guarantees (MODEL.md "Instruments", and v2
 * "Continuation"): the payment D_v of year v is followed as its own project from year v
 * to the last year followed, T = H + continuationYears, and its flows are added to the
 * yearly totals of years 1..H and to the tranche's own flows of years 1..T.
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

/** (v2) One tranche's own flows over years 1..T (index 0 is year 1). */
export interface TrancheFlows {
	/** T = H + continuationYears, the last year its vintages are followed. */
	lastYear: number;
	koreaInflow: Dec[];
	calls: Dec[];
	usInflow: Dec[];
	/** owed[v - 1][i - 1]: what the vintage of year v has still to recoup at the end of year i (equity). */
	owed: (Dec | undefined)[][];
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

/** Zeroed flows of one tranche followed for T years, with H vintage years. */
export function emptyTrancheFlows(horizon: number, lastYear: number): TrancheFlows {
	const z = () => new Array<Dec>(lastYear).fill(ZERO);
	return {
		lastYear,
		koreaInflow: z(),
		calls: z(),
		usInflow: z(),
		owed: Array.from({ length: horizon }, () => new Array<Dec | undefined>(lastYear).fill(undefined))
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
	if (k < list.length && !x.isZero()) list[k] = list[k].plus(x);
}

/** Adds one equity vintage (payment D of year v, 1-based), followed to year T. */
function equityVintage(t: Tranche, D: Dec, v: number, T: number, f: Flows, own: TrancheFlows): void {
	const keepLoss = ONE.minus(t.koreaLossShare);
	const growOwed = ONE.plus(t.recoupInterest);
	const owedGrows = !t.recoupInterest.isZero();
	const s1 = t.koreaShareBeforeRecoup;
	const s2 = t.koreaShareAfterRecoup;
	let bal = D;
	let owed = D;
	add(f.disbursed, v - 1, D);
	for (let i = v; i <= T; i++) {
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
		if (i === T && !t.terminalRecovery.isZero()) {
			const P = t.terminalRecovery.times(bal);
			const kP = split(P, owed, s1, s2);
			owed = owed.minus(kP);
			if (owed.isNeg()) owed = ZERO;
			korea = korea.plus(kP);
			us = us.plus(P.minus(kP));
		}
		// The yearly totals stop at H (add skips later years); the tranche's own go on.
		add(f.losses, k, L);
		add(f.compensation, k, comp);
		add(f.koreaDistributions, k, korea);
		add(f.koreaInflow, k, korea.plus(comp));
		add(f.usInflow, k, us);
		add(f.capitalAtRisk, k, bal);
		add(f.owed, k, owed);
		add(own.koreaInflow, k, korea.plus(comp));
		add(own.usInflow, k, us);
		own.owed[v - 1][k] = owed;
	}
}

/** Adds one loan or guarantee vintage (same life and amortisation), followed to year T at most. */
function creditVintage(t: Tranche, D: Dec, v: number, T: number, f: Flows, own: TrancheFlows): void {
	const guarantee = t.instrument === 'guarantee';
	const keepLoss = ONE.minus(t.koreaLossShare);
	const last = Math.min(v + t.tenor - 1, T);
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
			add(own.calls, k, L);
			add(own.koreaInflow, k, income.plus(comp));
		} else {
			let inflow = income.plus(repay).plus(comp);
			if (i === T) inflow = inflow.plus(t.terminalRecovery.times(bal));
			add(f.koreaInflow, k, inflow);
			add(f.capitalAtRisk, k, bal);
			add(own.koreaInflow, k, inflow);
		}
	}
}

/**
 * Adds every vintage of a tranche, given its (weighted) payments D_1..D_H, to the
 * totals of years 1..H and to its own flows of years 1..T.
 */
export function addTranche(t: Tranche, D: readonly Dec[], f: Flows, own: TrancheFlows): void {
	const H = D.length;
	const T = own.lastYear;
	for (let v = 1; v <= H; v++) {
		const d = D[v - 1];
		if (d.isZero()) continue;
		if (t.instrument === 'equity') equityVintage(t, d, v, T, f, own);
		else creditVintage(t, d, v, T, f, own);
	}
}
