/**
 * Checks one param's value against the model's rules for its field, and gives its
 * canonical text or the reason it cannot be used.
 */
import {
	checkNumber,
	Decimal,
	FORMULA_MAX,
	INSTRUMENTS,
	MAX_CUSTOM_YEARS,
	NAME_MAX,
	parseDecimal,
	SCHEDULE_MODES,
	type Dec,
	type FieldMeta
} from '../model/index';
import type { ParamSpec } from './params';
import type { NoticeReason } from './types';

/** Decimal text in the form the model reads (its own check also limits the length). */
const DECIMAL_FORM = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A usable value, or why not. */
export type Checked = { ok: true; value: string } | { ok: false; reason: NoticeReason; problem: string };

const fail = (reason: NoticeReason, problem: string): Checked => ({ ok: false, reason, problem });

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
			? fail('too-long', 'has too many digits')
			: fail('invalid', 'is not a number');
	if (meta.integer && !parsed.isInteger()) return fail('invalid', 'must be a whole number');
	const { min, max } = bounds(meta);
	const low = min !== null && (meta.minExclusive ? parsed.lte(min) : parsed.lt(min));
	const high = max !== null && parsed.gt(max);
	if (low || high) {
		const checked = checkNumber(text, meta); // the model's own wording of the range
		return fail('out-of-range', typeof checked === 'string' ? checked : 'is out of range');
	}
	return { ok: true, value: parsed.isZero() ? '0' : parsed.toString() };
}

/** Checks a param's value; formulas are only checked for size here (checkFormula runs later). */
export function checkParam(spec: ParamSpec, value: string): Checked {
	switch (spec.kind) {
		case 'decimal':
			return checkDecimalText(value, spec.meta as FieldMeta);
		case 'text':
			return value.length > NAME_MAX ? fail('too-long', `is longer than ${NAME_MAX} characters`) : { ok: true, value };
		case 'instrument':
			return (INSTRUMENTS as readonly string[]).includes(value)
				? { ok: true, value }
				: fail('invalid', `must be one of ${INSTRUMENTS.join(', ')}`);
		case 'mode':
			return (SCHEDULE_MODES as readonly string[]).includes(value)
				? { ok: true, value }
				: fail('invalid', `must be one of ${SCHEDULE_MODES.join(', ')}`);
		case 'formula':
			if (value.trim() === '') return fail('invalid', 'is empty');
			return value.length > FORMULA_MAX
				? fail('too-long', `is longer than ${FORMULA_MAX} characters`)
				: { ok: true, value };
		case 'amounts': {
			const entries = value.split(',');
			if (entries.length > MAX_CUSTOM_YEARS) return fail('too-many', `has more than ${MAX_CUSTOM_YEARS} amounts`);
			const out: string[] = [];
			for (let j = 0; j < entries.length; j++) {
				const c = checkDecimalText(entries[j], spec.meta as FieldMeta);
				if (!c.ok) return fail(c.reason, `amount ${j + 1} ${c.problem}`);
				out.push(c.value);
			}
			return { ok: true, value: out.join(',') };
		}
	}
}
