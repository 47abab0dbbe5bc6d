/**
 * What the analysis charts' Chart.js configurations add to charts/base.ts: the guides'
 * top padding, and base options that keep helper series out of legend and tooltip.
 */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatNumber } from '../../i18n/index';
import { baseOptions, legendLabels } from '../base';
import type { ChartTexts } from '../config';
import { GUIDE_ROW_PX, type Guide } from './plugins';

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

/** Options every analysis chart shares: no animation, legend at the bottom, helper series unlisted. */
export function base(texts: ChartTexts) {
	return {
		...baseOptions,
		plugins: {
			legend: {
				position: 'bottom' as const,
				labels: { ...legendLabels, filter: (item: { text: string }) => item.text !== '' }
			},
			tooltip: { filter: (item: TooltipItem<'line' | 'bar'>) => item.dataset.label !== '' }
		},
		locale: texts.lang === 'ko' ? 'ko-KR' : 'en-US'
	};
}

/** A configuration of any of the analysis charts' shapes. */
export type AnyConfig = ChartConfiguration<'bar' | 'line', unknown[], unknown>;
