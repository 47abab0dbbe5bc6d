/**
 * Equity vintages (MODEL.md "Instruments", equity). A vintage's path depends on its
 * start year only through where the horizon cuts it, so the vintages of one payment
 * size share one path, computed once in MODEL.md's order; only the terminal payment of
 * year H, which depends on the vintage's age then, is computed per vintage.
 */
import { ONE, ZERO, type Dec } from './decimal';
import { accumulate, add, addRun, forEachRun, split, type Flows, type TrancheFlows } from './flows';
import type { Tranche } from './scenario';

/** Steps 1-6 of one equity vintage, by age (0 = its first year). */
interface EquityPath {
	/** The first age at whose end nothing is owed (it stays so), or -1. */
	zeroAge?: number;
	/** usPv[m] = sum over ages a < m of usInflow[a] / (1+d)^a (made when first needed). */
	usPv?: Dec[];
	losses: Dec[];
	compensation: Dec[];
	capitalAtRisk: Dec[];
	owed: Dec[];
	/** Korea's part of G. */
	korea: Dec[];
	usInflow: Dec[];
	/** korea + comp. */
	koreaInflow: Dec[];
}

function equityPath(t: Tranche, D: Dec, n: number): EquityPath {
	const keepLoss = ONE.minus(t.koreaLossShare);
	const growOwed = ONE.plus(t.recoupInterest);
	const owedGrows = !t.recoupInterest.isZero();
	const s1 = t.koreaShareBeforeRecoup;
	const s2 = t.koreaShareAfterRecoup;
	const p: EquityPath = {
		losses: [],
		compensation: [],
		capitalAtRisk: [],
		owed: [],
		korea: [],
		usInflow: [],
		koreaInflow: []
	};
	let bal = D;
	let owed = D;
	for (let a = 0; a < n; a++) {
		const L = t.lossRate.times(bal);
		const comp = keepLoss.isZero() || L.isZero() ? ZERO : keepLoss.times(L);
		const G = t.returnRate.times(bal);
		bal = bal.minus(L);
		if (owedGrows) owed = owed.times(growOwed);
		if (!comp.isZero()) {
			owed = owed.minus(comp);
			if (owed.isNeg()) owed = ZERO;
		}
		const korea = split(G, owed, s1, s2);
		const us = G.minus(korea);
		if (!owed.isZero()) {
			owed = owed.minus(korea);
			if (owed.isNeg()) owed = ZERO;
		}
		p.losses.push(L);
		p.compensation.push(comp);
		p.capitalAtRisk.push(bal);
		p.owed.push(owed);
		p.korea.push(korea);
		p.usInflow.push(us);
		p.koreaInflow.push(comp.isZero() ? korea : korea.plus(comp));
	}
	return p;
}

/**
 * Step 7 of a vintage of age `a` in year H, and the year's flows: what the path gives,
 * plus the terminal payment `terminalRecovery * bal` shared with the owed left.
 */
function finalYear(t: Tranche, p: EquityPath, a: number): { owed: Dec; korea: Dec; usInflow: Dec; koreaInflow: Dec } {
	const year = { owed: p.owed[a], korea: p.korea[a], usInflow: p.usInflow[a], koreaInflow: p.koreaInflow[a] };
	if (t.terminalRecovery.isZero()) return year;
	const P = t.terminalRecovery.times(p.capitalAtRisk[a]);
	const kP = split(P, p.owed[a], t.koreaShareBeforeRecoup, t.koreaShareAfterRecoup);
	let owed = p.owed[a].minus(kP);
	if (owed.isNeg()) owed = ZERO;
	const korea = p.korea[a].plus(kP);
	year.owed = owed;
	year.korea = korea;
	year.usInflow = p.usInflow[a].plus(P.minus(kP));
	year.koreaInflow = korea.plus(p.compensation[a]);
	return year;
}

/**
 * Adds every equity vintage of a tranche, given its payments D_1..D_T (zero after the
 * horizon H; T = H + continuationYears is the last year followed, where the terminal
 * payment falls), to the horizon's totals `f` (years 1..H) and to the tranche's own
 * flows (years 1..T). What the summary's years rest on (koreaInflow) is added vintage
 * by vintage in MODEL.md's order, so exact zeros and ties stay exact; the rest by runs.
 */
export function addEquity(t: Tranche, D: readonly Dec[], f: Flows, own: TrancheFlows, lean = false): void {
	const T = D.length;
	const continues = T > f.koreaInflow.length; // followed after the horizon
	const paths = new Map<string, EquityPath>();
	forEachRun(D, (first, last, d) => {
		const key = d.toString();
		let p = paths.get(key);
		if (p === undefined) {
			p = equityPath(t, d, T - first + 1);
			paths.set(key, p);
		}
		const path = p;
		if (lean) {
			// What the deal's present values and net exposure rest on, in the same order.
			for (let v = first; v <= last; v++) {
				f.disbursed[v - 1] = f.disbursed[v - 1].plus(d);
				const age = T - v;
				accumulate(f.koreaInflow, p.koreaInflow, v - 1, age);
				const y = finalYear(t, p, age);
				add(f.koreaInflow, T - 1, y.koreaInflow);
				add(own.koreaInflow, T - 1, y.koreaInflow);
			}
			if (continues) addRun(own.koreaInflow, p.koreaInflow, first, last, T - 1);
			return;
		}
		path.zeroAge ??= path.owed.findIndex((x) => x.isZero());
		if (path.usPv === undefined) {
			const pv: Dec[] = [ZERO];
			for (let a = 0; a < path.usInflow.length; a++) {
				const x = path.usInflow[a];
				pv.push(x.isZero() ? pv[a] : pv[a].plus(a === 0 ? x : x.times(own.factors[a - 1])));
			}
			path.usPv = pv;
		}
		for (let v = first; v <= last; v++) {
			f.disbursed[v - 1] = f.disbursed[v - 1].plus(d);
			const age = T - v; // its age in year T
			accumulate(f.koreaInflow, p.koreaInflow, v - 1, age);
			const y = finalYear(t, p, age);
			add(f.koreaInflow, T - 1, y.koreaInflow);
			add(own.koreaInflow, T - 1, y.koreaInflow);
			add(f.owed, T - 1, y.owed);
			add(f.koreaDistributions, T - 1, y.korea);
			add(f.usInflow, T - 1, y.usInflow);
			// What the US gets from this vintage, in present value: years v..T-1 from the path, then year T.
			const before = path.usPv[age];
			let us = before.isZero() ? ZERO : before.times(own.factors[v - 1]);
			if (!y.usInflow.isZero()) us = us.plus(y.usInflow.times(own.factors[T - 1]));
			if (!us.isZero()) own.npvUs = own.npvUs.plus(us);
			// When this vintage is recouped (a recouped vintage stays so), and so the tranche.
			const at = path.zeroAge >= 0 && path.zeroAge < age ? v - 1 + path.zeroAge : y.owed.isZero() ? T - 1 : null;
			own.recoupIndex = at === null || own.recoupIndex === null ? null : Math.max(own.recoupIndex, at);
		}
		addRun(own.koreaInflow, p.koreaInflow, first, last, T - 1); // no year of the summary compares it
		addRun(f.losses, p.losses, first, last, T);
		addRun(f.compensation, p.compensation, first, last, T);
		addRun(f.capitalAtRisk, p.capitalAtRisk, first, last, T);
		addRun(f.koreaDistributions, p.korea, first, last, T - 1);
		addRun(f.usInflow, p.usInflow, first, last, T - 1);
		addRun(f.owed, p.owed, first, last, T - 1); // zero exactly when every vintage has recouped
	});
}
