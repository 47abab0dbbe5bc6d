/**
 * Number formats for people: the only place values are rounded, and only for display.
 * Inputs are plain numbers produced at the edge of the state layer.
 */
import type { Lang, MessageKey } from './index';

/** A translate function bound to the page's language (calc.t). */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export type Currency = 'usd' | 'krw';

/**
 * Numbers are written without Intl.NumberFormat: the first formatter a page builds costs
 * 30-50 ms (the browser loads its number data), a long task at load on a phone, and
 * English and Korean write numbers alike (1,234.5 and 15.3%). The digits are those Intl
 * writes: it rounds the number's shortest decimal form (what String(x) shows, 44.0515 for
 * the double nearest it) half away from zero, and percent moves that form's point two
 * places. Only what is too large (≥ 1e21 after scaling) or not finite goes to Intl.
 */
function grouped(int: string): string {
	return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The shortest decimal form of a finite x ≥ 0 without an exponent: 1.5e-7 -> "0.00000015". */
function plain(x: number): string {
	const text = String(x);
	const e = text.indexOf('e');
	if (e < 0) return text;
	const [int, frac = ''] = text.slice(0, e).split('.');
	const exponent = Number(text.slice(e + 1));
	// Only tiny values have an exponent here (large ones went to Intl): 1.5e-7.
	return `0.${'0'.repeat(-exponent - 1)}${int}${frac}`;
}

/** |x| × 10^shift rounded to `decimals` places, half away from zero, as unsigned digits ("1234.50"). */
function rounded(x: number, shift: number, decimals: number): string {
	const text = plain(Math.abs(x));
	const dot = text.indexOf('.');
	const int = dot < 0 ? text : text.slice(0, dot);
	const frac = (dot < 0 ? '' : text.slice(dot + 1)).padEnd(shift + decimals + 1, '0');
	const kept = int + frac.slice(0, shift + decimals);
	const up = frac.charCodeAt(shift + decimals) >= 53; // '5'
	const digits = (BigInt(kept) + (up ? 1n : 0n)).toString().padStart(decimals + 1, '0');
	return decimals > 0 ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
}

/** Rounded digits, grouped by thousands and signed ("-0.0" for a small negative, as Intl writes it). */
function written(x: number, shift: number, decimals: number): string {
	const digits = rounded(x, shift, decimals);
	const dot = digits.indexOf('.');
	const int = dot < 0 ? digits : digits.slice(0, dot);
	return `${x < 0 || Object.is(x, -0) ? '-' : ''}${grouped(int)}${dot < 0 ? '' : digits.slice(dot)}`;
}

/** What is too large or not finite, written by Intl (never on the page's usual path). */
function viaIntl(lang: Lang, x: number, style: 'decimal' | 'percent', decimals: number): string {
	return new Intl.NumberFormat(lang === 'ko' ? 'ko-KR' : 'en-US', {
		style,
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals
	}).format(x);
}

/** A plain number with a fixed number of decimals ("1,234.6"). */
export function formatNumber(lang: Lang, x: number, decimals = 1): string {
	return Number.isFinite(x) && Math.abs(x) < 1e21 ? written(x, 0, decimals) : viaIntl(lang, x, 'decimal', decimals);
}

/** A fraction as percent (0.153 -> "15.3%"). */
export function formatPercent(lang: Lang, fraction: number, decimals = 1): string {
	return Number.isFinite(fraction) && Math.abs(fraction) < 1e19
		? `${written(fraction, 2, decimals)}%`
		: viaIntl(lang, fraction, 'percent', decimals);
}

/**
 * USD billions as money in the chosen currency: "$12.3bn" / "₩17.5trn" in English,
 * "123억 달러" / "17.5조 원" in Korean. `fx` is KRW per USD.
 */
export function formatMoney(lang: Lang, usdBn: number, currency: Currency, fx: number): string {
	const sign = usdBn < 0 ? '−' : '';
	const v = Math.abs(usdBn);
	if (currency === 'krw') {
		const trn = (v * fx) / 1000;
		const digits = trn >= 100 ? 0 : 1;
		return lang === 'ko'
			? `${sign}${formatNumber(lang, trn, digits)}조 원`
			: `${sign}₩${formatNumber(lang, trn, digits)}trn`;
	}
	// Small amounts keep two decimals instead of showing as 0 (a guarantee's fees less its
	// calls); what would still round to 0 keeps the usual form.
	if (lang === 'ko') return formatUsdBn(lang, usdBn, v * 10 >= 1 || v * 10 < 0.005 ? 0 : 2);
	return formatUsdBn(lang, usdBn, v >= 100 ? 0 : v >= 0.1 || v < 0.005 ? 1 : 2);
}

/**
 * USD billions with `decimals` digits after the point of the number printed: "$12.3bn"
 * in English, "123억 달러" (hundreds of millions) in Korean.
 */
export function formatUsdBn(lang: Lang, usdBn: number, decimals: number): string {
	const sign = usdBn < 0 ? '−' : '';
	const v = Math.abs(usdBn);
	return lang === 'ko'
		? `${sign}${formatNumber(lang, v * 10, decimals)}억 달러`
		: `${sign}$${formatNumber(lang, v, decimals)}bn`;
}

/** Money in the chart's unit (a plain number): USD bn or KRW trn. */
export function moneyValue(usdBn: number, currency: Currency, fx: number): number {
	return currency === 'krw' ? (usdBn * fx) / 1000 : usdBn;
}
