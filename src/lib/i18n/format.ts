/**
 * Number formats for people: the only place values are rounded, and only for display.
 * Inputs are plain numbers produced at the edge of the state layer.
 */
import type { Lang, MessageKey } from './index';

/** A translate function bound to the page's language (calc.t). */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export type Currency = 'usd' | 'krw';

type Style = 'decimal' | 'percent';

/**
 * The formatters, built once each and looked up by a short key: building an
 * Intl.NumberFormat is slow, and the yearly table and cards format hundreds of numbers
 * on every edit (a key made with JSON.stringify on every call cost more than formatting).
 */
const formatters = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, style: Style, decimals: number): Intl.NumberFormat {
	const key = `${lang}${style}${decimals}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.NumberFormat(lang === 'ko' ? 'ko-KR' : 'en-US', {
			style,
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals
		});
		formatters.set(key, f);
	}
	return f;
}

/** A plain number with a fixed number of decimals. */
export function formatNumber(lang: Lang, x: number, decimals = 1): string {
	return nf(lang, 'decimal', decimals).format(x);
}

/** A fraction as percent (0.153 -> "15.3%"). */
export function formatPercent(lang: Lang, fraction: number, decimals = 1): string {
	return nf(lang, 'percent', decimals).format(fraction);
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
