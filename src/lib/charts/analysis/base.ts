/**
 * What the analysis charts' Chart.js configurations share: fonts, tick and tooltip
 * number formats, axis titles, the guides' top padding, and the base options.
 */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatNumber } from '../../i18n/index';
import { GUIDE_ROW_PX, type Guide } from './plugins';
import type { ChartTexts } from '../config';
import { COLORS, FONT_FAMILY } from '../theme';

/** The charts' font. */
export const font = { family: FONT_FAMILY, size: 12 };
/** Tick labels. */
export const ticks = { font, color: COLORS.neutral };

/** The money axis unit in the chosen currency. */
export function moneyUnit(texts: ChartTexts): string {
	return texts.t(texts.currency === 'krw' ? 'chart.axis.krwTrn' : 'chart.axis.usdBn');
}

/** A value for a tooltip: one decimal below 10 (or `small`), none above. */
export function num(texts: ChartTexts, value: number | string, small = 1): string {
	const x = Number(value);
	return formatNumber(texts.lang, x, Math.abs(x) < 10 ? small : 0);
}

/** An axis tick: whole numbers without decimals, small fractions with one. */
export function tick(texts: ChartTexts, value: number | string): string {
	const x = Number(value);
	return formatNumber(texts.lang, x, Number.isInteger(x) || Math.abs(x) >= 10 ? 0 : 1);
}

/** The guides plugin's options and the top padding its labels need. */
export function guides(items: Guide[]) {
	return {
		layout: { padding: { top: items.length * GUIDE_ROW_PX + 4 } },
		plugin: { items }
	};
}

/** An axis title. */
export function title(text: string) {
	return { display: true, text, font, color: COLORS.neutral };
}

/** Options every analysis chart shares: no animation, legend at the bottom, helper series unlisted. */
export function base(texts: ChartTexts) {
	return {
		animation: false as const,
		responsive: true,
		maintainAspectRatio: false,
		normalized: true,
		plugins: {
			legend: {
				position: 'bottom' as const,
				labels: {
					boxWidth: 14,
					boxHeight: 10,
					font,
					color: COLORS.ink,
					filter: (item: { text: string }) => item.text !== ''
				}
			},
			tooltip: { filter: (item: TooltipItem<'line' | 'bar'>) => item.dataset.label !== '' }
		},
		locale: texts.lang === 'ko' ? 'ko-KR' : 'en-US'
	};
}

/** A configuration of any of the analysis charts' shapes. */
export type AnyConfig = ChartConfiguration<'bar' | 'line', unknown[], unknown>;
