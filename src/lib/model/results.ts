/**
 * The Results JSON of MODEL.md: decimals as full-precision strings, years as numbers,
 * missing years as null. Also the scenario's canonical JSON form and the yearly CSV.
 */
import { isDecimal, type Dec } from './decimal';
import type { Projection, Summary, YearResult } from './project';
import type { Scenario, ScenarioJson, Schedule, ScheduleJson, Tranche, TrancheJson } from './scenario';

type Jsonish<T> = { [K in keyof T]: T[K] extends Dec ? string : T[K] };

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
	return {
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
}

/** A validated scenario as Scenario JSON v1, every field written out. */
export function scenarioToJson(s: Scenario): ScenarioJson {
	const json: ScenarioJson = {
		version: 1,
		startYear: s.startYear,
		horizon: s.horizon,
		discountRate: s.discountRate.toString(),
		economy: plain(s.economy),
		tranches: s.tranches.map(trancheJson),
		trade: {
			elasticity: s.trade.elasticity.toString(),
			exporterAbsorption: s.trade.exporterAbsorption.toString(),
			valueAddedShare: s.trade.valueAddedShare.toString(),
			sectors: s.trade.sectors.map((x) => plain(x))
		}
	};
	if (s.name === undefined) return json;
	const { version, ...rest } = json;
	return { version, name: s.name, ...rest };
}

export interface ResultsJson {
	scenario: ScenarioJson;
	years: Jsonish<YearResult>[];
	summary: Jsonish<Summary>;
}

/** The projection as MODEL.md's Results JSON. */
export function resultsJson(p: Projection): ResultsJson {
	return { scenario: scenarioToJson(p.scenario), years: p.years.map((y) => plain(y)), summary: plain(p.summary) };
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
