/**
 * Projection -> chart data, as pure functions: which series each chart shows, in which
 * colour and unit, and where its markers are. The Chart.js component only draws these.
 */
import type { Currency, MessageKey } from '../i18n/index';
import { moneyValue } from '../i18n/index';
import type { ProjectionView } from '../state/view';
import { COLORS } from './theme';

export type ChartId = 'cash' | 'dividends' | 'tariff' | 'npv';
export const CHART_IDS: readonly ChartId[] = ['cash', 'dividends', 'tariff', 'npv'];

export interface SeriesSpec {
	labelKey: MessageKey;
	type: 'bar' | 'line';
	data: number[];
	color: string;
	axis: 'y' | 'y1';
	dashed?: boolean;
	fill?: boolean;
	/** 'A' for the pinned comparison scenario, 'B' (or absent) for the current one. */
	scenario?: 'A' | 'B';
}

export interface Marker {
	index: number;
	labelKey: MessageKey;
	color: string;
}

export interface ChartSpec {
	id: ChartId;
	titleKey: MessageKey;
	labels: string[];
	series: SeriesSpec[];
	/** Unit of the left axis: money (in the chosen currency) or percent of GDP. */
	yUnit: 'money' | 'percentGdp';
	/** Unit of the right axis, if any. */
	y1Unit?: 'percentGdp';
	markers: Marker[];
}

const TITLES: Record<ChartId, MessageKey> = {
	cash: 'chart.cash.title',
	dividends: 'chart.dividends.title',
	tariff: 'chart.tariff.title',
	npv: 'chart.npv.title'
};

function seriesFor(id: ChartId, v: ProjectionView, currency: Currency): SeriesSpec[] {
	const money = (pick: (y: ProjectionView['years'][number]) => number, sign = 1) =>
		v.years.map((y) => sign * moneyValue(pick(y), currency, y.fx));
	switch (id) {
		case 'cash':
			return [
				{
					labelKey: 'chart.cash.disbursed',
					type: 'bar',
					data: money((y) => y.disbursed, -1),
					color: COLORS.koreaLight,
					axis: 'y'
				},
				{
					labelKey: 'chart.cash.calls',
					type: 'bar',
					data: money((y) => y.calls, -1),
					color: COLORS.neutral,
					axis: 'y'
				},
				{
					labelKey: 'chart.cash.inflow',
					type: 'bar',
					data: money((y) => y.koreaInflow),
					color: COLORS.korea,
					axis: 'y'
				},
				{
					labelKey: 'chart.cash.exposure',
					type: 'line',
					data: v.years.map((y) => y.netExposureToGdp * 100),
					color: COLORS.ink,
					axis: 'y1'
				}
			];
		case 'dividends':
			return [
				{
					labelKey: 'chart.dividends.korea',
					type: 'bar',
					data: money((y) => y.koreaDistributions),
					color: COLORS.korea,
					axis: 'y'
				},
				{ labelKey: 'chart.dividends.us', type: 'bar', data: money((y) => y.usInflow), color: COLORS.us, axis: 'y' }
			];
		case 'tariff':
			return [
				{
					labelKey: 'chart.tariff.noDeal',
					type: 'line',
					data: money((y) => y.tariffCostNoDeal),
					color: COLORS.noDeal,
					axis: 'y'
				},
				{
					labelKey: 'chart.tariff.deal',
					type: 'line',
					data: money((y) => y.tariffCostDeal),
					color: COLORS.deal,
					axis: 'y'
				}
			];
		case 'npv':
			return [
				{
					labelKey: 'chart.npv.line',
					type: 'line',
					data: money((y) => y.npvDealCumulative),
					color: COLORS.deal,
					axis: 'y',
					fill: true
				}
			];
	}
}

function markersFor(id: ChartId, v: ProjectionView, labels: string[]): Marker[] {
	const at = (year: number | null, labelKey: MessageKey, color: string): Marker[] => {
		const index = year === null ? -1 : labels.indexOf(String(year));
		return index < 0 ? [] : [{ index, labelKey, color }];
	};
	if (id === 'dividends') return at(v.summary.recoupYear, 'chart.dividends.recoup', COLORS.korea);
	if (id === 'npv') return at(v.summary.breakEvenYear, 'chart.npv.breakEven', COLORS.deal);
	return [];
}

/**
 * A yearly series (`data[k]` for year `startYear + k`) on the given years, NaN where it
 * has no value: two scenarios on one axis of years, a scenario on a run's years.
 */
export function onYears(years: readonly number[], startYear: number, data: readonly number[]): number[] {
	return years.map((year) => {
		const k = year - startYear;
		return k >= 0 && k < data.length ? data[k] : NaN;
	});
}

/**
 * The chart `id` for the projection `b` (the current scenario), with the pinned
 * scenario `a` overlaid as dashed lines when given.
 */
export function chartSpec(
	id: ChartId,
	b: ProjectionView,
	currency: Currency,
	a: ProjectionView | null = null
): ChartSpec {
	const series: SeriesSpec[] = seriesFor(id, b, currency).map((s) => ({ ...s, scenario: 'B' }));
	let labels = b.years.map((y) => String(y.year));
	if (a) {
		const aSeries = seriesFor(id, a, currency);
		const years = new Set([...labels, ...a.years.map((y) => String(y.year))]);
		labels = [...years].sort();
		const axis = labels.map(Number);
		const align = (view: ProjectionView, data: number[]) => onYears(axis, view.startYear, data);
		for (const s of series) s.data = align(b, s.data);
		for (const s of aSeries)
			series.push({ ...s, type: 'line', dashed: true, fill: false, data: align(a, s.data), scenario: 'A' });
	}
	return {
		id,
		titleKey: TITLES[id],
		labels,
		series,
		yUnit: 'money',
		y1Unit: id === 'cash' ? 'percentGdp' : undefined,
		markers: markersFor(id, b, labels)
	};
}
