/**
 * Tariff costs by year (MODEL.md "Trade"): exports at a tariff, and what a tariff costs
 * Korea in lost value added and absorbed tariff.
 */
import { ONE, ZERO, type Dec } from '../../../../src/lib/model/decimal';
import type { Sector, Trade } from '../../../../src/lib/model/scenario';

export interface TradePath {
	tariffCostDeal: Dec[];
	tariffCostNoDeal: Dec[];
	tariffBenefit: Dec[];
	exportsDeal: Dec[];
	exportsNoDeal: Dec[];
	tariffPaidDeal: Dec[];
	/** Exports at the baseline tariff (X0_i), summed over sectors. */
	exportsBaseline: Dec[];
}

const powCache = new Map<string, Dec>();
const POW_CACHE_MAX = 512;

/**
 * ratio^e, remembered: a non-integer power costs far more than the rest of a year's
 * arithmetic, and a slider drag changes few of them. Pure, so remembering is exact.
 */
function cachedPow(ratio: Dec, e: Dec): Dec {
	const key = `${ratio.toString()}^${e.toString()}`;
	let value = powCache.get(key);
	if (value === undefined) {
		value = ratio.pow(e);
		if (powCache.size >= POW_CACHE_MAX) powCache.clear();
		powCache.set(key, value);
	}
	return value;
}

/** Forgets remembered powers (benchmarks use it to time the cold path). */
export function clearTradeCache(): void {
	powCache.clear();
}

/** X_i(tau) / X0_i: constant over the years, so computed once per sector and tariff. */
export function volumeFactor(tau: Dec, sector: Sector, trade: Trade): Dec {
	const b = ONE.minus(trade.exporterAbsorption);
	const base = ONE.plus(b.times(sector.tariffBaseline));
	return cachedPow(ONE.plus(b.times(tau)).div(base), trade.elasticity);
}

/** cost_i(tau) for exports X0 at the baseline tariff and X at tau. */
function cost(tau: Dec, X0: Dec, X: Dec, tb: Dec, trade: Trade): Dec {
	const lostValueAdded = trade.valueAddedShare.times(X0.minus(X));
	const absorbed = trade.exporterAbsorption.times(tau.times(X).minus(tb.times(X0)));
	return lostValueAdded.plus(absorbed);
}

/**
 * Sectors that differ only in name and size behave alike (every formula is linear in
 * exports0), so they are followed as one: fewer operations on every slider move.
 */
function mergeAlike(sectors: readonly Sector[]): Sector[] {
	const groups = new Map<string, Sector>();
	for (const s of sectors) {
		const key = [s.growth, s.tariffBaseline, s.tariffNoDeal, s.tariffDeal].join('|');
		const seen = groups.get(key);
		groups.set(key, seen ? { ...seen, exports0: seen.exports0.plus(s.exports0) } : s);
	}
	return [...groups.values()];
}

/** Years 1..H (index 0 is year 1), summed over sectors. */
export function tradePath(trade: Trade, horizon: number): TradePath {
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
	for (const s of mergeAlike(trade.sectors)) {
		if (s.exports0.isZero()) continue;
		const dealMoves = !s.tariffDeal.eq(s.tariffBaseline); // else X = X0 and the cost is 0
		const noDealMoves = !s.tariffNoDeal.eq(s.tariffBaseline);
		const fDeal = dealMoves ? volumeFactor(s.tariffDeal, s, trade) : ONE;
		const fNoDeal = noDealMoves ? volumeFactor(s.tariffNoDeal, s, trade) : ONE;
		const growth = ONE.plus(s.growth);
		let X0 = s.exports0;
		for (let k = 0; k < horizon; k++) {
			X0 = X0.times(growth);
			const xDeal = dealMoves ? X0.times(fDeal) : X0;
			const xNoDeal = noDealMoves ? X0.times(fNoDeal) : X0;
			if (dealMoves) add(out.tariffCostDeal, k, cost(s.tariffDeal, X0, xDeal, s.tariffBaseline, trade));
			if (noDealMoves) add(out.tariffCostNoDeal, k, cost(s.tariffNoDeal, X0, xNoDeal, s.tariffBaseline, trade));
			add(out.exportsDeal, k, xDeal);
			add(out.exportsNoDeal, k, xNoDeal);
			add(out.tariffPaidDeal, k, s.tariffDeal.times(xDeal));
			add(out.exportsBaseline, k, X0);
		}
	}
	for (let k = 0; k < horizon; k++) out.tariffBenefit[k] = out.tariffCostNoDeal[k].minus(out.tariffCostDeal[k]);
	return out;
}
