/**
 * The parameter names of the link format v1 (documented in index.ts) and the scenario
 * field each one stands for, with the metadata the model uses to check it.
 */
import {
	CONTINUATION_FIELD,
	DEAL_RISK_FIELDS,
	ECONOMY_FIELDS,
	ECONOMY_V2_FIELDS,
	SCENARIO_FIELDS,
	SECTOR_V2_FIELDS,
	TRADE_V2_FIELDS,
	SCHEDULE_FIELDS,
	SECTOR_FIELDS,
	TRADE_FIELDS,
	TRANCHE_FIELDS,
	type FieldMeta,
	type ScheduleMode
} from '../model/index';

/**
 * How a param's value is read. (v2) `optional`: a number, or empty for "not set" (the
 * model's default); `tariff`: a number or a path `2026_0.15*2027_0.25` (steps `from_rate`
 * joined by `*`, characters a link keeps as they are); `basis`: a legal basis or empty.
 */
export type ParamKind =
	| 'decimal'
	| 'text'
	| 'instrument'
	| 'mode'
	| 'amounts'
	| 'formula'
	| 'optional'
	| 'tariff'
	| 'optionalTariff'
	| 'basis';

/** One param: its short key, the path of its field (relative to its tranche or sector) and how to read it. */
export interface ParamSpec {
	key: string;
	path: string;
	kind: ParamKind;
	meta?: FieldMeta;
}

const num = (key: string, path: string, meta: FieldMeta): ParamSpec => ({ key, path, kind: 'decimal', meta });

/** Top-level, economy and trade params, in the order links are written. */
export const SCENARIO_PARAMS: readonly ParamSpec[] = [
	{ key: 'name', path: 'name', kind: 'text' },
	num('sy', 'startYear', SCENARIO_FIELDS.startYear),
	num('h', 'horizon', SCENARIO_FIELDS.horizon),
	num('d', 'discountRate', SCENARIO_FIELDS.discountRate),
	num('gdp', 'economy.gdp0', ECONOMY_FIELDS.gdp0),
	num('rg', 'economy.realGrowth', ECONOMY_FIELDS.realGrowth),
	num('inf', 'economy.inflation', ECONOMY_FIELDS.inflation),
	num('fx', 'economy.fx0', ECONOMY_FIELDS.fx0),
	num('fxd', 'economy.fxDrift', ECONOMY_FIELDS.fxDrift),
	num('res', 'economy.reserves0', ECONOMY_FIELDS.reserves0),
	num('resg', 'economy.reservesGrowth', ECONOMY_FIELDS.reservesGrowth),
	num('el', 'trade.elasticity', TRADE_FIELDS.elasticity),
	num('abs', 'trade.exporterAbsorption', TRADE_FIELDS.exporterAbsorption),
	num('va', 'trade.valueAddedShare', TRADE_FIELDS.valueAddedShare),
	// (v2)
	num('tax', 'economy.taxRatio', ECONOMY_V2_FIELDS.taxRatio),
	num('hz', 'dealRisk.hazard', DEAL_RISK_FIELDS.hazard),
	{ key: 'ey', path: 'dealRisk.endYear', kind: 'optional', meta: DEAL_RISK_FIELDS.endYear },
	num('pc', 'dealRisk.paymentsContinue', DEAL_RISK_FIELDS.paymentsContinue),
	{ key: 'sr', path: 'trade.shortRunElasticity', kind: 'optional', meta: TRADE_V2_FIELDS.shortRunElasticity },
	num('ay', 'trade.adjustmentYears', TRADE_V2_FIELDS.adjustmentYears),
	{ key: 'se', path: 'trade.substitutionElasticity', kind: 'optional', meta: TRADE_V2_FIELDS.substitutionElasticity }
];

/** Tranche params (`t0.a`), in the order links are written. */
export const TRANCHE_PARAMS: readonly ParamSpec[] = [
	{ key: 'name', path: 'name', kind: 'text' },
	{ key: 'i', path: 'instrument', kind: 'instrument' },
	num('a', 'amount', TRANCHE_FIELDS.amount),
	{ key: 'm', path: 'schedule.mode', kind: 'mode' },
	num('dl', 'schedule.delay', SCHEDULE_FIELDS.delay),
	num('y', 'schedule.years', SCHEDULE_FIELDS.years),
	num('c', 'schedule.cap', SCHEDULE_FIELDS.cap),
	{ key: 'am', path: 'schedule.amounts', kind: 'amounts', meta: SCHEDULE_FIELDS.amount },
	{ key: 'f', path: 'schedule.expr', kind: 'formula' },
	num('r', 'returnRate', TRANCHE_FIELDS.returnRate),
	num('l', 'lossRate', TRANCHE_FIELDS.lossRate),
	num('kl', 'koreaLossShare', TRANCHE_FIELDS.koreaLossShare),
	num('s1', 'koreaShareBeforeRecoup', TRANCHE_FIELDS.koreaShareBeforeRecoup),
	num('s2', 'koreaShareAfterRecoup', TRANCHE_FIELDS.koreaShareAfterRecoup),
	num('ri', 'recoupInterest', TRANCHE_FIELDS.recoupInterest),
	num('tn', 'tenor', TRANCHE_FIELDS.tenor),
	num('g', 'grace', TRANCHE_FIELDS.grace),
	num('tr', 'terminalRecovery', TRANCHE_FIELDS.terminalRecovery),
	num('cy', 'continuationYears', CONTINUATION_FIELD)
];

/** Sector params (`s0.x`), in the order links are written. */
export const SECTOR_PARAMS: readonly ParamSpec[] = [
	{ key: 'name', path: 'name', kind: 'text' },
	num('x', 'exports0', SECTOR_FIELDS.exports0),
	num('gr', 'growth', SECTOR_FIELDS.growth),
	num('tb', 'tariffBaseline', SECTOR_FIELDS.tariffBaseline),
	{ key: 'tnd', path: 'tariffNoDeal', kind: 'tariff', meta: SECTOR_FIELDS.tariffNoDeal },
	{ key: 'td', path: 'tariffDeal', kind: 'tariff', meta: SECTOR_FIELDS.tariffDeal },
	// (v2)
	{ key: 'lb', path: 'legalBasis', kind: 'basis' },
	{ key: 'sh', path: 'shareOfUsImports', kind: 'optional', meta: SECTOR_V2_FIELDS.shareOfUsImports },
	{ key: 'ctb', path: 'competitorTariffBaseline', kind: 'optional', meta: SECTOR_V2_FIELDS.competitorTariffBaseline },
	{ key: 'ctn', path: 'competitorTariffNoDeal', kind: 'optionalTariff', meta: SECTOR_V2_FIELDS.competitorTariffNoDeal },
	{ key: 'ctd', path: 'competitorTariffDeal', kind: 'optionalTariff', meta: SECTOR_V2_FIELDS.competitorTariffDeal }
];

/** The schedule field each mode reads (its param key), or null. */
export const MODE_FIELD: Record<ScheduleMode, string | null> = {
	upfront: null,
	even: 'y',
	cap: 'c',
	custom: 'am',
	formula: 'f'
};

/** The schedule-field params: only the one of the tranche's mode is read. */
export const SCHEDULE_FIELD_KEYS: readonly string[] = ['y', 'c', 'am', 'f'];

/** The order of the values of a packed tranche (`t0=loan,120,cap,...`); names and schedule fields stay apart. */
export const TRANCHE_PACK: readonly string[] = ['i', 'a', 'm', 'dl', 'r', 'l', 'kl', 's1', 's2', 'ri', 'tn', 'g', 'tr'];

/** The order of the values of a packed sector (`s0=34.74,0.02,0,0.25,0.15`). */
export const SECTOR_PACK: readonly string[] = ['x', 'gr', 'tb', 'tnd', 'td'];

const byKey = (specs: readonly ParamSpec[]) => new Map(specs.map((s) => [s.key, s]));
/** Top-level params by key. */
export const SCENARIO_BY_KEY = byKey(SCENARIO_PARAMS);
/** Tranche params by key (without the `tK.`). */
export const TRANCHE_BY_KEY = byKey(TRANCHE_PARAMS);
/** Sector params by key (without the `sK.`). */
export const SECTOR_BY_KEY = byKey(SECTOR_PARAMS);

/** A tranche or sector param key: `t3.a` -> ['t', 3, 'a']; packed `t3` -> ['t', 3, '']. */
export function splitIndexed(key: string): { list: 't' | 's'; index: number; field: string } | null {
	const m = /^([ts])(0|[1-9]\d{0,2})(?:\.([a-z0-9]+))?$/.exec(key);
	if (!m) return null;
	return { list: m[1] as 't' | 's', index: Number(m[2]), field: m[3] ?? '' };
}
