/**
 * Tariff costs by year (MODEL.md "Trade"): exports at a tariff, and what a tariff costs
 * Korea in lost value added and absorbed tariff.
 */
import { ONE, ZERO, type Dec } from './decimal';
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

/** X_i(tau) / X0_i: constant over the years, so computed once per sector and tariff. */
export function volumeFactor(tau: Dec, sector: Sector, trade: Trade): Dec {
	const b = ONE.minus(trade.exporterAbsorption);
	const base = ONE.plus(b.times(sector.tariffBaseline));
	return ONE.plus(b.times(tau)).div(base).pow(trade.elasticity);
}

/** cost_i(tau) for exports X0 at the baseline tariff and X at tau. */
function cost(tau: Dec, X0: Dec, X: Dec, tb: Dec, trade: Trade): Dec {
	const lostValueAdded = trade.valueAddedShare.times(X0.minus(X));
	const absorbed = trade.exporterAbsorption.times(tau.times(X).minus(tb.times(X0)));
	return lostValueAdded.plus(absorbed);
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
	for (const s of trade.sectors) {
		const fDeal = volumeFactor(s.tariffDeal, s, trade);
		const fNoDeal = volumeFactor(s.tariffNoDeal, s, trade);
		const growth = ONE.plus(s.growth);
		let X0 = s.exports0;
		for (let k = 0; k < horizon; k++) {
			X0 = X0.times(growth);
			const xDeal = X0.times(fDeal);
			const xNoDeal = X0.times(fNoDeal);
			const cDeal = cost(s.tariffDeal, X0, xDeal, s.tariffBaseline, trade);
			const cNoDeal = cost(s.tariffNoDeal, X0, xNoDeal, s.tariffBaseline, trade);
			out.tariffCostDeal[k] = out.tariffCostDeal[k].plus(cDeal);
			out.tariffCostNoDeal[k] = out.tariffCostNoDeal[k].plus(cNoDeal);
			out.exportsDeal[k] = out.exportsDeal[k].plus(xDeal);
			out.exportsNoDeal[k] = out.exportsNoDeal[k].plus(xNoDeal);
			out.tariffPaidDeal[k] = out.tariffPaidDeal[k].plus(s.tariffDeal.times(xDeal));
			out.exportsBaseline[k] = out.exportsBaseline[k].plus(X0);
		}
	}
	for (let k = 0; k < horizon; k++) out.tariffBenefit[k] = out.tariffCostNoDeal[k].minus(out.tariffCostDeal[k]);
	return out;
}
