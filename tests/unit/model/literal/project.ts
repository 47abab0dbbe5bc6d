/**
 * The literal engine, kept as an oracle: simulateLiteral(scenario) follows MODEL.md (v2)
 * step by step, vintage by vintage, year by year: deal risk, tariff paths, phased-in
 * elasticity, competitors, continuation, the fiscal view and per-tranche results.
 */
import { ONE, ZERO, type Dec } from '../../../../src/lib/model/decimal';
import { economyPath } from './economy';
import { addTranche, emptyFlows, emptyTrancheFlows, type TrancheFlows } from './instruments';
import { bisectionIrr } from './irr';
import { paymentWeights, survival, weightedPayments } from './risk';
import type { Scenario, Tranche } from '../../../../src/lib/model/scenario';
import { payments, type FormulaEvaluator } from './schedule';
import { argMax, firstFromWhichAll, presentValues, total } from './summary';
import { tradePath } from './trade';

/** The results of one year (MODEL.md "Results"), plus a few extra fields for charts. */
export interface YearResult {
	year: number;
	gdpKrw: Dec;
	fx: Dec;
	gdpUsd: Dec;
	reserves: Dec;
	disbursed: Dec;
	guaranteed: Dec;
	calls: Dec;
	koreaInflow: Dec;
	usInflow: Dec;
	capitalAtRisk: Dec;
	contingent: Dec;
	losses: Dec;
	tariffCostDeal: Dec;
	tariffCostNoDeal: Dec;
	tariffBenefit: Dec;
	exportsDeal: Dec;
	exportsNoDeal: Dec;
	tariffPaidDeal: Dec;
	netCashFlow: Dec;
	netExposure: Dec;
	netExposureToGdp: Dec;
	netExposureToReserves: Dec;
	disbursedToGdp: Dec;
	dealNet: Dec;
	/** Extra: the US compensation for Korea's loss share, included in koreaInflow. */
	compensation: Dec;
	/** Extra: Korea's part of equity distributions, included in koreaInflow. */
	koreaDistributions: Dec;
	/** Extra: what Korea has still to recoup from equity at year end. */
	owed: Dec;
	/** Extra: the running present value of the deal (C_i of breakEvenYear). */
	npvDealCumulative: Dec;
}

/** (v2) One tranche's results (MODEL.md "Per tranche"). */
export interface TrancheResult {
	name: string;
	npvKorea: Dec;
	npvUs: Dec;
	koreaIrr: Dec | null;
	recoupYear: number | null;
}

export interface Summary {
	pledged: Dec;
	disbursedTotal: Dec;
	guaranteedTotal: Dec;
	undisbursed: Dec;
	koreaInflowTotal: Dec;
	usInflowTotal: Dec;
	peakNetExposure: Dec;
	peakNetExposureYear: number;
	peakNetExposureToGdp: Dec;
	peakDisbursedToGdp: Dec;
	paybackYear: number | null;
	npvInvestment: Dec;
	terminalValueKorea: Dec;
	npvTerminal: Dec;
	npvTariffBenefit: Dec;
	npvDeal: Dec;
	npvFiscal: Dec;
	breakEvenYear: number | null;
	tranches: TrancheResult[];
	/** Extra: the first year from which no equity is left to recoup (null if never). */
	recoupYear: number | null;
	/** Extra: the largest net exposure as a share of FX reserves. */
	peakNetExposureToReserves: Dec;
	/** Extra: total calls paid on guarantees. */
	callsTotal: Dec;
	/** Extra: npvDeal without the continuation (what breakEvenYear rests on). */
	npvDealWithinHorizon: Dec;
}

/** (v2) What one tranche paid and received, for tests that recompute its results. */
export interface FollowedTranche {
	tranche: Tranche;
	/** Weighted payments w_v * D_v of years 1..H. */
	paid: Dec[];
	own: TrancheFlows;
}

export interface Projection {
	scenario: Scenario;
	years: YearResult[];
	summary: Summary;
	/** Not compared: each tranche's own flows over its horizon and continuation. */
	followed: FollowedTranche[];
}

export interface SimulateOptions {
	/** Needed only when a tranche has a `formula` schedule. */
	evaluateFormula?: FormulaEvaluator;
}

/** Runs the model on a validated scenario. Throws FormulaError if a formula fails. */
export function simulateLiteral(scenario: Scenario, options: SimulateOptions = {}): Projection {
	const H = scenario.horizon;
	const flows = emptyFlows(H);
	const S = survival(scenario.dealRisk, scenario.startYear, H);
	const w = paymentWeights(S, scenario.dealRisk.paymentsContinue);
	let pledged = ZERO;
	let undisbursed = ZERO;
	let firstEquity = H; // index of the first equity payment (H: none)
	const followed: FollowedTranche[] = scenario.tranches.map((t, k) => {
		const scheduled = payments(t, H, `tranches[${k}]`, options.evaluateFormula);
		const D = weightedPayments(scheduled, w);
		if (t.instrument === 'equity') {
			const first = D.findIndex((d) => d.gt(0));
			if (first >= 0) firstEquity = Math.min(firstEquity, first);
		}
		pledged = pledged.plus(t.amount);
		undisbursed = undisbursed.plus(t.amount.minus(total(D)));
		const own = emptyTrancheFlows(H, H + t.continuationYears);
		addTranche(t, D, flows, own);
		return { tranche: t, paid: D, own };
	});
	const eco = economyPath(scenario.economy, H);
	const trade = tradePath(scenario.trade, H, scenario.startYear);
	// tariffBenefit_i is S_i times the benefit; the costs and exports stay as Trade gives them.
	const benefit = trade.tariffBenefit.map((x, k) => S[k].times(x));
	const inflowLessCalls = flows.koreaInflow.map((x, k) => x.minus(flows.calls[k]));
	const pv = presentValues(scenario.discountRate, flows.disbursed, inflowLessCalls, benefit);

	const years: YearResult[] = [];
	let exposure = ZERO;
	let running = ZERO;
	for (let k = 0; k < H; k++) {
		const netCashFlow = inflowLessCalls[k].minus(flows.disbursed[k]);
		exposure = exposure.minus(netCashFlow);
		running = running.plus(pv.investment[k]).plus(pv.tariff[k]);
		years.push({
			year: scenario.startYear + k,
			gdpKrw: eco.gdpKrw[k],
			fx: eco.fx[k],
			gdpUsd: eco.gdpUsd[k],
			reserves: eco.reserves[k],
			disbursed: flows.disbursed[k],
			guaranteed: flows.guaranteed[k],
			calls: flows.calls[k],
			koreaInflow: flows.koreaInflow[k],
			usInflow: flows.usInflow[k],
			capitalAtRisk: flows.capitalAtRisk[k],
			contingent: flows.contingent[k],
			losses: flows.losses[k],
			tariffCostDeal: trade.tariffCostDeal[k],
			tariffCostNoDeal: trade.tariffCostNoDeal[k],
			tariffBenefit: benefit[k],
			exportsDeal: trade.exportsDeal[k],
			exportsNoDeal: trade.exportsNoDeal[k],
			tariffPaidDeal: trade.tariffPaidDeal[k],
			netCashFlow,
			netExposure: exposure,
			netExposureToGdp: exposure.div(eco.gdpUsd[k]),
			netExposureToReserves: exposure.div(eco.reserves[k]),
			disbursedToGdp: flows.disbursed[k].div(eco.gdpUsd[k]),
			dealNet: netCashFlow.plus(benefit[k]),
			compensation: flows.compensation[k],
			koreaDistributions: flows.koreaDistributions[k],
			owed: flows.owed[k],
			npvDealCumulative: running
		});
	}
	const d = scenario.discountRate;
	// MODEL.md "Continuation": sum over tranches, t = H+1..H+M, of (koreaInflow_t - calls_t) / (1+d)^(t-H).
	let terminalValueKorea = ZERO;
	for (const f of followed) {
		let growth = ONE; // (1+d)^(t-H)
		for (let t = H + 1; t <= f.own.lastYear; t++) {
			growth = growth.times(ONE.plus(d));
			const net = f.own.koreaInflow[t - 1].minus(f.own.calls[t - 1]);
			terminalValueKorea = terminalValueKorea.plus(net.div(growth));
		}
	}
	const npvTerminal = terminalValueKorea.div(ONE.plus(d).pow(H));
	const tranches = followed.map((f) => trancheResult(f, d, H, scenario.startYear));
	return {
		scenario,
		years,
		summary: summarise(scenario, years, pledged, undisbursed, pv, firstEquity, {
			terminalValueKorea,
			npvTerminal,
			tranches
		}),
		followed
	};
}

/**
 * npvKorea of one tranche at the rate r (MODEL.md "Per tranche"):
 * sum -Dw_v/(1+r)^(v-1) + sum (korea_t - calls_t)/(1+r)^t, over its horizon and
 * continuation; a guarantee pays no cash.
 */
export function trancheNpvAt(f: FollowedTranche, r: Dec): Dec {
	let payments = ZERO;
	if (f.tranche.instrument !== 'guarantee') {
		let before = ONE; // (1+r)^(v-1)
		for (let v = 1; v <= f.paid.length; v++) {
			if (v > 1) before = before.times(ONE.plus(r));
			payments = payments.minus(f.paid[v - 1].div(before));
		}
	}
	let returns = ZERO;
	let after = ONE; // (1+r)^t
	for (let t = 1; t <= f.own.lastYear; t++) {
		after = after.times(ONE.plus(r));
		returns = returns.plus(f.own.koreaInflow[t - 1].minus(f.own.calls[t - 1]).div(after));
	}
	return payments.plus(returns);
}

/** npvKorea, npvUs, koreaIrr and recoupYear of one tranche (MODEL.md "Per tranche"). */
function trancheResult(f: FollowedTranche, d: Dec, H: number, startYear: number): TrancheResult {
	const t = f.tranche;
	let npvUs = ZERO;
	let after = ONE;
	for (let i = 1; i <= f.own.lastYear; i++) {
		after = after.times(ONE.plus(d));
		npvUs = npvUs.plus(f.own.usInflow[i - 1].div(after));
	}
	// A payment is a year v <= H with w_v * D_v > 0.
	const paymentYears: number[] = [];
	for (let v = 1; v <= H; v++) if (f.paid[v - 1].gt(0)) paymentYears.push(v);
	const madeAPayment = paymentYears.length > 0;
	const koreaIrr = t.instrument === 'guarantee' || !madeAPayment ? null : bisectionIrr((r) => trancheNpvAt(f, r));
	let recoupYear: number | null = null;
	if (t.instrument === 'equity' && madeAPayment) {
		// The first year at whose end every vintage paid so far has owed = 0 and no later payment remains.
		for (let i = 1; i <= f.own.lastYear && recoupYear === null; i++) {
			const laterPayment = paymentYears.some((v) => v > i);
			const allRecouped = paymentYears.filter((v) => v <= i).every((v) => f.own.owed[v - 1][i - 1]?.isZero());
			if (!laterPayment && allRecouped) recoupYear = startYear + i - 1;
		}
	}
	return { name: t.name, npvKorea: trancheNpvAt(f, d), npvUs, koreaIrr, recoupYear };
}

function summarise(
	scenario: Scenario,
	years: YearResult[],
	pledged: Dec,
	undisbursed: Dec,
	pv: { investment: Dec[]; tariff: Dec[] },
	firstEquity: number,
	v2: { terminalValueKorea: Dec; npvTerminal: Dec; tranches: TrancheResult[] }
): Summary {
	const yearOf = (k: number | null) => (k === null ? null : scenario.startYear + k);
	const exposures = years.map((y) => y.netExposure);
	const peak = argMax(exposures);
	const firstOutlay = years.findIndex((y) => y.disbursed.plus(y.calls).gt(0));
	const last = years[years.length - 1];
	let payback: number | null = null;
	if (firstOutlay >= 0 && !last.netExposure.gt(0)) {
		payback = Math.max(firstFromWhichAll(exposures, (x) => x.lte(0)) ?? 0, firstOutlay);
	}
	const owedFrom = firstFromWhichAll(
		years.map((y) => y.owed),
		(x) => x.isZero()
	);
	const recoup = firstEquity >= years.length || owedFrom === null ? null : Math.max(owedFrom, firstEquity);
	const withinHorizon = total(pv.investment);
	const npvInvestment = withinHorizon.plus(v2.npvTerminal);
	const npvTariffBenefit = total(pv.tariff);
	return {
		pledged,
		disbursedTotal: total(years.map((y) => y.disbursed)),
		guaranteedTotal: total(years.map((y) => y.guaranteed)),
		undisbursed,
		koreaInflowTotal: total(years.map((y) => y.koreaInflow)),
		usInflowTotal: total(years.map((y) => y.usInflow)),
		peakNetExposure: exposures[peak],
		peakNetExposureYear: scenario.startYear + peak,
		peakNetExposureToGdp: years[argMax(years.map((y) => y.netExposureToGdp))].netExposureToGdp,
		peakDisbursedToGdp: years[argMax(years.map((y) => y.disbursedToGdp))].disbursedToGdp,
		paybackYear: yearOf(payback),
		npvInvestment,
		terminalValueKorea: v2.terminalValueKorea,
		npvTerminal: v2.npvTerminal,
		npvTariffBenefit,
		npvDeal: npvInvestment.plus(npvTariffBenefit),
		npvFiscal: npvInvestment.plus(scenario.economy.taxRatio.times(npvTariffBenefit)),
		breakEvenYear: yearOf(
			firstFromWhichAll(
				years.map((y) => y.npvDealCumulative),
				(c) => c.gte(0)
			)
		),
		tranches: v2.tranches,
		recoupYear: yearOf(recoup),
		peakNetExposureToReserves: years[argMax(years.map((y) => y.netExposureToReserves))].netExposureToReserves,
		callsTotal: total(years.map((y) => y.calls)),
		npvDealWithinHorizon: withinHorizon.plus(npvTariffBenefit)
	};
}
