/**
 * The Monte Carlo charts' Chart.js configurations: fan charts (10–90 and 25–75
 * percentile bands filled, the median and the scenario as lines) and the histogram of
 * the deal's NPV split at zero.
 */
import type { ChartDataset } from 'chart.js';
import { formatNumber } from '../../i18n/index';
import { moneyUnit, num, ticks, title } from '../base';
import { base, guides, tick, type AnyConfig } from './base';
import { guidesPlugin } from './plugins';
import type { FanChartSpec, HistogramChartSpec } from './series';
import type { ChartTexts } from '../config';
import { COLORS } from '../theme';

/** Percentile bands by year. */
export function fanConfig(spec: FanChartSpec, texts: ChartTexts): AnyConfig {
	const line = (label: string, data: number[], extra: Partial<ChartDataset<'line', number[]>> = {}) =>
		({
			type: 'line',
			label,
			data,
			borderWidth: 0,
			pointRadius: 0,
			pointHoverRadius: 0,
			tension: 0,
			fill: false,
			...extra
		}) as ChartDataset<'line', number[]>;
	const { p10, p25, p50, p75, p90 } = spec.bands;
	const datasets = [
		line('', p10),
		line(texts.t('mc.band90'), p90, { fill: '-1', backgroundColor: spec.color + '2e', borderColor: spec.color + '2e' }),
		line('', p25),
		line(texts.t('mc.band50'), p75, { fill: '-1', backgroundColor: spec.color + '4d', borderColor: spec.color + '4d' }),
		line(texts.t('mc.median'), p50, {
			borderColor: spec.color,
			backgroundColor: spec.color,
			borderWidth: 2.5,
			pointHoverRadius: 4
		})
	];
	if (spec.scenario)
		datasets.push(
			line(texts.t('mc.scenario'), spec.scenario, {
				borderColor: COLORS.ink,
				backgroundColor: 'rgba(0, 0, 0, 0)',
				borderWidth: 1.5,
				borderDash: [6, 4],
				pointHoverRadius: 3
			})
		);
	const b = base(texts);
	const unit = spec.yUnit === 'money' ? moneyUnit(texts) : texts.t('chart.axis.percentGdp');
	return {
		type: 'line',
		data: { labels: spec.labels, datasets },
		options: {
			...b,
			interaction: { mode: 'index', intersect: false },
			plugins: {
				...b.plugins,
				tooltip: {
					filter: (item) => item.dataset.label !== '',
					callbacks: { label: (item) => `${item.dataset.label}: ${num(texts, item.parsed.y ?? 0)}` }
				}
			},
			scales: {
				x: { grid: { display: false }, ticks: { ...ticks, maxRotation: 0, autoSkipPadding: 8 } },
				y: { title: title(unit), grid: { color: COLORS.grid }, ticks: { ...ticks, callback: (v) => tick(texts, v) } }
			}
		}
	} as AnyConfig;
}

/** The deal's NPV over the draws. */
export function histogramConfig(spec: HistogramChartSpec, texts: ChartTexts): AnyConfig {
	const bar = (label: string, data: number[], color: string): ChartDataset<'bar', number[]> => ({
		type: 'bar',
		label,
		data,
		backgroundColor: color,
		borderWidth: 0,
		barPercentage: 1,
		categoryPercentage: 0.92
	});
	const b = base(texts);
	const g = guides(spec.guides.map((m) => ({ value: m.value, label: texts.t(m.labelKey), color: m.color })));
	return {
		type: 'bar',
		plugins: [guidesPlugin],
		data: {
			labels: spec.centers.map((c) => formatNumber(texts.lang, c, spec.decimals)),
			datasets: [
				bar(texts.t('mc.hist.loss'), spec.loss, COLORS.noDeal),
				bar(texts.t('mc.hist.gain'), spec.gain, COLORS.deal)
			]
		},
		options: {
			...b,
			layout: g.layout,
			interaction: { mode: 'index', intersect: false },
			plugins: {
				...b.plugins,
				tooltip: { filter: (item) => (item.raw as number) > 0 },
				guides: g.plugin
			},
			scales: {
				x: {
					stacked: true,
					title: title(texts.t('tornado.axis', { unit: moneyUnit(texts) })),
					grid: { display: false },
					ticks: { ...ticks, maxRotation: 0, autoSkipPadding: 10 }
				},
				y: {
					stacked: true,
					title: title(texts.t('mc.hist.count')),
					grid: { color: COLORS.grid },
					ticks: { ...ticks, precision: 0 }
				}
			}
		}
	} as AnyConfig;
}
