/**
 * ChartSpec -> Chart.js configuration, with texts in the page's language, on the shared
 * options of base.ts (animation off among them).
 */
import type { Chart, ChartConfiguration, ChartDataset } from 'chart.js';
import { formatNumber, type Currency, type Lang, type Translate } from '../i18n/index';
import type { MarkerOption } from './plugins';
import type { ChartSpec } from './series';
import { baseOptions, legendLabels, moneyUnit, num, ticks, title } from './base';
import { COLORS } from './theme';

export interface ChartTexts {
	lang: Lang;
	currency: Currency;
	t: Translate;
}

/** The datasets of a spec, labelled ("A: ..." for the pinned scenario). */
export function datasets(spec: ChartSpec, texts: ChartTexts): ChartDataset<'bar' | 'line', number[]>[] {
	return spec.series.map((s, index) => {
		const label = (s.scenario === 'A' ? 'A · ' : '') + texts.t(s.labelKey);
		if (s.type === 'bar') {
			return {
				type: 'bar' as const,
				label,
				data: s.data,
				backgroundColor: s.color,
				borderWidth: 0,
				yAxisID: s.axis,
				stack: 'cash',
				order: 2
			};
		}
		return {
			type: 'line' as const,
			label,
			data: s.data,
			borderColor: s.color,
			backgroundColor: s.fill ? s.color + '22' : s.color,
			borderWidth: s.scenario === 'A' ? 2 : 2.5,
			borderDash: s.dashed ? [6, 4] : [],
			pointRadius: 0,
			pointHoverRadius: 4,
			fill: s.fill ? 'origin' : false,
			tension: 0,
			yAxisID: s.axis,
			stack: `line-${index}`,
			order: 1,
			spanGaps: false
		};
	});
}

/** Marker options for the markers plugin. */
export function markerItems(spec: ChartSpec, texts: ChartTexts): MarkerOption[] {
	return spec.markers.map((m) => ({ index: m.index, label: texts.t(m.labelKey), color: m.color }));
}

/** The full Chart.js configuration of a spec. */
export function chartConfig(spec: ChartSpec, texts: ChartTexts): ChartConfiguration<'bar' | 'line', number[], string> {
	const moneyAxis = moneyUnit(texts);
	const tick = (value: number | string) => num(texts, value);
	return {
		type: 'bar',
		data: { labels: spec.labels, datasets: datasets(spec, texts) },
		options: {
			...baseOptions,
			interaction: { mode: 'index', intersect: false },
			plugins: {
				legend: { position: 'bottom', labels: { ...legendLabels } },
				tooltip: {
					callbacks: {
						label: (item) => `${item.dataset.label}: ${formatNumber(texts.lang, item.parsed.y ?? 0, 1)}`
					}
				},
				// @ts-expect-error -- options of our own markers plugin
				markers: { items: markerItems(spec, texts) }
			},
			scales: {
				x: {
					stacked: true,
					grid: { display: false },
					ticks: { ...ticks, maxRotation: 0, minRotation: 0, autoSkipPadding: 8 }
				},
				y: {
					stacked: spec.series.some((s) => s.type === 'bar'),
					title: title(spec.yUnit === 'money' ? moneyAxis : texts.t('chart.axis.percentGdp')),
					grid: { color: COLORS.grid },
					ticks: { ...ticks, callback: tick }
				},
				...(spec.y1Unit
					? {
							y1: {
								position: 'right' as const,
								title: title(texts.t('chart.axis.percentGdp')),
								grid: { display: false },
								ticks: { ...ticks, callback: tick }
							}
						}
					: {})
			}
		}
	};
}

/** What a panel chart shows: its spec and the texts of the page's language. */
export interface PanelSource {
	spec: ChartSpec;
	texts: ChartTexts;
}

/** How ChartPanel's ChartCanvas draws: the first configuration, then cheap updates in place. */
export interface PanelDrawing {
	config(source: PanelSource): ChartConfiguration<'bar' | 'line', number[], string>;
	apply(chart: Chart<'bar' | 'line', number[], string>, source: PanelSource): void;
}

/**
 * A panel's drawing: data and markers on every update, the options rebuilt only when what
 * they depend on changes (language, currency, units, bars or not), since data alone is cheap.
 */
export function panelDrawing(): PanelDrawing {
	let optionsKey = '';
	const keyOf = ({ spec, texts }: PanelSource) =>
		[texts.lang, texts.currency, spec.yUnit, spec.y1Unit ?? '', spec.series.some((x) => x.type === 'bar')].join('|');
	return {
		config(source) {
			optionsKey = keyOf(source);
			return chartConfig(source.spec, source.texts);
		},
		apply(chart, source) {
			const { spec, texts } = source;
			const key = keyOf(source);
			chart.data.labels = spec.labels;
			chart.data.datasets = datasets(spec, texts);
			if (key !== optionsKey) {
				const fresh = chartConfig(spec, texts);
				chart.options.scales = fresh.options?.scales;
				chart.options.plugins = fresh.options?.plugins;
				optionsKey = key;
			}
			const markers = chart.options.plugins as unknown as { markers: { items: unknown } };
			markers.markers = { items: markerItems(spec, texts) };
		}
	};
}
