/**
 * Analysis results -> chart data, as pure functions: the tornado's bars around the
 * scenario's present value, the break-even frontier as points, the Monte Carlo fan
 * charts and histogram. Plain numbers in the units the charts show (percent for
 * fractions, money in the chosen currency); analysisConfig.ts only draws them.
 */
import type { Bands, MonteCarloResult, NpvFrontier, Tornado } from '../../analysis/index';
import type { Currency, MessageKey } from '../../i18n/index';
import { moneyValue } from '../../i18n/index';
import type { ProjectionView } from '../../state/view';
import { onYears } from '../series';
import { COLORS } from '../theme';

/** Horizontal bars from the scenario's NPV to the NPV with each input at its low and high end. */
export interface TornadoChartSpec {
	kind: 'tornado';
	id: 'tornado';
	titleKey: MessageKey;
	/** The inputs' labels in the page's language, widest swing first. */
	labels: string[];
	/** [base, NPV with the input at its low end], money. */
	low: [number, number][];
	/** [base, NPV with the input at its high end], money. */
	high: [number, number][];
	base: number;
}

/** The break-even line of two levers, in the units their controls show. */
export interface FrontierChartSpec {
	kind: 'frontier';
	id: 'frontier';
	titleKey: MessageKey;
	xTitle: string;
	yTitle: string;
	/** One point per value of lever 1; y is null where the NPV does not cross zero. */
	line: { x: number; y: number | null }[];
	/** Where the deal beats no deal: above the line, below it, or no single side. */
	payoff: 'above' | 'below' | null;
	/** The scenario's own values of the two levers. */
	current: { x: number; y: number } | null;
	x: { min: number; max: number };
	y: { min: number; max: number };
}

/** Percentile bands by year, filled 10–90 and 25–75, with the median and the scenario's own path. */
export interface FanChartSpec {
	kind: 'fan';
	id: 'mc-exposure' | 'mc-npv';
	titleKey: MessageKey;
	labels: string[];
	bands: Bands;
	/** The scenario on screen, by the same years (NaN where it has no such year), or null. */
	scenario: number[] | null;
	yUnit: 'percentGdp' | 'money';
	color: string;
}

/** Bins of the deal's NPV over the draws, split at zero, with markers at zero and the scenario. */
export interface HistogramChartSpec {
	kind: 'histogram';
	id: 'mc-histogram';
	titleKey: MessageKey;
	/** Bin centres, money. */
	centers: number[];
	/** Draws per bin where the deal loses (centre < 0) and where it does not. */
	loss: number[];
	gain: number[];
	/** Decimals the bin labels need (fewer for wide bins). */
	decimals: number;
	/** Positions on the bin axis (fractional bin index) of zero and of the scenario's NPV. */
	guides: { value: number; labelKey: MessageKey; color: string }[];
}

export type AnalysisChartSpec = TornadoChartSpec | FrontierChartSpec | FanChartSpec | HistogramChartSpec;

/** The tornado's bars; `money` turns USD bn into the chart's money unit. */
export function tornadoChart(t: Tornado, labels: string[], money: (usdBn: number) => number): TornadoChartSpec {
	const base = money(Number(t.base));
	return {
		kind: 'tornado',
		id: 'tornado',
		titleKey: 'tornado.chart',
		labels,
		low: t.bars.map((b) => [base, money(Number(b.atLow))]),
		high: t.bars.map((b) => [base, money(Number(b.atHigh))]),
		base
	};
}

/** Splits a label into lines of at most `width` characters at spaces (a long word keeps its line). */
export function wrapLabel(text: string, width: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.length - 1;
		if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ' ' + word;
		else lines.push(word);
	}
	return lines.length > 0 ? lines : [''];
}

/**
 * Where the deal beats no deal on the frontier: above the line when, at every value of
 * lever 1 with a crossing, the NPV at the top of lever 2's range is positive; below when
 * it is negative at every one; null when the sides differ or nothing crosses.
 */
export function payoffSide(f: NpvFrontier): 'above' | 'below' | null {
	const sides = new Set<'above' | 'below'>();
	f.crossing.forEach((c, i) => {
		if (c === null) return;
		const top = Number(f.npv[i][f.npv[i].length - 1]);
		const bottom = Number(f.npv[i][0]);
		if (top > 0 || bottom < 0) sides.add('above');
		else if (top < 0 || bottom > 0) sides.add('below');
	});
	return sides.size === 1 ? [...sides][0] : null;
}

/** The values of lever 1 (decimal strings) at which the NPV never crosses zero. */
export function missingCrossings(f: NpvFrontier): string[] {
	return f.values1.filter((_, i) => f.crossing[i] === null);
}

/**
 * The frontier chart; `current` holds the scenario's values of the two levers (decimal
 * strings), and `shown` turns a value of each lever into the number its control shows
 * (state/units.ts shownNumber: percent for fractions).
 */
export function frontierChart(
	f: NpvFrontier,
	shown: [(value: string) => number, (value: string) => number],
	current: [string, string] | null,
	titles: [string, string]
): FrontierChartSpec {
	const [x, y] = shown;
	const xs = f.values1.map(x);
	const ys = f.values2.map(y);
	return {
		kind: 'frontier',
		id: 'frontier',
		titleKey: 'frontier.chart',
		xTitle: titles[0],
		yTitle: titles[1],
		line: f.crossing.map((c, i) => ({ x: xs[i], y: c === null ? null : y(c) })),
		payoff: payoffSide(f),
		current: current ? { x: x(current[0]), y: y(current[1]) } : null,
		x: { min: Math.min(...xs), max: Math.max(...xs) },
		y: { min: Math.min(...ys), max: Math.max(...ys) }
	};
}

/** Bands with every value passed through `scale` (value, year index); the bands' own percentiles. */
export function scaleBands(bands: Bands, scale: (value: number, yearIndex: number) => number): Bands {
	const out = {} as Bands;
	for (const k of Object.keys(bands) as (keyof Bands)[]) out[k] = bands[k].map((v, i) => scale(v, i));
	return out;
}

/** A series of the scenario on screen on the years of a run (NaN where it has no such year). */
export function alignYears(
	years: number[],
	view: ProjectionView,
	pick: (y: ProjectionView['years'][number]) => number
): number[] {
	return onYears(years, view.startYear, view.years.map(pick));
}

/** Net exposure as % of GDP by year: the run's bands and the scenario's own path. */
export function exposureFan(r: MonteCarloResult, view: ProjectionView | null): FanChartSpec {
	return {
		kind: 'fan',
		id: 'mc-exposure',
		titleKey: 'mc.exposure.title',
		labels: r.years.map(String),
		bands: scaleBands(r.netExposureToGdp, (v) => v * 100),
		scenario: view ? alignYears(r.years, view, (y) => y.netExposureToGdp * 100) : null,
		yUnit: 'percentGdp',
		color: COLORS.korea
	};
}

/**
 * The running present value of the deal by year, in the chosen currency (converted at
 * the scenario's exchange rate of each year, as the page's NPV chart does).
 */
export function npvFan(r: MonteCarloResult, view: ProjectionView | null, currency: Currency): FanChartSpec {
	const fx = view ? alignYears(r.years, view, (y) => y.fx) : r.years.map(() => NaN);
	const fallback = view?.fx0 ?? 1;
	const money = (v: number, i: number) => moneyValue(v, currency, Number.isNaN(fx[i]) ? fallback : fx[i]);
	return {
		kind: 'fan',
		id: 'mc-npv',
		titleKey: 'mc.npv.title',
		labels: r.years.map(String),
		bands: scaleBands(r.npvDealCumulative, money),
		scenario: view ? alignYears(r.years, view, (y) => moneyValue(y.npvDealCumulative, currency, y.fx)) : null,
		yUnit: 'money',
		color: COLORS.deal
	};
}

/** A value's position on a histogram's bin axis (bin k is centred on k), or null outside its edges. */
export function binPosition(edges: number[], value: number): number | null {
	const lo = edges[0];
	const hi = edges[edges.length - 1];
	if (!(value >= lo && value <= hi)) return null;
	if (hi === lo) return 0;
	return ((value - lo) / (hi - lo)) * (edges.length - 1) - 0.5;
}

/** The histogram of the deal's NPV (money at the base year's rate), with zero and the scenario marked. */
export function npvHistogram(
	r: MonteCarloResult,
	money: (usdBn: number) => number,
	scenarioNpv: number | null
): HistogramChartSpec {
	const { edges, counts } = r.npvDeal.histogram;
	const centers = counts.map((_, k) => (edges[k] + edges[Math.min(k + 1, edges.length - 1)]) / 2);
	const guides: HistogramChartSpec['guides'] = [];
	const zero = binPosition(edges, 0);
	if (zero !== null) guides.push({ value: zero, labelKey: 'mc.zero', color: COLORS.ink });
	const own = scenarioNpv === null ? null : binPosition(edges.map(money), scenarioNpv);
	if (own !== null) guides.push({ value: own, labelKey: 'mc.scenario', color: COLORS.korea });
	const width = Math.abs(money(edges[edges.length - 1]) - money(edges[0])) / Math.max(1, counts.length);
	return {
		kind: 'histogram',
		id: 'mc-histogram',
		titleKey: 'mc.hist.title',
		centers: centers.map(money),
		loss: counts.map((n, k) => (centers[k] < 0 ? n : 0)),
		gain: counts.map((n, k) => (centers[k] < 0 ? 0 : n)),
		decimals: width >= 5 ? 0 : width >= 0.5 ? 1 : 2,
		guides
	};
}
