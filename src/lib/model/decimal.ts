/**
 * The one Decimal constructor of the model (MODEL.md "Conventions"): 40 significant
 * digits, rounding half to even. This is the only module that imports decimal.js, so
 * no other configuration can leak into the engine.
 */
import DecimalJs from 'decimal.js';

export const Decimal = DecimalJs.clone({
	precision: 40,
	rounding: DecimalJs.ROUND_HALF_EVEN,
	toExpNeg: -7,
	toExpPos: 21
});

/** A decimal value of the model. */
export type Dec = InstanceType<typeof Decimal>;

/** Frequently used constants, shared so hot loops do not allocate them. */
export const ZERO: Dec = new Decimal(0);
export const ONE: Dec = new Decimal(1);

/**
 * The canonical text of a decimal: decimal.js's shortest exact form, with negative zero
 * written "0" (what links, the JSON and the analysis tools write).
 */
export function canonicalDecimal(d: Dec): string {
	return d.isZero() ? '0' : d.toString();
}

/** True when the value is any decimal.js instance (ours or another clone, such as mathjs's). */
export function isDecimal(value: unknown): value is Dec {
	return DecimalJs.isDecimal(value);
}

/** The larger of two decimals. */
export function dmax(a: Dec, b: Dec): Dec {
	return a.gte(b) ? a : b;
}

/** The smaller of two decimals. */
export function dmin(a: Dec, b: Dec): Dec {
	return a.lte(b) ? a : b;
}
