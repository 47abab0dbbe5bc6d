/**
 * The Results JSON of MODEL.md: decimals as full-precision strings, years as numbers,
 * missing years as null. Also the scenario's canonical JSON form and the yearly CSV.
 */
import { isDecimal, type Dec } from './decimal';
import type { Projection, Summary, TrancheResult, YearResult } from './project';
import {
	SCENARIO_VERSION,
	type Scenario,
	type ScenarioJson,
	type Schedule,
	type ScheduleJson,
	type Sector,
	type SectorJson,
	type Tariff,
	type TariffJson,
	type Tranche,
	type TrancheJson
} from './scenario';

type Jsonish<T> = { [K in keyof T]: T[K] extends Dec ? string : T[K] extends Dec | null ? string | null : T[K] };

function plain<T extends object>(obj: T): Jsonish<T> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(obj)) out[k] = isDecimal(v) ? v.toString() : v;
	return out as Jsonish<T>;
}

function scheduleJson(s: Schedule): ScheduleJson {
	const base: ScheduleJson = { mode: s.mode };
	if (s.delay !== 0) base.delay = s.delay;
	switch (s.mode) {
		case 'even':
			return { ...base, years: s.years };
		case 'cap':
			return { ...base, cap: s.cap.toString() };
		case 'custom':
			return { ...base, amounts: s.amounts.map((a) => a.toString()) };
		case 'formula':
			return { ...base, expr: s.expr };
		default:
			return base;
	}
}

function trancheJson(t: Tranche): TrancheJson {
	const json: TrancheJson = {
		name: t.name,
		instrument: t.instrument,
		amount: t.amount.toString(),
		schedule: scheduleJson(t.schedule),
		returnRate: t.returnRate.toString(),
		lossRate: t.lossRate.toString(),
		koreaLossShare: t.koreaLossShare.toString(),
		koreaShareBeforeRecoup: t.koreaShareBeforeRecoup.toString(),
		koreaShareAfterRecoup: t.koreaShareAfterRecoup.toString(),
		recoupInterest: t.recoupInterest.toString(),
		tenor: t.tenor,
		grace: t.grace,
		terminalRecovery: t.terminalRecovery.toString()
	};
	if (t.continuationYears !== 0) json.continuationYears = t.continuationYears;
	return json;
}

function tariffJson(t: Tariff): TariffJson {
	return Array.isArray(t) ? t.map((step) => ({ from: step.from, rate: step.rate.toString() })) : (t as Dec).toString();
}

function sectorJson(s: Sector): SectorJson {
	const json: SectorJson = {
		name: s.name,
		exports0: s.exports0.toString(),
		growth: s.growth.toString(),
		tariffBaseline: s.tariffBaseline.toString(),
		tariffNoDeal: tariffJson(s.tariffNoDeal),
		tariffDeal: tariffJson(s.tariffDeal)
	};
	if (s.legalBasis !== undefined) json.legalBasis = s.legalBasis;
	if (s.shareOfUsImports !== undefined) json.shareOfUsImports = s.shareOfUsImports.toString();
	if (s.competitorTariffBaseline !== undefined) json.competitorTariffBaseline = s.competitorTariffBaseline.toString();
	if (s.competitorTariffNoDeal !== undefined) json.competitorTariffNoDeal = tariffJson(s.competitorTariffNoDeal);
	if (s.competitorTariffDeal !== undefined) json.competitorTariffDeal = tariffJson(s.competitorTariffDeal);
	return json;
}

/**
 * A validated scenario as Scenario JSON v2: every version-1 field written out, and the
 * version-2 fields where they differ from their defaults (so a scenario that uses none
 * reads as it did).
 */
export function scenarioToJson(s: Scenario): ScenarioJson {
	const { taxRatio, ...economyV1 } = s.economy;
	const economy: ScenarioJson['economy'] = plain(economyV1);
	if (!taxRatio.isZero()) economy.taxRatio = taxRatio.toString();
	const t = s.trade;
	const trade: ScenarioJson['trade'] = {
		elasticity: t.elasticity.toString(),
		exporterAbsorption: t.exporterAbsorption.toString(),
		valueAddedShare: t.valueAddedShare.toString()
	} as ScenarioJson['trade'];
	if (!t.shortRunElasticity.eq(t.elasticity)) trade.shortRunElasticity = t.shortRunElasticity.toString();
	if (t.adjustmentYears !== 1) trade.adjustmentYears = t.adjustmentYears;
	if (t.substitutionElasticity !== undefined) trade.substitutionElasticity = t.substitutionElasticity.toString();
	trade.sectors = t.sectors.map(sectorJson);
	const json = { version: SCENARIO_VERSION } as ScenarioJson;
	if (s.name !== undefined) json.name = s.name;
	json.startYear = s.startYear;
	json.horizon = s.horizon;
	json.discountRate = s.discountRate.toString();
	json.economy = economy;
	const risk = s.dealRisk;
	if (!risk.hazard.isZero() || risk.endYear !== null || !risk.paymentsContinue.eq(1)) {
		json.dealRisk = {
			hazard: risk.hazard.toString(),
			endYear: risk.endYear,
			paymentsContinue: risk.paymentsContinue.toString()
		};
	}
	json.tranches = s.tranches.map(trancheJson);
	json.trade = trade;
	return json;
}

export interface ResultsJson {
	scenario: ScenarioJson;
	years: Jsonish<YearResult>[];
	summary: Omit<Jsonish<Summary>, 'tranches'> & { tranches: Jsonish<TrancheResult>[] };
}

type SummaryJson = Omit<Jsonish<Summary>, 'tranches'> & { tranches: Jsonish<TrancheResult>[] };

/** The projection as MODEL.md's Results JSON. */
export function resultsJson(p: Projection): ResultsJson {
	const summary = plain(p.summary) as unknown as SummaryJson;
	summary.tranches = p.summary.tranches.map((t) => plain(t));
	return { scenario: scenarioToJson(p.scenario), years: p.years.map((y) => plain(y)), summary };
}

/** The per-tranche results (v2) as CSV: a header row, one row per tranche, unrounded. */
export const TRANCHE_FIELDS_CSV: readonly (keyof TrancheResult)[] = [
	'name',
	'npvKorea',
	'npvUs',
	'koreaIrr',
	'recoupYear'
];

export function tranchesCsv(p: Projection, firstLine?: string): string {
	const cell = (x: unknown) => {
		const text = x === null ? '' : String(x);
		return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	const rows = p.summary.tranches.map((t) => TRANCHE_FIELDS_CSV.map((f) => cell(t[f])).join(','));
	const lines = [TRANCHE_FIELDS_CSV.join(','), ...rows];
	if (firstLine !== undefined) lines.unshift(`# ${firstLine.replace(/[\r\n]/g, ' ')}`);
	return lines.join('\n') + '\n';
}

/** The yearly fields in table order (MODEL.md first, extras last). */
export const YEAR_FIELDS: readonly (keyof YearResult)[] = [
	'year',
	'gdpKrw',
	'fx',
	'gdpUsd',
	'reserves',
	'disbursed',
	'guaranteed',
	'calls',
	'koreaInflow',
	'usInflow',
	'capitalAtRisk',
	'contingent',
	'losses',
	'tariffCostDeal',
	'tariffCostNoDeal',
	'tariffBenefit',
	'exportsDeal',
	'exportsNoDeal',
	'tariffPaidDeal',
	'netCashFlow',
	'netExposure',
	'netExposureToGdp',
	'netExposureToReserves',
	'disbursedToGdp',
	'dealNet',
	'compensation',
	'koreaDistributions',
	'owed',
	'npvDealCumulative'
];

/** The yearly table as CSV: a header row of field names, one row a year, unrounded. */
export function yearsCsv(p: Projection, firstLine?: string): string {
	const rows = p.years.map((y) => YEAR_FIELDS.map((f) => String(y[f])).join(','));
	const lines = [YEAR_FIELDS.join(','), ...rows];
	if (firstLine !== undefined) lines.unshift(`# ${firstLine.replace(/[\r\n]/g, ' ')}`);
	return lines.join('\n') + '\n';
}
