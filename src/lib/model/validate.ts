/**
 * Untrusted JSON -> Scenario, or every problem with the path of its field
 * (MODEL.md: a scenario that breaks any rule is rejected as a whole, one message per
 * problem; the engine never clamps).
 */
import { Decimal, type Dec } from './decimal';
import {
	APPLIES,
	ECONOMY_FIELDS,
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
	type Economy,
	type FieldMeta,
	type Instrument,
	type Scenario,
	type Schedule,
	type ScheduleMode,
	type Sector,
	type Tranche,
	type TrancheNumericField
} from './scenario';

/** One broken rule, named by the path of its field (`tranches[1].schedule.cap`). */
export interface Problem {
	path: string;
	message: string;
}

export type Validation = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

export interface ValidateOptions {
	/** Checks a formula before it is ever evaluated; returns what is wrong, or null. */
	checkFormula?: (expr: string) => string | null;
}

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,4})?$/;
/** Longer number texts are refused: no real input needs them, and they cost time. */
const MAX_NUMBER_TEXT = 400;

/** Parses a JSON number or decimal string into a Decimal, or says why it cannot. */
export function parseDecimal(value: unknown): Dec | string {
	if (typeof value === 'number') {
		return Number.isFinite(value) ? new Decimal(value) : 'must be a finite number';
	}
	if (typeof value === 'string') {
		const text = value.trim();
		if (text.length > 0 && text.length <= MAX_NUMBER_TEXT && DECIMAL_TEXT.test(text)) return new Decimal(text);
		return 'must be a number';
	}
	return 'must be a number';
}

function describe(meta: FieldMeta): string {
	const lo = meta.min === undefined ? null : `${meta.minExclusive ? 'greater than' : 'at least'} ${meta.min}`;
	const hi = meta.max === undefined ? null : `at most ${meta.max}`;
	if (lo && hi && !meta.minExclusive) return `between ${meta.min} and ${meta.max}`;
	return [lo, hi].filter(Boolean).join(' and ');
}

/** Checks a value against its field's metadata; returns the Decimal or a message. */
export function checkNumber(value: unknown, meta: FieldMeta): Dec | string {
	const parsed = parseDecimal(value);
	if (typeof parsed === 'string') return parsed;
	if (meta.integer && !parsed.isInteger()) return 'must be a whole number';
	const min = meta.min === undefined ? null : new Decimal(meta.min);
	const max = meta.max === undefined ? null : new Decimal(meta.max);
	const low = min !== null && (meta.minExclusive ? parsed.lte(min) : parsed.lt(min));
	const high = max !== null && parsed.gt(max);
	if (low || high) return `must be ${describe(meta)}`;
	return parsed.isZero() ? new Decimal(0) : parsed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects problems while reading one document. */
class Reader {
	problems: Problem[] = [];

	fail(path: string, message: string): void {
		this.problems.push({ path, message });
	}

	number(obj: Record<string, unknown>, key: string, path: string, meta: FieldMeta, fallback?: string): Dec {
		const value = obj[key];
		if (value === undefined || value === null) {
			if (fallback !== undefined) return new Decimal(fallback);
			this.fail(path, 'is required');
			return new Decimal(0);
		}
		const result = checkNumber(value, meta);
		if (typeof result === 'string') {
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
			if (required) this.fail(path, 'is required');
			return undefined;
		}
		if (typeof value !== 'string') {
			this.fail(path, 'must be text');
			return undefined;
		}
		if (value.length > NAME_MAX) this.fail(path, `must be at most ${NAME_MAX} characters`);
		return value;
	}

	object(obj: Record<string, unknown>, key: string, path: string): Record<string, unknown> {
		const value = obj[key];
		if (isRecord(value)) return value;
		this.fail(path, value === undefined ? 'is required' : 'must be an object');
		return {};
	}

	list(obj: Record<string, unknown>, key: string, path: string, max: number): unknown[] {
		const value = obj[key];
		if (!Array.isArray(value)) {
			this.fail(path, value === undefined ? 'is required' : 'must be a list');
			return [];
		}
		if (value.length > max) this.fail(path, `must have at most ${max} entries`);
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
				r.fail(`${path}.amounts`, 'must have at least 1 entry');
			const amounts = list.map((_, j) =>
				r.number(list as unknown as Record<string, unknown>, String(j), `${path}.amounts[${j}]`, SCHEDULE_FIELDS.amount)
			);
			return { mode, delay, amounts };
		}
		case 'formula': {
			const expr = raw.expr;
			if (typeof expr !== 'string' || expr.trim() === '') {
				r.fail(`${path}.expr`, expr === undefined ? 'is required' : 'must be a formula');
				return { mode, delay, expr: '0' };
			}
			if (expr.length > FORMULA_MAX) {
				r.fail(`${path}.expr`, `must be at most ${FORMULA_MAX} characters`);
				return { mode, delay, expr: '0' };
			}
			const problem = opts.checkFormula?.(expr) ?? null;
			if (problem) r.fail(`${path}.expr`, problem);
			return { mode, delay, expr };
		}
		default:
			r.fail(`${path}.mode`, `must be one of ${SCHEDULE_MODES.join(', ')}`);
			return { mode: 'upfront', delay };
	}
}

function readTranche(r: Reader, raw: unknown, path: string, opts: ValidateOptions): Tranche {
	if (!isRecord(raw)) {
		r.fail(path, 'must be an object');
		raw = {};
	}
	const obj = raw as Record<string, unknown>;
	const name = r.text(obj, 'name', `${path}.name`, true) ?? '';
	let instrument = obj.instrument as Instrument;
	if (!INSTRUMENTS.includes(instrument)) {
		r.fail(
			`${path}.instrument`,
			obj.instrument === undefined ? 'is required' : `must be one of ${INSTRUMENTS.join(', ')}`
		);
		instrument = 'equity';
	}
	const schedule = readSchedule(r, r.object(obj, 'schedule', `${path}.schedule`), `${path}.schedule`, opts);
	const applies = APPLIES[instrument];
	const field = (key: TrancheNumericField): Dec => {
		const fallback = (TRANCHE_DEFAULTS as Record<string, string>)[key];
		if (!applies.includes(key)) {
			// Ignored by this instrument (MODEL.md): never an error, kept when it is valid.
			const kept = obj[key] === undefined ? fallback : checkNumber(obj[key], TRANCHE_FIELDS[key]);
			return kept === undefined || typeof kept === 'string' ? new Decimal(fallback ?? '0') : new Decimal(kept);
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
		r.fail(`${path}.grace`, `must be between 0 and tenor - 1 (${tenor - 1})`);
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
		terminalRecovery: field('terminalRecovery')
	};
}

function readSector(r: Reader, raw: unknown, path: string): Sector {
	if (!isRecord(raw)) {
		r.fail(path, 'must be an object');
		raw = {};
	}
	const obj = raw as Record<string, unknown>;
	const num = (key: keyof typeof SECTOR_FIELDS) => r.number(obj, key, `${path}.${key}`, SECTOR_FIELDS[key]);
	return {
		name: r.text(obj, 'name', `${path}.name`, true) ?? '',
		exports0: num('exports0'),
		growth: num('growth'),
		tariffBaseline: num('tariffBaseline'),
		tariffNoDeal: num('tariffNoDeal'),
		tariffDeal: num('tariffDeal')
	};
}

/**
 * Reads untrusted input (a parsed JSON document) as a Scenario. Returns every problem
 * at once, so a user can mend a file or a link in one pass.
 */
export function validateScenario(input: unknown, opts: ValidateOptions = {}): Validation {
	const r = new Reader();
	if (!isRecord(input)) {
		return { ok: false, problems: [{ path: '(scenario)', message: 'must be a JSON object' }] };
	}
	if (input.version !== 1 && input.version !== '1') {
		r.fail('version', input.version === undefined ? 'is required (1)' : 'must be 1');
	}
	const name = r.text(input, 'name', 'name', false);
	const startYear = r.integer(input, 'startYear', 'startYear', SCENARIO_FIELDS.startYear);
	const horizon = r.integer(input, 'horizon', 'horizon', SCENARIO_FIELDS.horizon);
	const discountRate = r.number(input, 'discountRate', 'discountRate', SCENARIO_FIELDS.discountRate);

	const eco = r.object(input, 'economy', 'economy');
	const economy = {} as Economy;
	for (const key of Object.keys(ECONOMY_FIELDS) as (keyof Economy)[]) {
		economy[key] = r.number(eco, key, `economy.${key}`, ECONOMY_FIELDS[key]);
	}

	const tranches = r
		.list(input, 'tranches', 'tranches', MAX_TRANCHES)
		.map((t, k) => readTranche(r, t, `tranches[${k}]`, opts));

	const tradeRaw = r.object(input, 'trade', 'trade');
	const trade = {
		elasticity: r.number(tradeRaw, 'elasticity', 'trade.elasticity', TRADE_FIELDS.elasticity),
		exporterAbsorption: r.number(
			tradeRaw,
			'exporterAbsorption',
			'trade.exporterAbsorption',
			TRADE_FIELDS.exporterAbsorption
		),
		valueAddedShare: r.number(tradeRaw, 'valueAddedShare', 'trade.valueAddedShare', TRADE_FIELDS.valueAddedShare),
		sectors: r
			.list(tradeRaw, 'sectors', 'trade.sectors', MAX_SECTORS)
			.map((s, k) => readSector(r, s, `trade.sectors[${k}]`))
	};

	if (r.problems.length > 0) return { ok: false, problems: r.problems };
	const scenario: Scenario = { version: 1, startYear, horizon, discountRate, economy, tranches, trade };
	if (name !== undefined) scenario.name = name;
	return { ok: true, scenario };
}

/** Formats problems one per line, as the command line and the page show them. */
export function formatProblems(problems: readonly Problem[]): string {
	return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
