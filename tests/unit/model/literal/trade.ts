/**
 * Tariff costs by year (MODEL.md "Trade", v2), sector by sector and year by year: the
 * tariff of the calendar year on each path, the year's elasticity, and the one-level or
 * the two-level (Armington) demand, each power taken with decimal.js `pow`. No merging,
 * no caching.
 */
import { Decimal, ONE, ZERO, type Dec } from '../../../../src/lib/model/decimal';
import type { Sector, Tariff, TariffStep, Trade } from '../../../../src/lib/model/scenario';

export interface TradePath {
	tariffCostDeal: Dec[];
	tariffCostNoDeal: Dec[];
	/** Unweighted: tariffCostNoDeal - tariffCostDeal (project.ts weights it by S_i). */
	tariffBenefit: Dec[];
	exportsDeal: Dec[];
	exportsNoDeal: Dec[];
	tariffPaidDeal: Dec[];
	/** Exports at the baseline tariff (X0_i), summed over sectors. */
	exportsBaseline: Dec[];
}

/**
 * The rate of calendar year `year` (MODEL.md PATH): the rate of the last step with
 * `from <= year`; years before the first step take the first step's rate. A number is
 * the path of one step.
 */
export function rateOfYear(tariff: Tariff, year: number): Dec {
	if (!Array.isArray(tariff)) return tariff as Dec;
	const steps = tariff as readonly TariffStep[];
	let rate: Dec | null = null;
	for (const step of steps) if (step.from <= year) rate = step.rate;
	return rate === null ? steps[0].rate : rate;
}

/** e_i = eS + (eL - eS) * min(1, (i-1)/(N-1)); e_i = eL when N = 1. */
export function elasticityOfYear(trade: Trade, i: number): Dec {
	const eL = trade.elasticity;
	const eS = trade.shortRunElasticity;
	const N = trade.adjustmentYears;
	if (N === 1) return eL;
	const progress = Decimal.min(ONE, new Decimal(i - 1).div(N - 1));
	return eS.plus(eL.minus(eS).times(progress));
}

/** Does the sector follow the two-level demand (MODEL.md "Competitors")? */
function twoLevel(s: Sector, trade: Trade): boolean {
	return s.shareOfUsImports !== undefined && trade.substitutionElasticity !== undefined;
}

/**
 * X_i(tau) for one sector and year: exports X0 at the baseline tariff, the tariff tau and
 * the competitors' tariff tc of the same world and year (two-level only), elasticity e.
 */
function exportsAt(X0: Dec, tau: Dec, tc: Dec, s: Sector, trade: Trade, e: Dec): Dec {
	const b = ONE.minus(trade.exporterAbsorption);
	const tb = s.tariffBaseline;
	const pK = ONE.plus(b.times(tau)).div(ONE.plus(b.times(tb)));
	if (!twoLevel(s, trade)) return X0.times(pK.pow(e));
	const share = s.shareOfUsImports as Dec;
	const sigma = trade.substitutionElasticity as Dec;
	const tcb = s.competitorTariffBaseline ?? tb;
	const pC = ONE.plus(b.times(tc)).div(ONE.plus(b.times(tcb)));
	const oneMinusSigma = ONE.minus(sigma);
	const inner = share.times(pK.pow(oneMinusSigma)).plus(ONE.minus(share).times(pC.pow(oneMinusSigma)));
	const PM = inner.pow(ONE.div(oneMinusSigma));
	return X0.times(pK.div(PM).pow(sigma.neg())).times(PM.pow(e));
}

/** cost_i(tau) = v * (X0 - X) + a * (tau * X - tb * X0). */
function cost(tau: Dec, X0: Dec, X: Dec, tb: Dec, trade: Trade): Dec {
	const lostValueAdded = trade.valueAddedShare.times(X0.minus(X));
	const absorbed = trade.exporterAbsorption.times(tau.times(X).minus(tb.times(X0)));
	return lostValueAdded.plus(absorbed);
}

/** Years 1..H (index 0 is year 1), summed over sectors in their order. */
export function tradePath(trade: Trade, horizon: number, startYear: number): TradePath {
	const z = () => new Array<Dec>(horizon).fill(ZERO);
	const out: TradePath = {
		tariffCostDeal: z(),
		tariffCostNoDeal: z(),
		tariffBenefit: z(),
		exportsDeal: z(),
		exportsNoDeal: z(),
		tariffPaidDeal: z(),
		exportsBaseline: z()
	};
	const add = (list: Dec[], k: number, x: Dec) => {
		if (!x.isZero()) list[k] = list[k].plus(x);
	};
	for (const s of trade.sectors) {
		if (s.exports0.isZero()) continue;
		const growth = ONE.plus(s.growth);
		// Competitors' tariffs default to Korea's own in each world.
		const competitorDeal = s.competitorTariffDeal ?? s.tariffDeal;
		const competitorNoDeal = s.competitorTariffNoDeal ?? s.tariffNoDeal;
		let X0 = s.exports0;
		for (let i = 1; i <= horizon; i++) {
			const k = i - 1;
			const year = startYear + i - 1;
			X0 = X0.times(growth); // exports0 * (1 + growth)^i
			const e = elasticityOfYear(trade, i);
			const tauDeal = rateOfYear(s.tariffDeal, year);
			const tauNoDeal = rateOfYear(s.tariffNoDeal, year);
			const xDeal = exportsAt(X0, tauDeal, rateOfYear(competitorDeal, year), s, trade, e);
			const xNoDeal = exportsAt(X0, tauNoDeal, rateOfYear(competitorNoDeal, year), s, trade, e);
			add(out.tariffCostDeal, k, cost(tauDeal, X0, xDeal, s.tariffBaseline, trade));
			add(out.tariffCostNoDeal, k, cost(tauNoDeal, X0, xNoDeal, s.tariffBaseline, trade));
			add(out.exportsDeal, k, xDeal);
			add(out.exportsNoDeal, k, xNoDeal);
			add(out.tariffPaidDeal, k, tauDeal.times(xDeal));
			add(out.exportsBaseline, k, X0);
		}
	}
	for (let k = 0; k < horizon; k++) out.tariffBenefit[k] = out.tariffCostNoDeal[k].minus(out.tariffCostDeal[k]);
	return out;
}
