/**
 * Tariff costs by year (MODEL.md "Trade"): exports at a tariff, and what a tariff costs
 * Korea in lost value added and absorbed tariff.
 */
import { ONE, ZERO, type Dec } from './decimal';
import { power } from './power';
import type { Sector, Trade } from './scenario';

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

/** X_i(tau) / X0_i: constant over the years, so computed once per sector and tariff. */
export function volumeFactor(tau: Dec, sector: Sector, trade: Trade): Dec {
	const b = ONE.minus(trade.exporterAbsorption);
	const base = ONE.plus(b.times(sector.tariffBaseline));
	return cachedPow(ONE.plus(b.times(tau)).div(base), trade.elasticity);
}

/** What a tariff does to one dollar of baseline exports, each year alike. */
interface PerDollar {
	/** X_i(tau) / X0_i */
	exports: Dec;
	/** cost_i(tau) / X0_i = v * (1 - f) + a * (tau * f - tb) */
	cost: Dec;
	/** tau * X_i(tau) / X0_i */
	paid: Dec;
}

function perDollar(tau: Dec, sector: Sector, trade: Trade): PerDollar {
	const tb = sector.tariffBaseline;
	if (tau.eq(tb)) return { exports: ONE, cost: ZERO, paid: tau }; // X = X0 and the cost is 0
	const f = volumeFactor(tau, sector, trade);
	const lostValueAdded = trade.valueAddedShare.times(ONE.minus(f));
	const absorbed = trade.exporterAbsorption.times(tau.times(f).minus(tb));
	return { exports: f, cost: lostValueAdded.plus(absorbed), paid: tau.times(f) };
}

/** Sums over sectors of one growth rate, in base-year exports: K * (1 + growth)^i is year i. */
type Sums = Record<Exclude<keyof TradePath, 'tariffBenefit'>, Dec>;

/**
 * Every trade result of a sector is exports0 times a constant times (1 + growth)^i
 * (MODEL.md "Trade" is linear in exports0), so sectors of one growth rate are summed
 * once, in base-year terms, and grown year by year; sectors that differ only in name
 * and size are first merged.
 */
function sumsByGrowth(trade: Trade): Map<string, { growth: Dec; sums: Sums }> {
	const merged = new Map<string, Sector>();
	for (const s of trade.sectors) {
		if (s.exports0.isZero()) continue;
		const key = [s.growth, s.tariffBaseline, s.tariffNoDeal, s.tariffDeal].join('|');
		const seen = merged.get(key);
		merged.set(key, seen ? { ...seen, exports0: seen.exports0.plus(s.exports0) } : s);
	}
	const classes = new Map<string, { growth: Dec; sums: Sums }>();
	for (const s of merged.values()) {
		const key = s.growth.toString();
		let c = classes.get(key);
		if (c === undefined) {
			const sums = {
				tariffCostDeal: ZERO,
				tariffCostNoDeal: ZERO,
				exportsDeal: ZERO,
				exportsNoDeal: ZERO,
				tariffPaidDeal: ZERO,
				exportsBaseline: ZERO
			};
			c = { growth: ONE.plus(s.growth), sums };
			classes.set(key, c);
		}
		const K = c.sums;
		const plus = (field: keyof Sums, factor: Dec) => {
			if (!factor.isZero()) K[field] = K[field].plus(factor.eq(ONE) ? s.exports0 : s.exports0.times(factor));
		};
		const deal = perDollar(s.tariffDeal, s, trade);
		const noDeal = s.tariffNoDeal.eq(s.tariffDeal) ? deal : perDollar(s.tariffNoDeal, s, trade);
		plus('exportsBaseline', ONE);
		plus('exportsDeal', deal.exports);
		plus('exportsNoDeal', noDeal.exports);
		plus('tariffCostDeal', deal.cost);
		plus('tariffCostNoDeal', noDeal.cost);
		plus('tariffPaidDeal', deal.paid);
	}
	return classes;
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
	for (const { growth, sums } of sumsByGrowth(trade).values()) {
		const grown = new Map<string, Dec[]>(); // fields with equal sums grow alike
		for (const field of Object.keys(sums) as (keyof Sums)[]) {
			const K = sums[field];
			if (K.isZero()) continue;
			const key = K.toString();
			let path = grown.get(key);
			if (path === undefined) {
				path = [];
				let x = K;
				for (let k = 0; k < horizon; k++) path.push((x = growth.eq(ONE) ? x : x.times(growth)));
				grown.set(key, path);
			}
			const list = out[field];
			for (let k = 0; k < horizon; k++) list[k] = list[k].isZero() ? path[k] : list[k].plus(path[k]);
		}
	}
	for (let k = 0; k < horizon; k++) out.tariffBenefit[k] = out.tariffCostNoDeal[k].minus(out.tariffCostDeal[k]);
	return out;
}
