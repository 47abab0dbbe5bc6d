/**
 * Checks one param's value against the model's rules for its field, and gives its
 * canonical text or the reason it cannot be used.
 */
import {
	canonicalDecimal,
	Decimal,
	FORMULA_MAX,
	isDecimal,
	INSTRUMENTS,
	LEGAL_BASES,
	MAX_CUSTOM_YEARS,
	MAX_TARIFF_STEPS,
	NAME_MAX,
	parseDecimal,
	readNumber,
	SCHEDULE_MODES,
	STEP_FROM_FIELD,
	type Dec,
	type FieldMeta,
	type Message
} from '../model/index';
import type { ParamSpec } from './params';
import type { NoticeReason } from './types';

/** Decimal text in the form the model reads (its own check also limits the length). */
const DECIMAL_FORM = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A usable value, or why not. */
export type Checked = { ok: true; value: string } | { ok: false; reason: NoticeReason; problem: Message };

const fail = (reason: NoticeReason, problem: Message): Checked => ({ ok: false, reason, problem });
const longerThan = (max: number): Checked => fail('too-long', { code: 'longerThan', params: { max } });
const oneOf = (options: readonly string[]): Checked =>
	fail('invalid', { code: 'oneOf', params: { options: options.join(', ') } });

const boundsCache = new WeakMap<FieldMeta, { min: Dec | null; max: Dec | null }>();

/** A field's bounds as decimals, parsed once. */
function bounds(meta: FieldMeta): { min: Dec | null; max: Dec | null } {
	let b = boundsCache.get(meta);
	if (!b) {
		b = {
			min: meta.min === undefined ? null : new Decimal(meta.min),
			max: meta.max === undefined ? null : new Decimal(meta.max)
		};
		boundsCache.set(meta, b);
	}
	return b;
}

/** Checks a number's text against its field's metadata; gives its exact decimal text. */
export function checkDecimalText(text: string, meta: FieldMeta): Checked {
	const parsed = parseDecimal(text);
	if (typeof parsed === 'string')
		return DECIMAL_FORM.test(text.trim())
			? fail('too-long', { code: 'tooManyDigits', params: {} })
			: fail('invalid', { code: 'notNumber', params: {} });
	if (meta.integer && !parsed.isInteger()) return fail('invalid', { code: 'whole', params: {} });
	const { min, max } = bounds(meta);
	const low = min !== null && (meta.minExclusive ? parsed.lte(min) : parsed.lt(min));
	const high = max !== null && parsed.gt(max);
	if (low || high) {
		const checked = readNumber(text, meta); // the model's own wording of the range
		return fail('out-of-range', isDecimal(checked) ? { code: 'outOfRange', params: {} } : checked);
	}
	return { ok: true, value: canonicalDecimal(parsed) };
}

/** (v2) The separators of a tariff path in a link: `2026_0.15*2027_0.25`. */
export const STEP_JOIN = '*';
export const FROM_RATE = '_';

/** (v2) A tariff: a rate, or a path of steps `from_rate` joined by `*` with increasing `from`. */
export function checkTariffText(text: string, meta: FieldMeta): Checked {
	if (!text.includes(FROM_RATE) && !text.includes(STEP_JOIN)) return checkDecimalText(text, meta);
	const steps = text.split(STEP_JOIN);
	if (steps.length > MAX_TARIFF_STEPS)
		return fail('too-many', { code: 'moreSteps', params: { max: MAX_TARIFF_STEPS } });
	const out: string[] = [];
	let before: Dec | null = null;
	for (let j = 0; j < steps.length; j++) {
		const [from, rate, extra] = steps[j].split(FROM_RATE);
		const n = j + 1;
		if (rate === undefined || extra !== undefined) return fail('invalid', { code: 'stepForm', params: { n } });
		const y = checkDecimalText(from, STEP_FROM_FIELD);
		if (!y.ok) return fail(y.reason, { code: 'stepYear', params: { n, problem: y.problem } });
		const r = checkDecimalText(rate, meta);
		if (!r.ok) return fail(r.reason, { code: 'stepRate', params: { n, problem: r.problem } });
		const year = new Decimal(y.value);
		if (before !== null && year.lte(before)) return fail('invalid', { code: 'stepAfter', params: { n } });
		before = year;
		out.push(`${y.value}${FROM_RATE}${r.value}`);
	}
	return { ok: true, value: out.join(STEP_JOIN) };
}

/** Checks a param's value; formulas are only checked for size here (checkFormula runs later). */
export function checkParam(spec: ParamSpec, value: string): Checked {
	switch (spec.kind) {
		case 'decimal':
			return checkDecimalText(value, spec.meta as FieldMeta);
		case 'text':
			return value.length > NAME_MAX ? longerThan(NAME_MAX) : { ok: true, value };
		case 'instrument':
			return (INSTRUMENTS as readonly string[]).includes(value) ? { ok: true, value } : oneOf(INSTRUMENTS);
		case 'mode':
			return (SCHEDULE_MODES as readonly string[]).includes(value) ? { ok: true, value } : oneOf(SCHEDULE_MODES);
		case 'formula':
			if (value.trim() === '') return fail('invalid', { code: 'empty', params: {} });
			return value.length > FORMULA_MAX ? longerThan(FORMULA_MAX) : { ok: true, value };
		case 'optional':
			return value.trim() === '' ? { ok: true, value: '' } : checkDecimalText(value, spec.meta as FieldMeta);
		case 'tariff':
			return checkTariffText(value, spec.meta as FieldMeta);
		case 'optionalTariff':
			return value.trim() === '' ? { ok: true, value: '' } : checkTariffText(value, spec.meta as FieldMeta);
		case 'basis':
			return value === '' || (LEGAL_BASES as readonly string[]).includes(value)
				? { ok: true, value }
				: oneOf(LEGAL_BASES);
		case 'amounts': {
			const entries = value.split(',');
			if (entries.length > MAX_CUSTOM_YEARS)
				return fail('too-many', { code: 'moreAmounts', params: { max: MAX_CUSTOM_YEARS } });
			const out: string[] = [];
			for (let j = 0; j < entries.length; j++) {
				const c = checkDecimalText(entries[j], spec.meta as FieldMeta);
				if (!c.ok) return fail(c.reason, { code: 'amount', params: { n: j + 1, problem: c.problem } });
				out.push(c.value);
			}
			return { ok: true, value: out.join(',') };
		}
	}
}
