/**
 * Converting a field's stored value (a decimal string in the model's unit) to what a
 * control shows (percent for fractions) and back, decimal-exact.
 */
import { Decimal, checkNumber, parseDecimal, type FieldMeta } from '../model/index';

const HUNDRED = new Decimal(100);

/** Stored value -> shown value ("0.15" -> "15" for a fraction). */
export function toShown(value: string | number | undefined, meta: FieldMeta): string {
	const d = parseDecimal(value ?? '');
	if (typeof d === 'string') return String(value ?? '');
	return meta.unit === 'fraction' ? d.times(HUNDRED).toString() : d.toString();
}

/** Shown value -> stored value ("15" -> "0.15"), or null when it is not a number. */
export function fromShown(text: string, meta: FieldMeta): string | null {
	const d = parseDecimal(text.replace(/,/g, '').replace(/[%\s]/g, '').replace('−', '-'));
	if (typeof d === 'string') return null;
	return meta.unit === 'fraction' ? d.div(HUNDRED).toString() : d.toString();
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
