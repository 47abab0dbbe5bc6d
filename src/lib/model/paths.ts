/**
 * The first half of a simulation, which simulate (project.ts) and simulateOutcome
 * (outcome.ts) share: payments weighted by deal risk, every vintage's flows, the
 * tariff benefit and the present-value terms of each year.
 */
import { ONE, ZERO, type Dec } from './decimal';
import { discountFactors, economyInverses, presentValues } from './inverses';
import { addTranche, emptyFlows, emptyTrancheFlows, type Flows, type TrancheFlows } from './instruments';
import { paymentWeights, survival, weighted } from './risk';
import type { Scenario, Tranche } from './scenario';
import { payments, type FormulaEvaluator } from './schedule';
import { total } from './arrays';
import { tradePath, type TradePath } from './trade';

export interface SimulateOptions {
	/** Needed only when a tranche has a `formula` schedule. */
	evaluateFormula?: FormulaEvaluator;
}

/** A tranche's flows and payments, as its own results need them. */
export interface Followed {
	tranche: Tranche;
	/** Weighted payments D_1..D_H (w_v * D_v). */
	paid: Dec[];
	own: TrancheFlows;
}

/** What the years and the summary are made from. */
export interface YearlyPaths {
	H: number;
	flows: Flows;
	followed: Followed[];
	/** 1/(1+d)^i, i = 1..H plus the longest continuation. */
	factors: Dec[];
	pledged: Dec;
	undisbursed: Dec;
	/** Index of the first equity payment (H: none). */
	firstEquity: number;
	trade: TradePath;
	/** 1/gdpUsd and 1/reserves by year (reserves: empty when `lean`). */
	per: { gdpUsd: Dec[]; reserves: Dec[] };
	inflowLessCalls: Dec[];
	pv: { investment: Dec[]; tariff: Dec[] };
}

/**
 * The yearly paths of a validated scenario. `lean` leaves out what only the tables and
 * charts show (losses, balances, what the US gets, owed, exports, reserves: their lists
 * stay zero), for simulateOutcome; every value it does compute is the same either way.
 */
export function yearlyPaths(scenario: Scenario, options: SimulateOptions, lean: boolean): YearlyPaths {
	const H = scenario.horizon;
	const d = scenario.discountRate;
	const flows = emptyFlows(H);
	const S = survival(scenario.dealRisk, scenario.startYear, H);
	const w = paymentWeights(S, scenario.dealRisk.paymentsContinue);
	let pledged = ZERO;
	let undisbursed = ZERO;
	let firstEquity = H; // index of the first equity payment (H: none)
	const longest = H + Math.max(0, ...scenario.tranches.map((t) => t.continuationYears));
	const factors = discountFactors(d, longest); // 1/(1+d)^i, i = 1..longest
	const followed: Followed[] = scenario.tranches.map((t, k) => {
		const D = weighted(payments(t, H, `tranches[${k}]`, options.evaluateFormula), w);
		if (t.instrument === 'equity') {
			const first = D.findIndex((x) => x.gt(0));
			if (first >= 0) firstEquity = Math.min(firstEquity, first);
		}
		pledged = pledged.plus(t.amount);
		undisbursed = undisbursed.plus(t.amount.minus(total(D)));
		const T = H + t.continuationYears; // the last year its vintages are followed
		const own = emptyTrancheFlows(T, factors);
		const paid = t.continuationYears === 0 ? D : D.concat(new Array<Dec>(T - H).fill(ZERO));
		addTranche(t, paid, flows, own, lean);
		return { tranche: t, paid: D, own };
	});
	const per = economyInverses(scenario.economy, H, lean); // 1/gdpUsd, 1/reserves
	const trade = tradePath(scenario.trade, H, scenario.startYear, lean);
	for (let k = 0; k < H; k++) if (!S[k].eq(ONE)) trade.tariffBenefit[k] = S[k].times(trade.tariffBenefit[k]);
	const inflowLessCalls = flows.koreaInflow.map((x, k) => x.minus(flows.calls[k]));
	const pv = presentValues(factors, flows.disbursed, inflowLessCalls, trade.tariffBenefit);
	return { H, flows, followed, factors, pledged, undisbursed, firstEquity, trade, per, inflowLessCalls, pv };
}

/**
 * What a tranche nets after the horizon, valued at the end of year H: the sum over
 * t = H+1..T of (koreaInflow_t - calls_t) / (1+d)^(t-H), as (1+d)^H times the
 * discount factors of t.
 */
function continuation(own: TrancheFlows, H: number, factors: readonly Dec[]): Dec {
	const T = own.koreaInflow.length;
	if (T === H) return ZERO;
	let sum = ZERO;
	for (let t = H + 1; t <= T; t++) {
		const net = own.koreaInflow[t - 1].minus(own.calls[t - 1]);
		if (!net.isZero()) sum = sum.plus(net.times(factors[t - 1]));
	}
	return sum.isZero() ? ZERO : sum.div(factors[H - 1]);
}

/** What Korea nets after the horizon (valued at the end of year H), and in today's money. */
export function terminalValue(
	followed: readonly Followed[],
	H: number,
	factors: readonly Dec[]
): { terminalValueKorea: Dec; npvTerminal: Dec } {
	const terminalValueKorea = total(followed.map((f) => continuation(f.own, H, factors)));
	const npvTerminal = terminalValueKorea.isZero() ? ZERO : terminalValueKorea.times(factors[H - 1]);
	return { terminalValueKorea, npvTerminal };
}

/** The summary's present values: of the investment within the horizon and with its continuation, of the tariff benefit, and of the deal. */
export function presentValueTotals(
	pv: { investment: readonly Dec[]; tariff: readonly Dec[] },
	npvTerminal: Dec
): { withinHorizon: Dec; npvInvestment: Dec; npvTariffBenefit: Dec; npvDeal: Dec } {
	const withinHorizon = total(pv.investment);
	const npvInvestment = npvTerminal.isZero() ? withinHorizon : withinHorizon.plus(npvTerminal);
	const npvTariffBenefit = total(pv.tariff);
	return { withinHorizon, npvInvestment, npvTariffBenefit, npvDeal: npvInvestment.plus(npvTariffBenefit) };
}
