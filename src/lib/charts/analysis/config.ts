/**
 * Analysis chart data -> Chart.js configuration, with texts in the page's language.
 * Animation off, as for the page's other charts: updates follow edits frame by frame and
 * exported images never catch a half-drawn frame.
 */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { moneyUnit, num, ticks, title } from '../base';
import { base, guides, tick, type AnyConfig } from './base';
import { fanConfig, histogramConfig } from './monteCarloConfig';
import { guidesPlugin } from './plugins';
import type { AnalysisChartSpec, FrontierChartSpec, TornadoChartSpec } from './series';
import { wrapLabel } from './series';
import type { ChartTexts } from '../config';
import { COLORS } from '../theme';

function tornadoConfig(spec: TornadoChartSpec, texts: ChartTexts): AnyConfig {
	const bar = (label: string, data: [number, number][], color: string): ChartDataset<'bar', [number, number][]> => ({
		type: 'bar',
		label,
		data,
		backgroundColor: color,
		borderWidth: 0,
		grouped: false,
		barPercentage: 0.8,
		categoryPercentage: 0.9
	});
	const b = base(texts);
	const g = guides([{ value: spec.base, label: texts.t('tornado.base'), color: COLORS.ink }]);
	return {
		type: 'bar',
		plugins: [guidesPlugin],
		data: {
			labels: spec.labels.map((l) => wrapLabel(l, 22)),
			datasets: [
				bar(texts.t('tornado.low'), spec.low, COLORS.koreaLight),
				bar(texts.t('tornado.high'), spec.high, COLORS.korea)
			]
		},
		options: {
			...b,
			layout: g.layout,
			indexAxis: 'y',
			interaction: { mode: 'nearest', axis: 'y', intersect: false },
			plugins: {
				...b.plugins,
				tooltip: {
					callbacks: {
						label: (item) => `${item.dataset.label}: ${num(texts, (item.raw as [number, number])[1])}`
					}
				},
				guides: g.plugin
			},
			scales: {
				x: {
					title: title(texts.t('tornado.axis', { unit: moneyUnit(texts) })),
					grid: { color: COLORS.grid },
					ticks: { ...ticks, callback: (v) => tick(texts, v) }
				},
				y: { grid: { display: false }, ticks: { ...ticks, autoSkip: false } }
			}
		}
	} as AnyConfig;
}

function frontierConfig(spec: FrontierChartSpec, texts: ChartTexts): AnyConfig {
	const fill = spec.payoff === 'above' ? 'end' : spec.payoff === 'below' ? 'start' : false;
	const b = base(texts);
	const datasets: ChartDataset<'line', { x: number; y: number | null }[]>[] = [
		{
			type: 'line',
			label: texts.t('frontier.line'),
			data: spec.line,
			borderColor: COLORS.deal,
			backgroundColor: COLORS.deal + '26',
			borderWidth: 2.5,
			pointRadius: 3,
			pointBackgroundColor: COLORS.deal,
			fill,
			spanGaps: false,
			tension: 0
		}
	];
	if (spec.payoff)
		datasets.push({
			type: 'line',
			label: texts.t('frontier.payoff'),
			data: [],
			borderColor: COLORS.deal + '26',
			backgroundColor: COLORS.deal + '26'
		});
	if (spec.current)
		datasets.push({
			type: 'line',
			label: texts.t('frontier.current'),
			data: [spec.current],
			showLine: false,
			pointRadius: 6,
			pointHoverRadius: 7,
			pointStyle: 'rectRot',
			borderColor: COLORS.ink,
			backgroundColor: COLORS.ink
		});
	const axis = (text: string, range: { min: number; max: number }) => ({
		type: 'linear' as const,
		min: range.min,
		max: range.max,
		title: title(text),
		grid: { color: COLORS.grid },
		ticks: { ...ticks, callback: (v: number | string) => tick(texts, v) }
	});
	return {
		type: 'line',
		data: { datasets },
		options: {
			...b,
			interaction: { mode: 'nearest', intersect: false },
			plugins: {
				...b.plugins,
				tooltip: {
					callbacks: {
						label: (item) =>
							`${item.dataset.label}: ${num(texts, item.parsed.x ?? 0, 2)} → ${num(texts, item.parsed.y ?? 0, 2)}`
					}
				}
			},
			scales: { x: axis(spec.xTitle, spec.x), y: axis(spec.yTitle, spec.y) }
		}
	} as AnyConfig;
}

/** The Chart.js configuration of an analysis chart. */
export function analysisChartConfig(spec: AnalysisChartSpec, texts: ChartTexts): ChartConfiguration {
	switch (spec.kind) {
		case 'tornado':
			return tornadoConfig(spec, texts) as ChartConfiguration;
		case 'frontier':
			return frontierConfig(spec, texts) as ChartConfiguration;
		case 'fan':
			return fanConfig(spec, texts) as ChartConfiguration;
		case 'histogram':
			return histogramConfig(spec, texts) as ChartConfiguration;
	}
}
