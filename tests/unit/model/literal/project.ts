/**
 * The literal engine, copied before the optimisation of instruments.ts, kept as an
 * oracle: simulateLiteral(scenario) follows MODEL.md step by step, vintage by vintage.
 */
import { ZERO, type Dec } from '../../../../src/lib/model/decimal';
import { economyPath } from './economy';
import { addTranche, emptyFlows } from './instruments';
import type { Scenario } from '../../../../src/lib/model/scenario';
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
	npvTariffBenefit: Dec;
	npvDeal: Dec;
	breakEvenYear: number | null;
	/** Extra: the first year from which no equity is left to recoup (null if never). */
	recoupYear: number | null;
	/** Extra: the largest net exposure as a share of FX reserves. */
	peakNetExposureToReserves: Dec;
	/** Extra: total calls paid on guarantees. */
	callsTotal: Dec;
}

export interface Projection {
	scenario: Scenario;
	years: YearResult[];
	summary: Summary;
}

export interface SimulateOptions {
	/** Needed only when a tranche has a `formula` schedule. */
	evaluateFormula?: FormulaEvaluator;
}

/** Runs the model on a validated scenario. Throws FormulaError if a formula fails. */
export function simulateLiteral(scenario: Scenario, options: SimulateOptions = {}): Projection {
	const H = scenario.horizon;
	const flows = emptyFlows(H);
	let pledged = ZERO;
	let undisbursed = ZERO;
	let firstEquity = H; // index of the first equity payment (H: none)
	scenario.tranches.forEach((t, k) => {
		const D = payments(t, H, `tranches[${k}]`, options.evaluateFormula);
		if (t.instrument === 'equity') {
			const first = D.findIndex((d) => d.gt(0));
			if (first >= 0) firstEquity = Math.min(firstEquity, first);
		}
		pledged = pledged.plus(t.amount);
		undisbursed = undisbursed.plus(t.amount.minus(total(D)));
		addTranche(t, D, flows);
	});
	const eco = economyPath(scenario.economy, H);
	const trade = tradePath(scenario.trade, H);
	const inflowLessCalls = flows.koreaInflow.map((x, k) => x.minus(flows.calls[k]));
	const pv = presentValues(scenario.discountRate, flows.disbursed, inflowLessCalls, trade.tariffBenefit);

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
			tariffBenefit: trade.tariffBenefit[k],
			exportsDeal: trade.exportsDeal[k],
			exportsNoDeal: trade.exportsNoDeal[k],
			tariffPaidDeal: trade.tariffPaidDeal[k],
			netCashFlow,
			netExposure: exposure,
			netExposureToGdp: exposure.div(eco.gdpUsd[k]),
			netExposureToReserves: exposure.div(eco.reserves[k]),
			disbursedToGdp: flows.disbursed[k].div(eco.gdpUsd[k]),
			dealNet: netCashFlow.plus(trade.tariffBenefit[k]),
			compensation: flows.compensation[k],
			koreaDistributions: flows.koreaDistributions[k],
			owed: flows.owed[k],
			npvDealCumulative: running
		});
	}
	return { scenario, years, summary: summarise(scenario, years, pledged, undisbursed, pv, firstEquity) };
}

function summarise(
	scenario: Scenario,
	years: YearResult[],
	pledged: Dec,
	undisbursed: Dec,
	pv: { investment: Dec[]; tariff: Dec[] },
	firstEquity: number
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
	const npvInvestment = total(pv.investment);
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
		npvTariffBenefit,
		npvDeal: npvInvestment.plus(npvTariffBenefit),
		breakEvenYear: yearOf(
			firstFromWhichAll(
				years.map((y) => y.npvDealCumulative),
				(c) => c.gte(0)
			)
		),
		recoupYear: yearOf(recoup),
		peakNetExposureToReserves: years[argMax(years.map((y) => y.netExposureToReserves))].netExposureToReserves,
		callsTotal: total(years.map((y) => y.calls))
	};
}
