/**
 * Tariff costs of a sector year by year (MODEL.md "Trade" v2): tariffs as paths by
 * calendar year, a phased-in elasticity and competitors (the two-level demand), with the
 * remembered powers the constant sectors of trade.ts share.
 */
import { Decimal, ONE, ZERO, type Dec } from './decimal';
import { power } from './power';
import type { Sector, Tariff, Trade } from './scenario';
import type { TradePath } from './trade';

const powCache = new Map<string, Dec>();
const POW_CACHE_MAX = 4096;

/**
 * ratio^e, remembered: a non-integer power costs far more than the rest of a year's
 * arithmetic, and a slider drag changes few of them. Pure, so remembering is exact.
 */
export function cachedPow(ratio: Dec, e: Dec): Dec {
	const key = `${ratio.toString()}^${e.toString()}`;
	let value = powCache.get(key);
	if (value === undefined) {
		value = power(ratio, e);
		if (powCache.size >= POW_CACHE_MAX) powCache.clear();
		powCache.set(key, value);
	}
	return value;
}

/** Forgets remembered powers (benchmarks use it to time the cold path). */
export function clearTradeCache(): void {
	powCache.clear();
}

/** The rate of calendar year `year` on a tariff path (MODEL.md "SECTOR", PATH). */
export function rateAt(tariff: Tariff, year: number): Dec {
	if (!Array.isArray(tariff)) return tariff as Dec;
	const steps = tariff as readonly { from: number; rate: Dec }[];
	let rate = steps[0].rate;
	for (const step of steps) {
		if (step.from > year) break;
		rate = step.rate;
	}
	return rate;
}

/** What a tariff does to one dollar of baseline exports, each year alike. */
export interface PerDollar {
	/** X_i(tau) / X0_i */
	exports: Dec;
	/** cost_i(tau) / X0_i = v * (1 - f) + a * (tau * f - tb) */
	cost: Dec;
	/** tau * X_i(tau) / X0_i */
	paid: Dec;
}

/** Does the sector follow the two-level (Armington) demand of MODEL.md "Competitors"? */
export function competes(s: Sector, trade: Trade): boolean {
	return s.shareOfUsImports !== undefined && trade.substitutionElasticity !== undefined;
}

/**
 * e_1..e_H (v2): e_i = eS + (eL - eS) * min(1, (i-1)/(N-1)); null when every year has
 * the long-run elasticity (N = 1, or eS = eL).
 */
export function yearlyElasticities(trade: Trade, horizon: number): Dec[] | null {
	const eL = trade.elasticity;
	const eS = trade.shortRunElasticity;
	const N = trade.adjustmentYears;
	if (N === 1 || eS.eq(eL)) return null;
	const gap = eL.minus(eS);
	const out: Dec[] = [];
	for (let i = 1; i <= horizon; i++) {
		out.push(i - 1 >= N - 1 ? eL : eS.plus(gap.times(new Decimal(i - 1).div(N - 1))));
	}
	return out;
}

/**
 * The two-level demand at one pair of prices: X_i / X0_i = (pK / PM)^(-sigma) * PM^e,
 * split into what does not depend on the year's elasticity (PM and its first factor)
 * and the power of PM that does.
 */
function armington(pK: Dec, pC: Dec, s: Dec, sigma: Dec): { relative: Dec; PM: Dec } {
	const oneMinus = ONE.minus(sigma);
	const index = s.times(cachedPow(pK, oneMinus)).plus(ONE.minus(s).times(cachedPow(pC, oneMinus)));
	const PM = cachedPow(index, ONE.div(oneMinus));
	return { relative: cachedPow(pK.div(PM), sigma.neg()), PM };
}

/**
 * Adds one sector, year by year: its tariffs (and its competitors') by calendar year,
 * and the year's elasticity. What a dollar of baseline exports becomes is remembered
 * per (tariff, competitors' tariff, elasticity), so a path of a few steps costs a few.
 */
export function addSectorByYear(
	out: TradePath,
	s: Sector,
	trade: Trade,
	elasticities: Dec[] | null,
	startYear: number,
	lean: boolean
): void {
	const a = trade.exporterAbsorption;
	const b = ONE.minus(a);
	const v = trade.valueAddedShare;
	const tb = s.tariffBaseline;
	const base = ONE.plus(b.times(tb));
	const two = competes(s, trade);
	const share = s.shareOfUsImports as Dec;
	const sigma = trade.substitutionElasticity as Dec;
	const tcb = s.competitorTariffBaseline ?? tb;
	const cBase = ONE.plus(b.times(tcb));
	// Rates and elasticities are the same Decimal objects from year to year (a path's
	// steps, the long-run elasticity), so what a dollar becomes is remembered by identity:
	// per pair of tariffs the prices and the part of the volume that the year's elasticity
	// leaves alone, then per elasticity the rest.
	type Pair = { pK: Dec; twoLevel: { relative: Dec; PM: Dec } | null; base: boolean; byE: Map<Dec, PerDollar> };
	const memo = new Map<Dec, Map<Dec | null, Pair>>();
	const pairOf = (tau: Dec, tc: Dec | null): Pair => {
		let byTc = memo.get(tau);
		if (byTc === undefined) memo.set(tau, (byTc = new Map()));
		let pair = byTc.get(tc);
		if (pair === undefined) {
			const atBase = tau.eq(tb) && (tc === null || tc.eq(tcb)); // every price at its base: X = X0
			const pK = atBase ? ONE : ONE.plus(b.times(tau)).div(base);
			const twoLevel = tc === null || atBase ? null : armington(pK, ONE.plus(b.times(tc)).div(cBase), share, sigma);
			pair = { pK, twoLevel, base: atBase, byE: new Map() };
			byTc.set(tc, pair);
		}
		return pair;
	};
	const per = (tau: Dec, tc: Dec | null, e: Dec): PerDollar => {
		const pair = pairOf(tau, tc);
		let p = pair.byE.get(e);
		if (p !== undefined) return p;
		const f = pair.base
			? ONE
			: pair.twoLevel === null
				? cachedPow(pair.pK, e)
				: pair.twoLevel.relative.times(cachedPow(pair.twoLevel.PM, e));
		p =
			f.eq(ONE) && tau.eq(tb)
				? { exports: ONE, cost: ZERO, paid: tau }
				: {
						exports: f,
						cost: v.times(ONE.minus(f)).plus(a.times(tau.times(f).minus(tb))),
						paid: tau.times(f)
					};
		pair.byE.set(e, p);
		return p;
	};
	const growth = ONE.plus(s.growth);
	const noDealC = two ? (s.competitorTariffNoDeal ?? s.tariffNoDeal) : null;
	const dealC = two ? (s.competitorTariffDeal ?? s.tariffDeal) : null;
	let X0 = s.exports0;
	const H = out.tariffCostDeal.length;
	for (let k = 0; k < H; k++) {
		const year = startYear + k;
		if (!growth.eq(ONE)) X0 = X0.times(growth);
		const e = elasticities === null ? trade.elasticity : elasticities[k];
		const deal = per(rateAt(s.tariffDeal, year), dealC === null ? null : rateAt(dealC, year), e);
		const noDeal = per(rateAt(s.tariffNoDeal, year), noDealC === null ? null : rateAt(noDealC, year), e);
		const plus = (list: Dec[], factor: Dec) => {
			if (!factor.isZero()) list[k] = list[k].plus(factor.eq(ONE) ? X0 : X0.times(factor));
		};
		plus(out.tariffCostDeal, deal.cost);
		plus(out.tariffCostNoDeal, noDeal.cost);
		if (lean) continue;
		plus(out.exportsBaseline, ONE);
		plus(out.exportsDeal, deal.exports);
		plus(out.exportsNoDeal, noDeal.exports);
		plus(out.tariffPaidDeal, deal.paid);
	}
}
