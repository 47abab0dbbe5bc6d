/**
 * simulate(scenario) -> Projection: every per-year result and the summary of MODEL.md.
 */
import { ZERO, type Dec } from './decimal';
import { over } from './inverses';
import { economyPath } from './economy';
import { irr } from './irr';
import { presentValueTotals, terminalValue, yearlyPaths, type Followed, type SimulateOptions } from './paths';
import type { Scenario, Tranche } from './scenario';
import { argMax, firstFromWhichAll, total } from './arrays';

export type { SimulateOptions } from './paths';

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

/** (v2) One tranche's own results, over the horizon and its continuation. */
export interface TrancheResult {
	name: string;
	/** Extra: its structure. */
	instrument: Tranche['instrument'];
	/** Extra: the payments made (weighted by deal risk): cash out, or guarantees given. */
	paid: Dec;
	/** Extra: the last calendar year its vintages are followed (the horizon's, plus continuationYears). */
	lastYear: number;
	/** Its part of npvInvestment. */
	npvKorea: Dec;
	/** What the split hands the US, in present value (0 unless equity). */
	npvUs: Dec;
	/** The rate at which npvKorea is 0 (100 bisection steps), or null; worked out when first read. */
	readonly koreaIrr: Dec | null;
	/** Equity: the first year every vintage paid so far is recouped, none to come; else null. */
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
	/** (v2) What Korea nets after the horizon, valued at the end of year H. */
	terminalValueKorea: Dec;
	/** (v2) terminalValueKorea in today's money; part of npvInvestment. */
	npvTerminal: Dec;
	npvTariffBenefit: Dec;
	npvDeal: Dec;
	/** (v2) npvInvestment + taxRatio * npvTariffBenefit: the state's view. */
	npvFiscal: Dec;
	breakEvenYear: number | null;
	/** (v2) One entry per tranche, in order. */
	tranches: TrancheResult[];
	/** Extra: the first year from which no equity is left to recoup (null if never). */
	recoupYear: number | null;
	/** Extra: the largest net exposure as a share of FX reserves. */
	peakNetExposureToReserves: Dec;
	/** Extra: total calls paid on guarantees. */
	callsTotal: Dec;
	/** Extra (v2): npvDeal without the continuation, what breakEvenYear rests on. */
	npvDealWithinHorizon: Dec;
}

export interface Projection {
	scenario: Scenario;
	years: YearResult[];
	summary: Summary;
}

/** Runs the model on a validated scenario. Throws FormulaError if a formula fails. */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Projection {
	const { H, flows, followed, factors, pledged, undisbursed, firstEquity, trade, per, inflowLessCalls, pv } =
		yearlyPaths(scenario, options, false);
	const eco = economyPath(scenario.economy, H);
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
			netExposureToGdp: over(exposure, per.gdpUsd[k]),
			netExposureToReserves: over(exposure, per.reserves[k]),
			disbursedToGdp: over(flows.disbursed[k], per.gdpUsd[k]),
			dealNet: netCashFlow.plus(trade.tariffBenefit[k]),
			compensation: flows.compensation[k],
			koreaDistributions: flows.koreaDistributions[k],
			owed: flows.owed[k],
			npvDealCumulative: running
		});
	}
	const tranches = followed.map((f) => trancheResult(f, H, scenario.startYear, factors));
	const { terminalValueKorea, npvTerminal } = terminalValue(followed, H, factors);
	return {
		scenario,
		years,
		summary: summarise(scenario, years, pledged, undisbursed, pv, firstEquity, {
			terminalValueKorea,
			npvTerminal,
			tranches
		})
	};
}

/** MODEL.md "Per tranche" (v2): npvKorea, npvUs, koreaIrr and recoupYear. */
function trancheResult(f: Followed, H: number, startYear: number, factors: readonly Dec[]): TrancheResult {
	const { tranche: t, paid, own } = f;
	const T = own.koreaInflow.length;
	const cash = t.instrument !== 'guarantee';
	// c_j: what the tranche nets at the end of year j (index j), less the payment of year j + 1.
	const c: Dec[] = new Array<Dec>(T + 1).fill(ZERO);
	let npvKorea = ZERO;
	for (let j = 0; j <= T; j++) {
		let x = j === 0 ? ZERO : own.koreaInflow[j - 1].minus(own.calls[j - 1]);
		if (!x.isZero()) npvKorea = npvKorea.plus(x.times(factors[j - 1]));
		if (cash && j < H && !paid[j].isZero()) {
			npvKorea = npvKorea.minus(j === 0 ? paid[0] : paid[j].times(factors[j - 1]));
			x = x.minus(paid[j]);
		}
		c[j] = x;
	}
	const lastPayment = lastIndex(paid, (x) => x.gt(0));
	// koreaIrr is worked out when it is first read: a hundred bisection steps that Monte
	// Carlo, goal seek and the tornado never need (the page and the command line read it).
	let rate: Dec | null | undefined;
	return {
		name: t.name,
		instrument: t.instrument,
		paid: total(paid),
		lastYear: startYear + T - 1,
		npvKorea,
		npvUs: own.npvUs,
		get koreaIrr(): Dec | null {
			if (rate === undefined) rate = !cash || lastPayment < 0 ? null : irr(c);
			return rate;
		},
		recoupYear:
			t.instrument !== 'equity' || lastPayment < 0 || own.recoupIndex === null
				? null
				: startYear + Math.max(lastPayment, own.recoupIndex)
	};
}

/** The last index whose value passes `ok`, or -1. */
function lastIndex(values: readonly Dec[], ok: (x: Dec) => boolean): number {
	for (let k = values.length - 1; k >= 0; k--) if (ok(values[k])) return k;
	return -1;
}

function summarise(
	scenario: Scenario,
	years: YearResult[],
	pledged: Dec,
	undisbursed: Dec,
	pv: { investment: Dec[]; tariff: Dec[] },
	firstEquity: number,
	v2: Pick<Summary, 'terminalValueKorea' | 'npvTerminal' | 'tranches'>
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
	const recoupIndex = firstEquity >= years.length || owedFrom === null ? null : Math.max(owedFrom, firstEquity);
	const { withinHorizon, npvInvestment, npvTariffBenefit, npvDeal } = presentValueTotals(pv, v2.npvTerminal);
	const taxRatio = scenario.economy.taxRatio;
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
		npvDeal,
		npvFiscal: taxRatio.isZero() ? npvInvestment : npvInvestment.plus(taxRatio.times(npvTariffBenefit)),
		breakEvenYear: yearOf(
			firstFromWhichAll(
				years.map((y) => y.npvDealCumulative),
				(c) => c.gte(0)
			)
		),
		tranches: v2.tranches,
		recoupYear: yearOf(recoupIndex),
		peakNetExposureToReserves: years[argMax(years.map((y) => y.netExposureToReserves))].netExposureToReserves,
		callsTotal: total(years.map((y) => y.calls)),
		npvDealWithinHorizon: withinHorizon.plus(npvTariffBenefit)
	};
}
