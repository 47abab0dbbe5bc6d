/**
 * Untrusted JSON -> Scenario, or every problem with the path of its field
 * (MODEL.md: a scenario that breaks any rule is rejected as a whole, one message per
 * problem; the engine never clamps).
 */
import { Decimal, isDecimal, type Dec } from './decimal';
import { messageText, type Message as AnyMessage, type ProblemCode } from './messages';

/** A problem's code and params (validation never says a link's notice). */
type Message = AnyMessage<ProblemCode>;
import {
	APPLIES,
	CONTINUATION_FIELD,
	DEAL_RISK_DEFAULTS,
	DEAL_RISK_FIELDS,
	ECONOMY_FIELDS,
	ECONOMY_V2_DEFAULTS,
	ECONOMY_V2_FIELDS,
	LEGAL_BASES,
	MAX_TARIFF_STEPS,
	SECTOR_V2_FIELDS,
	STEP_FROM_FIELD,
	TRADE_V2_FIELDS,
	FORMULA_MAX,
	INSTRUMENTS,
	MAX_CUSTOM_YEARS,
	MAX_SECTORS,
	MAX_TRANCHES,
	NAME_MAX,
	SCENARIO_FIELDS,
	SCHEDULE_FIELDS,
	SCHEDULE_MODES,
	SECTOR_FIELDS,
	TRADE_FIELDS,
	TRANCHE_DEFAULTS,
	TRANCHE_FIELDS,
	type DealRisk,
	type Economy,
	type EconomyV1Key,
	type FieldMeta,
	type Instrument,
	type LegalBasis,
	type Scenario,
	type Schedule,
	type ScheduleMode,
	type Sector,
	type Tariff,
	type TariffStep,
	type Trade,
	type Tranche,
	type TrancheNumericField
} from './scenario';

/**
 * One broken rule, named by the path of its field (`tranches[1].schedule.cap`): its
 * code and params, for the page to say in its language, and `message`, the same in
 * English (model/messages.ts).
 */
export type Problem = Message & { path: string; message: string };

/** The problem `what` at `path`, with its English. */
export function toProblem(path: string, what: Message): Problem {
	return { path, ...what, message: messageText(what) };
}

export type Validation = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

export interface ValidateOptions {
	/** Checks a formula before it is ever evaluated; returns what is wrong, or null. */
	checkFormula?: (expr: string) => string | null;
}

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,4})?$/;
/** Longer number texts are refused: no real input needs them, and they cost time. */
const MAX_NUMBER_TEXT = 400;

/** A JSON number or decimal string as a Decimal, or why it is not one. */
function readDecimal(value: unknown): Dec | Message {
	if (typeof value === 'number') {
		return Number.isFinite(value) ? new Decimal(value) : { code: 'finite', params: {} };
	}
	if (typeof value === 'string') {
		const text = value.trim();
		if (text.length > 0 && text.length <= MAX_NUMBER_TEXT && DECIMAL_TEXT.test(text)) return new Decimal(text);
	}
	return { code: 'number', params: {} };
}

/** Parses a JSON number or decimal string into a Decimal, or says (in English) why it cannot. */
export function parseDecimal(value: unknown): Dec | string {
	const read = readDecimal(value);
	return isDecimal(read) ? read : messageText(read);
}

/** The problem of a number outside its field's range, said by the field's bounds. */
function rangeProblem({ min, max, minExclusive }: FieldMeta): Message {
	if (min !== undefined && max !== undefined)
		return minExclusive
			? { code: 'range.greaterThanAtMost', params: { min, max } }
			: { code: 'range.between', params: { min, max } };
	if (min !== undefined) return { code: minExclusive ? 'range.greaterThan' : 'range.atLeast', params: { min } };
	return { code: 'range.atMost', params: { max: max ?? '' } };
}

/** Checks a value against its field's metadata; returns the Decimal or its problem. */
export function readNumber(value: unknown, meta: FieldMeta): Dec | Message {
	const parsed = readDecimal(value);
	if (!isDecimal(parsed)) return parsed;
	if (meta.integer && !parsed.isInteger()) return { code: 'whole', params: {} };
	const min = meta.min === undefined ? null : new Decimal(meta.min);
	const max = meta.max === undefined ? null : new Decimal(meta.max);
	const low = min !== null && (meta.minExclusive ? parsed.lte(min) : parsed.lt(min));
	const high = max !== null && parsed.gt(max);
	if (low || high) return rangeProblem(meta);
	return parsed.isZero() ? new Decimal(0) : parsed;
}

/** Checks a value against its field's metadata; returns the Decimal or what is wrong, in English. */
export function checkNumber(value: unknown, meta: FieldMeta): Dec | string {
	const read = readNumber(value, meta);
	return isDecimal(read) ? read : messageText(read);
}

const REQUIRED: Message = { code: 'required', params: {} };
const OBJECT: Message = { code: 'object', params: {} };
const oneOf = (options: readonly string[]): Message => ({ code: 'oneOf', params: { options: options.join(', ') } });

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects problems while reading one document. */
class Reader {
	problems: Problem[] = [];

	fail(path: string, what: Message): void {
		this.problems.push(toProblem(path, what));
	}

	number(obj: Record<string, unknown>, key: string, path: string, meta: FieldMeta, fallback?: string): Dec {
		const value = obj[key];
		if (value === undefined || value === null) {
			if (fallback !== undefined) return new Decimal(fallback);
			this.fail(path, REQUIRED);
			return new Decimal(0);
		}
		const result = readNumber(value, meta);
		if (!isDecimal(result)) {
			this.fail(path, result);
			return new Decimal(0);
		}
		return result;
	}

	integer(obj: Record<string, unknown>, key: string, path: string, meta: FieldMeta, fallback?: string): number {
		return this.number(obj, key, path, meta, fallback).toNumber();
	}

	text(obj: Record<string, unknown>, key: string, path: string, required: boolean): string | undefined {
		const value = obj[key];
		if (value === undefined || value === null) {
			if (required) this.fail(path, REQUIRED);
			return undefined;
		}
		if (typeof value !== 'string') {
			this.fail(path, { code: 'text', params: {} });
			return undefined;
		}
		if (value.length > NAME_MAX) this.fail(path, { code: 'maxChars', params: { max: NAME_MAX } });
		return value;
	}

	object(obj: Record<string, unknown>, key: string, path: string): Record<string, unknown> {
		const value = obj[key];
		if (isRecord(value)) return value;
		this.fail(path, value === undefined ? REQUIRED : OBJECT);
		return {};
	}

	list(obj: Record<string, unknown>, key: string, path: string, max: number): unknown[] {
		const value = obj[key];
		if (!Array.isArray(value)) {
			this.fail(path, value === undefined ? REQUIRED : { code: 'list', params: {} });
			return [];
		}
		if (value.length > max) this.fail(path, { code: 'maxEntries', params: { max } });
		return value.slice(0, max);
	}
}

function readSchedule(r: Reader, raw: Record<string, unknown>, path: string, opts: ValidateOptions): Schedule {
	const mode = raw.mode as ScheduleMode;
	const delay = r.integer(raw, 'delay', `${path}.delay`, SCHEDULE_FIELDS.delay, '0');
	switch (mode) {
		case 'upfront':
			return { mode, delay };
		case 'even':
			return { mode, delay, years: r.integer(raw, 'years', `${path}.years`, SCHEDULE_FIELDS.years) };
		case 'cap':
			return { mode, delay, cap: r.number(raw, 'cap', `${path}.cap`, SCHEDULE_FIELDS.cap) };
		case 'custom': {
			const list = r.list(raw, 'amounts', `${path}.amounts`, MAX_CUSTOM_YEARS);
			if (Array.isArray(raw.amounts) && raw.amounts.length === 0)
				r.fail(`${path}.amounts`, { code: 'minEntries', params: {} });
			const amounts = list.map((_, j) =>
				r.number(list as unknown as Record<string, unknown>, String(j), `${path}.amounts[${j}]`, SCHEDULE_FIELDS.amount)
			);
			return { mode, delay, amounts };
		}
		case 'formula': {
			const expr = raw.expr;
			if (typeof expr !== 'string' || expr.trim() === '') {
				r.fail(`${path}.expr`, expr === undefined ? REQUIRED : { code: 'formulaText', params: {} });
				return { mode, delay, expr: '0' };
			}
			if (expr.length > FORMULA_MAX) {
				r.fail(`${path}.expr`, { code: 'maxChars', params: { max: FORMULA_MAX } });
				return { mode, delay, expr: '0' };
			}
			const problem = opts.checkFormula?.(expr) ?? null;
			if (problem) r.fail(`${path}.expr`, { code: 'formula', params: { reason: problem } });
			return { mode, delay, expr };
		}
		default:
			r.fail(`${path}.mode`, oneOf(SCHEDULE_MODES));
			return { mode: 'upfront', delay };
	}
}

function readTranche(r: Reader, raw: unknown, path: string, opts: ValidateOptions): Tranche {
	if (!isRecord(raw)) {
		r.fail(path, OBJECT);
		raw = {};
	}
	const obj = raw as Record<string, unknown>;
	const name = r.text(obj, 'name', `${path}.name`, true) ?? '';
	let instrument = obj.instrument as Instrument;
	if (!INSTRUMENTS.includes(instrument)) {
		r.fail(`${path}.instrument`, obj.instrument === undefined ? REQUIRED : oneOf(INSTRUMENTS));
		instrument = 'equity';
	}
	const schedule = readSchedule(r, r.object(obj, 'schedule', `${path}.schedule`), `${path}.schedule`, opts);
	const applies = APPLIES[instrument];
	const field = (key: TrancheNumericField): Dec => {
		const fallback = (TRANCHE_DEFAULTS as Record<string, string>)[key];
		if (!applies.includes(key)) {
			// Ignored by this instrument (MODEL.md): never an error, kept when it is valid.
			const kept = obj[key] === undefined ? undefined : readNumber(obj[key], TRANCHE_FIELDS[key]);
			return isDecimal(kept) ? new Decimal(kept) : new Decimal(fallback ?? '0');
		}
		return r.number(obj, key, `${path}.${key}`, TRANCHE_FIELDS[key], fallback);
	};
	let amount: Dec;
	if (schedule.mode === 'custom') {
		amount = schedule.amounts.reduce((sum, a) => sum.plus(a), new Decimal(0));
	} else {
		amount = field('amount');
	}
	const before = r.problems.length;
	const tenor = field('tenor').toNumber();
	const tenorOk = r.problems.length === before; // a broken tenor says nothing about grace
	const grace = field('grace').toNumber();
	if (applies.includes('grace') && tenorOk && grace > tenor - 1) {
		r.fail(`${path}.grace`, { code: 'grace', params: { max: tenor - 1 } });
	}
	return {
		name,
		instrument,
		amount,
		schedule,
		returnRate: field('returnRate'),
		lossRate: field('lossRate'),
		koreaLossShare: field('koreaLossShare'),
		koreaShareBeforeRecoup: field('koreaShareBeforeRecoup'),
		koreaShareAfterRecoup: field('koreaShareAfterRecoup'),
		recoupInterest: field('recoupInterest'),
		tenor,
		grace,
		terminalRecovery: field('terminalRecovery'),
		continuationYears: r.integer(obj, 'continuationYears', `${path}.continuationYears`, CONTINUATION_FIELD, '0')
	};
}

/**
 * (v2) A tariff: a number, or a PATH of 1..20 steps `{from, rate}` with strictly
 * increasing `from` (MODEL.md "SECTOR").
 */
function readTariff(r: Reader, value: unknown, path: string, meta: FieldMeta): Tariff {
	if (!Array.isArray(value)) {
		if (value === undefined || value === null) {
			r.fail(path, REQUIRED);
			return new Decimal(0);
		}
		const rate = readNumber(value, meta);
		if (!isDecimal(rate)) {
			r.fail(path, { code: 'tariff', params: { problem: rate } });
			return new Decimal(0);
		}
		return rate;
	}
	if (value.length === 0) r.fail(path, { code: 'minSteps', params: {} });
	if (value.length > MAX_TARIFF_STEPS) r.fail(path, { code: 'maxSteps', params: { max: MAX_TARIFF_STEPS } });
	const steps: TariffStep[] = [];
	let before: number | null = null;
	value.slice(0, MAX_TARIFF_STEPS).forEach((raw, j) => {
		const at = `${path}[${j}]`;
		if (!isRecord(raw)) {
			r.fail(at, { code: 'step', params: {} });
			before = null;
			return;
		}
		const problems = r.problems.length;
		const from = r.integer(raw, 'from', `${at}.from`, STEP_FROM_FIELD);
		const fromOk = r.problems.length === problems;
		const rate = r.number(raw, 'rate', `${at}.rate`, meta);
		if (fromOk && before !== null && from <= before) r.fail(`${at}.from`, { code: 'stepOrder', params: {} });
		before = fromOk ? from : null;
		steps.push({ from, rate });
	});
	return steps;
}

/** Reads an optional field that is ignored where it does not apply: kept if valid, else dropped. */
function ignoredNumber(value: unknown, meta: FieldMeta): Dec | undefined {
	if (value === undefined || value === null) return undefined;
	const kept = readNumber(value, meta);
	return isDecimal(kept) ? kept : undefined;
}

function ignoredTariff(value: unknown, meta: FieldMeta): Tariff | undefined {
	if (value === undefined || value === null) return undefined;
	const scratch = new Reader();
	const tariff = readTariff(scratch, value, '', meta);
	return scratch.problems.length === 0 ? tariff : undefined;
}

function readSector(r: Reader, raw: unknown, path: string, hasSigma: boolean): Sector {
	if (!isRecord(raw)) {
		r.fail(path, OBJECT);
		raw = {};
	}
	const obj = raw as Record<string, unknown>;
	const num = (key: 'exports0' | 'growth' | 'tariffBaseline') =>
		r.number(obj, key, `${path}.${key}`, SECTOR_FIELDS[key]);
	const sector: Sector = {
		name: r.text(obj, 'name', `${path}.name`, true) ?? '',
		exports0: num('exports0'),
		growth: num('growth'),
		tariffBaseline: num('tariffBaseline'),
		tariffNoDeal: readTariff(r, obj.tariffNoDeal, `${path}.tariffNoDeal`, SECTOR_FIELDS.tariffNoDeal),
		tariffDeal: readTariff(r, obj.tariffDeal, `${path}.tariffDeal`, SECTOR_FIELDS.tariffDeal)
	};
	if (obj.legalBasis !== undefined && obj.legalBasis !== null) {
		if (LEGAL_BASES.includes(obj.legalBasis as LegalBasis)) sector.legalBasis = obj.legalBasis as LegalBasis;
		else r.fail(`${path}.legalBasis`, oneOf(LEGAL_BASES));
	}
	const F = SECTOR_V2_FIELDS;
	if (obj.shareOfUsImports === undefined || obj.shareOfUsImports === null) {
		// The competitor fields do not apply (MODEL.md): never an error, kept when valid.
		const base = ignoredNumber(obj.competitorTariffBaseline, F.competitorTariffBaseline);
		const noDeal = ignoredTariff(obj.competitorTariffNoDeal, F.competitorTariffNoDeal);
		const deal = ignoredTariff(obj.competitorTariffDeal, F.competitorTariffDeal);
		if (base !== undefined) sector.competitorTariffBaseline = base;
		if (noDeal !== undefined) sector.competitorTariffNoDeal = noDeal;
		if (deal !== undefined) sector.competitorTariffDeal = deal;
		return sector;
	}
	sector.shareOfUsImports = r.number(obj, 'shareOfUsImports', `${path}.shareOfUsImports`, F.shareOfUsImports);
	if (!hasSigma) r.fail(`${path}.shareOfUsImports`, { code: 'needsSubstitution', params: {} });
	// Absent competitor tariffs are Korea's own in each world (MODEL.md); the engine reads them so.
	const has = (key: string) => obj[key] !== undefined && obj[key] !== null;
	if (has('competitorTariffBaseline'))
		sector.competitorTariffBaseline = r.number(
			obj,
			'competitorTariffBaseline',
			`${path}.competitorTariffBaseline`,
			F.competitorTariffBaseline
		);
	if (has('competitorTariffNoDeal'))
		sector.competitorTariffNoDeal = readTariff(
			r,
			obj.competitorTariffNoDeal,
			`${path}.competitorTariffNoDeal`,
			F.competitorTariffNoDeal
		);
	if (has('competitorTariffDeal'))
		sector.competitorTariffDeal = readTariff(
			r,
			obj.competitorTariffDeal,
			`${path}.competitorTariffDeal`,
			F.competitorTariffDeal
		);
	return sector;
}

/** (v2) The optional `dealRisk` object, with its defaults. */
function readDealRisk(r: Reader, input: Record<string, unknown>): DealRisk {
	const F = DEAL_RISK_FIELDS;
	const D = DEAL_RISK_DEFAULTS;
	const raw = input.dealRisk;
	if (raw === undefined || raw === null) {
		return { hazard: new Decimal(D.hazard), endYear: null, paymentsContinue: new Decimal(D.paymentsContinue) };
	}
	if (!isRecord(raw)) {
		r.fail('dealRisk', OBJECT);
		return { hazard: new Decimal(D.hazard), endYear: null, paymentsContinue: new Decimal(D.paymentsContinue) };
	}
	return {
		hazard: r.number(raw, 'hazard', 'dealRisk.hazard', F.hazard, D.hazard),
		endYear:
			raw.endYear === undefined || raw.endYear === null
				? null
				: r.integer(raw, 'endYear', 'dealRisk.endYear', F.endYear),
		paymentsContinue: r.number(
			raw,
			'paymentsContinue',
			'dealRisk.paymentsContinue',
			F.paymentsContinue,
			D.paymentsContinue
		)
	};
}

/**
 * Reads untrusted input (a parsed JSON document) as a Scenario. Returns every problem
 * at once, so a user can mend a file or a link in one pass.
 */
export function validateScenario(input: unknown, opts: ValidateOptions = {}): Validation {
	const r = new Reader();
	if (!isRecord(input)) {
		return { ok: false, problems: [toProblem('(scenario)', { code: 'document', params: {} })] };
	}
	const version = input.version === 2 || input.version === '2' ? 2 : 1;
	if (![1, 2, '1', '2'].includes(input.version as number | string)) {
		r.fail(
			'version',
			input.version === undefined ? { code: 'versionRequired', params: {} } : { code: 'version', params: {} }
		);
	}
	const name = r.text(input, 'name', 'name', false);
	const startYear = r.integer(input, 'startYear', 'startYear', SCENARIO_FIELDS.startYear);
	const horizon = r.integer(input, 'horizon', 'horizon', SCENARIO_FIELDS.horizon);
	const discountRate = r.number(input, 'discountRate', 'discountRate', SCENARIO_FIELDS.discountRate);

	const eco = r.object(input, 'economy', 'economy');
	const economy = {} as Economy;
	for (const key of Object.keys(ECONOMY_FIELDS) as EconomyV1Key[]) {
		economy[key] = r.number(eco, key, `economy.${key}`, ECONOMY_FIELDS[key]);
	}
	economy.taxRatio = r.number(
		eco,
		'taxRatio',
		'economy.taxRatio',
		ECONOMY_V2_FIELDS.taxRatio,
		ECONOMY_V2_DEFAULTS.taxRatio
	);
	const dealRisk = readDealRisk(r, input);

	const tranches = r
		.list(input, 'tranches', 'tranches', MAX_TRANCHES)
		.map((t, k) => readTranche(r, t, `tranches[${k}]`, opts));

	const tradeRaw = r.object(input, 'trade', 'trade');
	const elasticity = r.number(tradeRaw, 'elasticity', 'trade.elasticity', TRADE_FIELDS.elasticity);
	const T2 = TRADE_V2_FIELDS;
	const hasSigma = tradeRaw.substitutionElasticity !== undefined && tradeRaw.substitutionElasticity !== null;
	const trade: Trade = {
		elasticity,
		exporterAbsorption: r.number(
			tradeRaw,
			'exporterAbsorption',
			'trade.exporterAbsorption',
			TRADE_FIELDS.exporterAbsorption
		),
		valueAddedShare: r.number(tradeRaw, 'valueAddedShare', 'trade.valueAddedShare', TRADE_FIELDS.valueAddedShare),
		shortRunElasticity:
			tradeRaw.shortRunElasticity === undefined || tradeRaw.shortRunElasticity === null
				? elasticity
				: r.number(tradeRaw, 'shortRunElasticity', 'trade.shortRunElasticity', T2.shortRunElasticity),
		adjustmentYears: r.integer(tradeRaw, 'adjustmentYears', 'trade.adjustmentYears', T2.adjustmentYears, '1'),
		sectors: r
			.list(tradeRaw, 'sectors', 'trade.sectors', MAX_SECTORS)
			.map((s, k) => readSector(r, s, `trade.sectors[${k}]`, hasSigma))
	};
	if (hasSigma) {
		trade.substitutionElasticity = r.number(
			tradeRaw,
			'substitutionElasticity',
			'trade.substitutionElasticity',
			T2.substitutionElasticity
		);
	}

	if (r.problems.length > 0) return { ok: false, problems: r.problems };
	const scenario: Scenario = { version, startYear, horizon, discountRate, economy, dealRisk, tranches, trade };
	if (name !== undefined) scenario.name = name;
	return { ok: true, scenario };
}

/** Formats problems one per line, as the command line and the page show them. */
export function formatProblems(problems: readonly Pick<Problem, 'path' | 'message'>[]): string {
	return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
