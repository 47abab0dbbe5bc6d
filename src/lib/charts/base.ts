/**
 * What every chart's Chart.js configuration shares, the page's charts and the analysis
 * charts alike: the font, tick and axis-title styles, the money axis's unit, number
 * formats for ticks and tooltips, the legend, and the options that keep drawing cheap
 * (no animation: charts follow a dragged slider frame by frame and exports never catch
 * a half-drawn frame).
 */
import { formatNumber } from '../i18n/index';
import type { ChartTexts } from './config';
import { COLORS, FONT_FAMILY } from './theme';

/** The charts' font. */
export const font = { family: FONT_FAMILY, size: 12 };
/** Tick labels. */
export const ticks = { font, color: COLORS.neutral };

/** The money axis unit in the chosen currency. */
export function moneyUnit(texts: ChartTexts): string {
	return texts.t(texts.currency === 'krw' ? 'chart.axis.krwTrn' : 'chart.axis.usdBn');
}

/** A value for a tooltip or a money tick: one decimal below 10 (or `small`), none above. */
export function num(texts: ChartTexts, value: number | string, small = 1): string {
	const x = Number(value);
	return formatNumber(texts.lang, x, Math.abs(x) < 10 ? small : 0);
}

/** An axis title. */
export function title(text: string) {
	return { display: true, text, font, color: COLORS.neutral };
}

/** The legend's labels: small boxes in the charts' font (the legend sits below the chart). */
export const legendLabels = { boxWidth: 14, boxHeight: 10, font, color: COLORS.ink };

/** Options every chart shares (spread them): no animation, and a chart that fills its sized box. */
export const baseOptions = {
	animation: false as const,
	responsive: true,
	maintainAspectRatio: false,
	normalized: true
};
