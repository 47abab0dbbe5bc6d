/**
 * Tariff costs by year (MODEL.md "Trade"): exports at a tariff, and what a tariff costs
 * Korea in lost value added and absorbed tariff. Sectors whose tariffs never change are
 * summed by growth class here; the others go year by year (tradeByYear.ts).
 */
import { ONE, ZERO, type Dec } from './decimal';
import type { Sector, Tariff, Trade } from './scenario';
import { addSectorByYear, cachedPow, competes, rateAt, yearlyElasticities, type PerDollar } from './tradeByYear';

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

/** A sector whose tariffs do not change over the horizon, and that has no competitors. */
type ConstSector = Omit<Sector, 'tariffNoDeal' | 'tariffDeal'> & { tariffNoDeal: Dec; tariffDeal: Dec };

/** The one rate a tariff has in every year of startYear..startYear+H-1, or null. */
function constantRate(tariff: Tariff, startYear: number, horizon: number): Dec | null {
	const first = rateAt(tariff, startYear);
	if (!Array.isArray(tariff)) return first;
	for (let i = 1; i < horizon; i++) if (!rateAt(tariff, startYear + i).eq(first)) return null;
	return first;
}

/** X_i(tau) / X0_i: constant over the years, so computed once per sector and tariff. */
export function volumeFactor(tau: Dec, sector: { tariffBaseline: Dec }, trade: Trade): Dec {
	const b = ONE.minus(trade.exporterAbsorption);
	const base = ONE.plus(b.times(sector.tariffBaseline));
	return cachedPow(ONE.plus(b.times(tau)).div(base), trade.elasticity);
}

function perDollar(tau: Dec, sector: ConstSector, trade: Trade): PerDollar {
	const tb = sector.tariffBaseline;
	if (tau.eq(tb)) return { exports: ONE, cost: ZERO, paid: tau }; // X = X0 and the cost is 0
	const f = volumeFactor(tau, sector, trade);
	const lostValueAdded = trade.valueAddedShare.times(ONE.minus(f));
	const absorbed = trade.exporterAbsorption.times(tau.times(f).minus(tb));
	return { exports: f, cost: lostValueAdded.plus(absorbed), paid: tau.times(f) };
}

/** Sums over sectors of one growth rate, in base-year exports: K * (1 + growth)^i is year i. */
type Sums = Record<Exclude<keyof TradePath, 'tariffBenefit'>, Dec>;

type GrowthClass = { growth: Dec; sums: Sums };

/** The results the tariff benefit rests on: all a lean path computes. */
const BENEFIT_FIELDS: ReadonlySet<keyof TradePath> = new Set(['tariffCostDeal', 'tariffCostNoDeal']);

/**
 * Every trade result of a sector is exports0 times a constant times (1 + growth)^i
 * (MODEL.md "Trade" is linear in exports0), so sectors of one growth rate are summed
 * once, in base-year terms, and grown year by year; sectors that differ only in name
 * and size are first merged.
 */
function sumsByGrowth(trade: Trade, sectors: readonly ConstSector[], lean: boolean): Map<string, GrowthClass> {
	const merged = new Map<string, ConstSector>();
	for (const s of sectors) {
		if (s.exports0.isZero()) continue;
		const key = [s.growth, s.tariffBaseline, s.tariffNoDeal, s.tariffDeal].join('|');
		const seen = merged.get(key);
		merged.set(key, seen ? { ...seen, exports0: seen.exports0.plus(s.exports0) } : s);
	}
	const classes = new Map<string, GrowthClass>();
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
			if (lean && !BENEFIT_FIELDS.has(field)) return;
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

/**
 * Years 1..H (index 0 is year 1), summed over sectors. Sectors whose tariffs are the
 * same every year and that have no competitors, under an elasticity that does not
 * change, are summed by growth class (as in version 1); the others year by year.
 * `lean` computes the tariff costs and benefit only (exports and tariffs paid stay zero).
 */
export function tradePath(trade: Trade, horizon: number, startYear: number, lean = false): TradePath {
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
	const elasticities = yearlyElasticities(trade, horizon);
	const simple: ConstSector[] = [];
	for (const s of trade.sectors) {
		if (s.exports0.isZero()) continue;
		const noDeal = constantRate(s.tariffNoDeal, startYear, horizon);
		const deal = constantRate(s.tariffDeal, startYear, horizon);
		if (elasticities === null && noDeal !== null && deal !== null && !competes(s, trade))
			simple.push({ ...s, tariffNoDeal: noDeal, tariffDeal: deal });
		else addSectorByYear(out, s, trade, elasticities, startYear, lean);
	}
	for (const { growth, sums } of sumsByGrowth(trade, simple, lean).values()) {
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
