/**
 * The levers a user can solve for or vary: one number of Scenario JSON (or one number
 * written into several places at once), with its range and immutable get/set on
 * decimal strings. Levers are named by their path, so a worker message can carry them.
 */
import {
	APPLIES,
	canonicalDecimal,
	DEAL_RISK_DEFAULTS,
	DEAL_RISK_FIELDS,
	Decimal,
	ECONOMY_FIELDS,
	ECONOMY_V2_DEFAULTS,
	ECONOMY_V2_FIELDS,
	isDecimal,
	readNumber,
	SCENARIO_FIELDS,
	SCHEDULE_FIELDS,
	SECTOR_FIELDS,
	TRADE_FIELDS,
	TRANCHE_DEFAULTS,
	TRANCHE_FIELDS,
	type EconomyV1Key,
	type FieldMeta,
	type Dec,
	type Num,
	type Scenario,
	type ScenarioJson,
	type Sector,
	type SectorJson,
	type Tranche,
	type TrancheJson,
	type TrancheNumericField,
	type Unit
} from '../model/index';
import { AnalysisError } from './engine';

/** An interval of lever values, as decimal strings (min <= max). */
export interface LeverRange {
	min: string;
	max: string;
}

/** One number a user can solve for, sweep or draw at random. */
export interface Lever {
	/** The path in Scenario JSON (`tranches[0].returnRate`; `trade.sectors[*].tariffDeal`). */
	id: string;
	/** i18n key of its label (the `field.*` keys of the controls). */
	labelKey: string;
	unit: Unit;
	/** Sensible values to solve over or sweep: the slider range, narrowed where the field allows nonsense. */
	range: LeverRange;
	/** What the model accepts: draws are truncated to these bounds. */
	bounds: { min?: string; max?: string; minExclusive?: boolean };
	/** False when the lever means nothing here (no such tranche, not equity, not a cap schedule). */
	applies(s: ScenarioJson): boolean;
	/** The current value as a decimal string. */
	get(s: ScenarioJson): string;
	/** A new scenario with the value written in (the input is not changed). */
	set(s: ScenarioJson, value: string): ScenarioJson;
	/**
	 * The value as validation reads it into a scenario (its field's checks), or null when
	 * validation would refuse it: a caller then goes through `set` and validation, which say why.
	 */
	check(value: string): Dec | null;
	/**
	 * What validating `set(json, value)` gives, without validating the rest again: `s` is
	 * `json` validated, and `value` came from `check`. Monte Carlo writes its draws so.
	 */
	setValid(s: Scenario, value: Dec, json: ScenarioJson): Scenario;
}

/** A Num as a canonical decimal string. */
export function decimalText(v: Num): string {
	const d = new Decimal(typeof v === 'number' ? v : v.trim());
	if (!d.isFinite()) throw new AnalysisError(`not a finite number: ${String(v)}`);
	return canonicalDecimal(d);
}

type Def = Omit<Lever, 'range' | 'bounds' | 'unit' | 'check'> & { meta: FieldMeta; range?: LeverRange };

function make({ meta, range, set, get, ...rest }: Def): Lever {
	return {
		...rest,
		check: (value) => {
			const read = readNumber(value, meta);
			return isDecimal(read) ? read : null;
		},
		unit: meta.unit,
		range: range ?? { min: meta.slider.min, max: meta.slider.max },
		bounds: { min: meta.min, max: meta.max, minExclusive: meta.minExclusive },
		get: (s) => {
			if (!rest.applies(s)) throw new AnalysisError(`${rest.id}: does not apply to this scenario`);
			return get(s);
		},
		set: (s, value) => set(s, decimalText(value))
	};
}

function withTranche(s: ScenarioJson, index: number, edit: (t: TrancheJson) => TrancheJson): ScenarioJson {
	if (s.tranches[index] === undefined) throw new AnalysisError(`tranches[${index}]: no such tranche`);
	return { ...s, tranches: s.tranches.map((t, k) => (k === index ? edit(t) : t)) };
}

function withValidTranche(s: Scenario, index: number, edit: (t: Tranche) => Tranche): Scenario {
	return { ...s, tranches: s.tranches.map((t, k) => (k === index ? edit(t) : t)) };
}

/** A numeric field of one tranche (only where its instrument reads it). */
export function trancheLever(index: number, field: TrancheNumericField, range?: LeverRange): Lever {
	return make({
		id: `tranches[${index}].${field}`,
		labelKey: field === 'returnRate' ? 'field.returnRate.equity' : `field.${field}`,
		meta: TRANCHE_FIELDS[field],
		range,
		applies: (s) => {
			const t = s.tranches[index];
			if (t === undefined || !APPLIES[t.instrument]?.includes(field)) return false;
			return field !== 'amount' || t.schedule.mode !== 'custom';
		},
		get: (s) => decimalText(s.tranches[index][field] ?? (TRANCHE_DEFAULTS as Record<string, string>)[field]),
		set: (s, v) => withTranche(s, index, (t) => ({ ...t, [field]: v })),
		setValid: (s, v) => withValidTranche(s, index, (t) => ({ ...t, [field]: v }))
	});
}

/** The annual cap of a tranche paid in under a `cap` schedule. */
export function capLever(index: number, range?: LeverRange): Lever {
	return make({
		id: `tranches[${index}].schedule.cap`,
		labelKey: 'field.cap',
		meta: SCHEDULE_FIELDS.cap,
		range,
		applies: (s) => s.tranches[index]?.schedule.mode === 'cap' && s.tranches[index].schedule.cap !== undefined,
		get: (s) => decimalText(s.tranches[index].schedule.cap as Num),
		set: (s, v) => withTranche(s, index, (t) => ({ ...t, schedule: { ...t.schedule, mode: 'cap', cap: v } })),
		// It applies to cap schedules only, so the mode is already 'cap'.
		setValid: (s, v) => withValidTranche(s, index, (t) => ({ ...t, schedule: { ...t.schedule, mode: 'cap', cap: v } }))
	});
}

/**
 * The sectors the deal's tariff applies to: those where it differs from the no-deal
 * tariff (in the default scenario every sector but semiconductors and steel, which the
 * deal leaves alone), or every sector if there are none. Apply `set` to the scenario
 * you started from: once the deal tariff equals the no-deal tariff the deal covers nothing.
 */
function covered(sectors: readonly (SectorJson | Sector)[]): number[] {
	// Tariffs given as dated paths (v2) keep their timeline: the lever moves plain rates only.
	const idx = sectors.map((_, k) => k).filter((k) => !Array.isArray(sectors[k].tariffDeal));
	const moved = idx.filter(
		(k) =>
			Array.isArray(sectors[k].tariffNoDeal) ||
			!new Decimal(sectors[k].tariffDeal as Num | Dec).eq(sectors[k].tariffNoDeal as Num | Dec)
	);
	return moved.length > 0 ? moved : idx;
}

/** The tariff under the deal, written into every sector the deal covers at once. */
export const tariffDealLever: Lever = make({
	id: 'trade.sectors[*].tariffDeal',
	labelKey: 'field.tariffDeal',
	meta: SECTOR_FIELDS.tariffDeal,
	range: { min: '0', max: '0.5' },
	applies: (s) => covered(s.trade.sectors).length > 0,
	get: (s) => {
		const sectors = s.trade.sectors;
		const largest = covered(sectors).reduce((a, b) =>
			new Decimal(sectors[b].exports0).gt(sectors[a].exports0) ? b : a
		);
		return decimalText(sectors[largest].tariffDeal as Num);
	},
	set: (s, v) => {
		const on = new Set(covered(s.trade.sectors));
		const sectors = s.trade.sectors.map((x, k) => (on.has(k) ? { ...x, tariffDeal: v } : x));
		return { ...s, trade: { ...s.trade, sectors } };
	},
	setValid: (s, v) => {
		const on = new Set(covered(s.trade.sectors));
		const sectors = s.trade.sectors.map((x, k) => (on.has(k) ? { ...x, tariffDeal: v } : x));
		return { ...s, trade: { ...s.trade, sectors } };
	}
});

/** A trade-wide parameter (elasticity, exporter absorption, value added share). */
export function tradeLever(field: keyof typeof TRADE_FIELDS, range?: LeverRange): Lever {
	return make({
		id: `trade.${field}`,
		labelKey: `field.${field}`,
		meta: TRADE_FIELDS[field],
		// Evidence puts exporters' share of a tariff between 0 and about a quarter (deal-facts.md §5).
		range: range ?? (field === 'exporterAbsorption' ? { min: '0', max: '0.5' } : undefined),
		applies: () => true,
		get: (s) => decimalText(s.trade[field]),
		set: (s, v) => ({ ...s, trade: { ...s.trade, [field]: v } }),
		// Validation reads a missing short-run elasticity as the long-run one.
		setValid: (s, v, json) =>
			field === 'elasticity' && (json.trade.shortRunElasticity ?? null) === null
				? { ...s, trade: { ...s.trade, elasticity: v, shortRunElasticity: v } }
				: { ...s, trade: { ...s.trade, [field]: v } }
	});
}

/** A parameter of Korea's economy (growth, inflation, fx drift, ...). */
export function economyLever(field: EconomyV1Key | 'taxRatio', range?: LeverRange): Lever {
	return make({
		id: `economy.${field}`,
		labelKey: `field.${field}`,
		meta: field === 'taxRatio' ? ECONOMY_V2_FIELDS.taxRatio : ECONOMY_FIELDS[field],
		range,
		applies: () => true,
		get: (s) => decimalText(s.economy[field] ?? ECONOMY_V2_DEFAULTS.taxRatio),
		set: (s, v) => ({ ...s, economy: { ...s.economy, [field]: v } }),
		setValid: (s, v) => ({ ...s, economy: { ...s.economy, [field]: v } })
	});
}

/** (v2) The yearly chance that the deal's tariff terms end (dealRisk.hazard). */
export const hazardLever: Lever = make({
	id: 'dealRisk.hazard',
	labelKey: 'field.hazard',
	meta: DEAL_RISK_FIELDS.hazard,
	range: { min: '0', max: '0.3' },
	applies: () => true,
	get: (s) => decimalText(s.dealRisk?.hazard ?? DEAL_RISK_DEFAULTS.hazard),
	set: (s, v) => ({
		...s,
		dealRisk: {
			hazard: v,
			endYear: s.dealRisk?.endYear ?? null,
			paymentsContinue: s.dealRisk?.paymentsContinue ?? DEAL_RISK_DEFAULTS.paymentsContinue
		}
	}),
	// Validation gives the end year and paymentsContinue their defaults already.
	setValid: (s, v) => ({ ...s, dealRisk: { ...s.dealRisk, hazard: v } })
});

/** The discount rate of every present value. */
export const discountRateLever: Lever = make({
	id: 'discountRate',
	labelKey: 'field.discountRate',
	meta: SCENARIO_FIELDS.discountRate,
	applies: () => true,
	get: (s) => decimalText(s.discountRate),
	set: (s, v) => ({ ...s, discountRate: v }),
	setValid: (s, v) => ({ ...s, discountRate: v })
});
