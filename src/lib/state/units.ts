/**
 * Every crossing between a value as stored (a decimal string or number in the model's
 * unit) and as a control shows it (percent for fractions), decimal-exact where it is
 * text, and the one reading of what a user typed.
 */
import { Decimal, checkNumber, parseDecimal, type Dec, type FieldMeta, type Unit } from '../model/index';

const HUNDRED = new Decimal(100);

/** What a user typed, cleaned for parsing: thousands commas, percent signs and spaces gone, "−" read as "-". */
export function cleanTyped(text: string): string {
	return text.replace(/,/g, '').replace(/[%\s]/g, '').replace('−', '-');
}

/** A stored value in the unit a control shows (×100 for a fraction), decimal-exact. */
function shownDecimal(unit: Unit, d: Dec): Dec {
	return unit === 'fraction' ? d.times(HUNDRED) : d;
}

/** What a user typed, back in the stored unit (÷100 for a fraction); null when it is not a number. */
export function parseShown(unit: Unit, text: string): Dec | null {
	const d = parseDecimal(cleanTyped(text));
	if (typeof d === 'string') return null;
	return unit === 'fraction' ? d.div(HUNDRED) : d;
}

/** Stored value -> shown value ("0.15" -> "15" for a fraction). */
export function toShown(value: string | number | undefined, meta: FieldMeta): string {
	const d = parseDecimal(value ?? '');
	if (typeof d === 'string') return String(value ?? '');
	return shownDecimal(meta.unit, d).toString();
}

/** Shown value -> stored value ("15" -> "0.15"), or null when it is not a number. */
export function fromShown(text: string, meta: FieldMeta): string | null {
	return parseShown(meta.unit, text)?.toString() ?? null;
}

/** A plain-number parameter (a Monte Carlo distribution's) as a control shows it: "2" for 0.02, exact decimals. */
export function shownParam(unit: Unit, value: number): string {
	return shownDecimal(unit, new Decimal(value)).toString();
}

/** What a user typed for a plain-number parameter, back in its unit; null when it is not a number. */
export function parseParam(unit: Unit, text: string): number | null {
	return parseShown(unit, text)?.toNumber() ?? null;
}

/**
 * A stored value as a plain number in the shown unit, for charts and for rounding
 * (floating point: 0.07 gives 7.000000000000001; text that must be exact uses toShown).
 */
export function shownNumber(unit: Unit, value: string | number): number {
	return unit === 'fraction' ? Number(value) * 100 : Number(value);
}

/** The slider range of a field in shown units. */
export function shownSlider(meta: FieldMeta): { min: string; max: string; step: string } {
	const f = (s: string) => toShown(s, meta);
	return { min: f(meta.slider.min), max: f(meta.slider.max), step: f(meta.slider.step) };
}

/** The valid range of a field in shown units (null ends are open). */
export function shownRange(meta: FieldMeta): { min: string | null; max: string | null } {
	return {
		min: meta.min === undefined ? null : toShown(meta.min, meta),
		max: meta.max === undefined ? null : toShown(meta.max, meta)
	};
}

/** Whether a stored value is valid for its field (the engine's own rule). */
export function inRange(value: string, meta: FieldMeta): boolean {
	return typeof checkNumber(value, meta) !== 'string';
}
