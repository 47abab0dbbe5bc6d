/**
 * A scenario as a flat map from param key to canonical text (`t0.a` -> '200'): the form
 * in which links are compared with presets and overlaid on them. Numbers are written as
 * their exact decimal text (Decimal.toString), never through a JavaScript number.
 */
import {
	canonicalDecimal,
	DEAL_RISK_DEFAULTS,
	ECONOMY_V2_DEFAULTS,
	parseDecimal,
	SCENARIO_VERSION,
	TRANCHE_DEFAULTS,
	type ScenarioJson,
	type TariffJson,
	type ScheduleMode,
	type SectorJson,
	type TrancheJson
} from '../model/index';
import { FROM_RATE, STEP_JOIN } from './checks';
import { MODE_FIELD, SCENARIO_PARAMS, SCHEDULE_FIELD_KEYS, TRANCHE_PARAMS } from './params';

/** Param key -> canonical text. Counts are under `tn` and `sn`. */
export type Flat = Map<string, string>;

/** The base of tranche k when the preset has fewer: the same values as the page's "add tranche". */
export function templateTranche(k: number): TrancheJson {
	return {
		name: `Tranche ${k + 1}`,
		instrument: 'equity',
		amount: '50',
		schedule: { mode: 'cap', cap: '10' },
		returnRate: '0.05',
		lossRate: '0.01',
		koreaLossShare: '1',
		koreaShareBeforeRecoup: '0.5',
		koreaShareAfterRecoup: '0.1',
		recoupInterest: '0',
		tenor: 10,
		grace: 0,
		terminalRecovery: '0'
	};
}

/** The base of sector k when the preset has fewer: the same values as the page's "add sector". */
export function templateSector(k: number): SectorJson {
	return {
		name: `Sector ${k + 1}`,
		exports0: '5',
		growth: '0.02',
		tariffBaseline: '0',
		tariffNoDeal: '0.25',
		tariffDeal: '0.15'
	};
}

/** Canonical text of a number (exact decimal text), or the value as text when it is not one. */
export function canonicalNumber(value: unknown): string {
	const parsed = parseDecimal(value);
	if (typeof parsed === 'string') return String(value ?? '');
	return canonicalDecimal(parsed);
}

/** The value of a tranche field by param key, with MODEL.md's defaults for optional fields. */
function trancheValues(t: TrancheJson): Record<string, unknown> {
	const s = (t.schedule ?? {}) as Partial<TrancheJson['schedule']>;
	const or = (value: unknown, fallback: string) => (value === undefined ? fallback : value);
	return {
		name: t.name,
		i: t.instrument,
		a: t.amount,
		m: s.mode,
		dl: or(s.delay, '0'),
		y: s.years,
		c: s.cap,
		am: s.amounts,
		f: s.expr,
		r: t.returnRate,
		l: t.lossRate,
		kl: or(t.koreaLossShare, TRANCHE_DEFAULTS.koreaLossShare),
		s1: or(t.koreaShareBeforeRecoup, TRANCHE_DEFAULTS.koreaShareBeforeRecoup),
		s2: or(t.koreaShareAfterRecoup, TRANCHE_DEFAULTS.koreaShareAfterRecoup),
		ri: or(t.recoupInterest, TRANCHE_DEFAULTS.recoupInterest),
		tn: or(t.tenor, TRANCHE_DEFAULTS.tenor),
		g: or(t.grace, TRANCHE_DEFAULTS.grace),
		tr: or(t.terminalRecovery, TRANCHE_DEFAULTS.terminalRecovery),
		cy: or(t.continuationYears, '0')
	};
}

/** (v2) A tariff's link text: a rate, or its steps `from_rate` joined by `*`. */
export function tariffText(value: TariffJson | undefined, number: (v: unknown) => string): string {
	if (!Array.isArray(value)) return number(value);
	return value.map((step) => `${number(step?.from)}${FROM_RATE}${number(step?.rate)}`).join(STEP_JOIN);
}

/** (v2) A tariff from its link text (checked already, see checks.ts). */
export function tariffFromText(text: string): TariffJson {
	if (!text.includes(FROM_RATE)) return text;
	return text.split(STEP_JOIN).map((step) => {
		const [from, rate] = step.split(FROM_RATE);
		return { from, rate: rate ?? '' };
	});
}

/**
 * Adds tranche k's entries to a flat map. `exact` says the numbers are already exact
 * decimal text (from scenarioToJson), which spares parsing them again.
 */
export function flattenTranche(flat: Flat, k: number, t: TrancheJson, exact = false): void {
	const number = exact ? (v: unknown) => String(v) : canonicalNumber;
	const values = trancheValues(t);
	const mode = values.m as ScheduleMode;
	const modeField = Object.prototype.hasOwnProperty.call(MODE_FIELD, mode) ? MODE_FIELD[mode] : null;
	for (const spec of TRANCHE_PARAMS) {
		const value = values[spec.key];
		if (value === undefined || (SCHEDULE_FIELD_KEYS.includes(spec.key) && spec.key !== modeField)) continue;
		const key = `t${k}.${spec.key}`;
		if (spec.kind === 'decimal') flat.set(key, number(value));
		else if (spec.kind === 'amounts') flat.set(key, Array.isArray(value) ? value.map(number).join(',') : '');
		else flat.set(key, String(value));
	}
}

/** Adds sector k's entries to a flat map. */
export function flattenSector(flat: Flat, k: number, s: SectorJson, exact = false): void {
	const number = exact ? (v: unknown) => String(v) : canonicalNumber;
	const p = `s${k}.`;
	flat.set(p + 'name', String(s.name ?? ''));
	flat.set(p + 'x', number(s.exports0));
	flat.set(p + 'gr', number(s.growth));
	flat.set(p + 'tb', number(s.tariffBaseline));
	flat.set(p + 'tnd', tariffText(s.tariffNoDeal, number));
	flat.set(p + 'td', tariffText(s.tariffDeal, number));
	const optional = (v: unknown) => (v === undefined || v === null ? '' : number(v));
	flat.set(p + 'lb', s.legalBasis === undefined ? '' : String(s.legalBasis));
	flat.set(p + 'sh', optional(s.shareOfUsImports));
	flat.set(p + 'ctb', optional(s.competitorTariffBaseline));
	flat.set(p + 'ctn', s.competitorTariffNoDeal === undefined ? '' : tariffText(s.competitorTariffNoDeal, number));
	flat.set(p + 'ctd', s.competitorTariffDeal === undefined ? '' : tariffText(s.competitorTariffDeal, number));
}

/** A scenario's flat map: every field, with the defaults of optional tranche fields filled in. */
export function flatten(json: ScenarioJson, exact = false): Flat {
	const number = exact ? (v: unknown) => String(v) : canonicalNumber;
	const flat: Flat = new Map();
	const risk = json.dealRisk ?? {};
	const top = {
		...json,
		...json.economy,
		...json.trade,
		taxRatio: json.economy?.taxRatio ?? ECONOMY_V2_DEFAULTS.taxRatio,
		hazard: risk.hazard ?? DEAL_RISK_DEFAULTS.hazard,
		endYear: risk.endYear ?? null,
		paymentsContinue: risk.paymentsContinue ?? DEAL_RISK_DEFAULTS.paymentsContinue,
		adjustmentYears: json.trade?.adjustmentYears ?? '1'
	} as Record<string, unknown>;
	for (const spec of SCENARIO_PARAMS) {
		const value = top[spec.path.slice(spec.path.indexOf('.') + 1)];
		if (spec.key === 'name') {
			if (value !== undefined) flat.set('name', String(value));
		} else if (spec.kind === 'optional') flat.set(spec.key, value === undefined || value === null ? '' : number(value));
		else flat.set(spec.key, number(value));
	}
	const tranches = Array.isArray(json.tranches) ? json.tranches : [];
	const sectors = Array.isArray(json.trade?.sectors) ? json.trade.sectors : [];
	flat.set('tn', String(tranches.length));
	tranches.forEach((t, k) => flattenTranche(flat, k, t, exact));
	flat.set('sn', String(sectors.length));
	sectors.forEach((s, k) => flattenSector(flat, k, s, exact));
	return flat;
}

/** The scenario JSON of a flat map with `tn` tranches and `sn` sectors (to be validated). */
export function unflatten(flat: Flat, tn: number, sn: number): ScenarioJson {
	const v = (key: string) => flat.get(key) ?? '';
	const tranches: TrancheJson[] = [];
	for (let k = 0; k < tn; k++) {
		const p = `t${k}.`;
		const mode = v(p + 'm') as ScheduleMode;
		const schedule: TrancheJson['schedule'] = { mode, delay: v(p + 'dl') };
		if (mode === 'even') schedule.years = v(p + 'y');
		if (mode === 'cap') schedule.cap = v(p + 'c');
		if (mode === 'custom') schedule.amounts = v(p + 'am').split(',');
		if (mode === 'formula') schedule.expr = v(p + 'f');
		tranches.push({
			name: v(p + 'name'),
			instrument: v(p + 'i') as TrancheJson['instrument'],
			amount: v(p + 'a'),
			schedule,
			returnRate: v(p + 'r'),
			lossRate: v(p + 'l'),
			koreaLossShare: v(p + 'kl'),
			koreaShareBeforeRecoup: v(p + 's1'),
			koreaShareAfterRecoup: v(p + 's2'),
			recoupInterest: v(p + 'ri'),
			tenor: v(p + 'tn'),
			grace: v(p + 'g'),
			terminalRecovery: v(p + 'tr'),
			continuationYears: v(p + 'cy')
		});
	}
	const sectors: SectorJson[] = [];
	for (let k = 0; k < sn; k++) {
		const p = `s${k}.`;
		const sector: SectorJson = {
			name: v(p + 'name'),
			exports0: v(p + 'x'),
			growth: v(p + 'gr'),
			tariffBaseline: v(p + 'tb'),
			tariffNoDeal: tariffFromText(v(p + 'tnd')),
			tariffDeal: tariffFromText(v(p + 'td'))
		};
		if (v(p + 'lb') !== '') sector.legalBasis = v(p + 'lb') as SectorJson['legalBasis'];
		if (v(p + 'sh') !== '') sector.shareOfUsImports = v(p + 'sh');
		if (v(p + 'ctb') !== '') sector.competitorTariffBaseline = v(p + 'ctb');
		if (v(p + 'ctn') !== '') sector.competitorTariffNoDeal = tariffFromText(v(p + 'ctn'));
		if (v(p + 'ctd') !== '') sector.competitorTariffDeal = tariffFromText(v(p + 'ctd'));
		sectors.push(sector);
	}
	const trade: ScenarioJson['trade'] = {
		elasticity: v('el'),
		exporterAbsorption: v('abs'),
		valueAddedShare: v('va'),
		adjustmentYears: v('ay'),
		sectors
	};
	if (v('sr') !== '') trade.shortRunElasticity = v('sr');
	if (v('se') !== '') trade.substitutionElasticity = v('se');
	const json: ScenarioJson = {
		version: SCENARIO_VERSION,
		startYear: v('sy'),
		horizon: v('h'),
		discountRate: v('d'),
		economy: {
			gdp0: v('gdp'),
			realGrowth: v('rg'),
			inflation: v('inf'),
			fx0: v('fx'),
			fxDrift: v('fxd'),
			reserves0: v('res'),
			reservesGrowth: v('resg'),
			taxRatio: v('tax')
		},
		dealRisk: { hazard: v('hz'), endYear: v('ey') === '' ? null : v('ey'), paymentsContinue: v('pc') },
		tranches,
		trade
	};
	if (!flat.has('name')) return json;
	const { version, ...rest } = json;
	return { version, name: v('name'), ...rest };
}
