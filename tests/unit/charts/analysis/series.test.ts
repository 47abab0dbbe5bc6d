import { describe, expect, it } from 'vitest';
import type { MonteCarloResult, NpvFrontier, Tornado } from '../../../../src/lib/analysis/index';
import { leverById, npvFrontier, runMonteCarloSync, defaultMonteCarloConfig } from '../../../../src/lib/analysis/index';
import {
	alignYears,
	binPosition,
	exposureFan,
	frontierChart,
	missingCrossings,
	npvFan,
	npvHistogram,
	payoffSide,
	scaleBands,
	tornadoChart,
	wrapLabel
} from '../../../../src/lib/charts/analysis/series';
import { COLORS } from '../../../../src/lib/charts/theme';
import { simulate, validateScenario, type Unit } from '../../../../src/lib/model/index';
import { shownNumber } from '../../../../src/lib/state/units';
import { toView, type ProjectionView } from '../../../../src/lib/state/view';
import { fixture } from '../../analysis/scenarios';

const gyeongju = fixture('gyeongju');

function viewOf(json = gyeongju): ProjectionView {
	const v = validateScenario(json);
	if (!v.ok) throw new Error('fixture does not validate');
	return toView(simulate(v.scenario));
}

/** A frontier by hand: NPV rising with lever 2 in every column but the first. */
/** The two levers' values as their controls show them, as the Frontier component passes them. */
const shownIn = (u1: Unit, u2: Unit): [(v: string) => number, (v: string) => number] => [
	(v) => shownNumber(u1, v),
	(v) => shownNumber(u2, v)
];

const frontier: NpvFrontier = {
	lever1: 'tranches[0].schedule.cap',
	lever2: 'tranches[0].koreaShareBeforeRecoup',
	values1: ['10', '20', '30'],
	values2: ['0', '0.5', '1'],
	npv: [
		['-3', '-2', '-1'],
		['-2', '1', '4'],
		['-1', '0', '2']
	],
	crossing: [null, '0.3333', '0.5']
};

/** A run of 4 draws over 3 years, by hand. */
const run: MonteCarloResult = {
	seed: 7,
	draws: 4,
	years: [2026, 2027, 2028],
	netExposureToGdp: {
		p10: [0.01, 0.02, 0.03],
		p25: [0.015, 0.025, 0.035],
		p50: [0.02, 0.03, 0.04],
		p75: [0.025, 0.035, 0.045],
		p90: [0.03, 0.04, 0.05]
	},
	npvDealCumulative: {
		p10: [-10, -20, -30],
		p25: [-8, -15, -20],
		p50: [-5, -10, -12],
		p75: [-2, -5, -4],
		p90: [0, 0, 5]
	},
	npvDeal: {
		histogram: { edges: [-30, -20, -10, 0, 10], counts: [1, 1, 1, 1] },
		nonNegative: 1,
		probabilityNonNegative: 0.25,
		mean: '-10',
		percentiles: { p10: -30, p25: -25, p50: -15, p75: -5, p90: 5 }
	}
};

describe('tornadoChart', () => {
	const t: Tornado = {
		metric: 'npvDeal',
		base: '2',
		skipped: [],
		bars: [
			{
				lever: 'a',
				labelKey: 'field.a',
				current: '1',
				low: '0',
				high: '2',
				atLow: '-8',
				atHigh: '12',
				swing: '20'
			},
			{
				lever: 'b',
				labelKey: 'field.b',
				current: '1',
				low: '0',
				high: '2',
				atLow: '5',
				atHigh: '1',
				swing: '4'
			}
		]
	};

	it('draws every bar from the scenario value to the value at each end, in the order given', () => {
		const spec = tornadoChart(t, ['A', 'B'], (x) => x);
		expect(spec.base).toBe(2);
		expect(spec.labels).toEqual(['A', 'B']);
		expect(spec.low).toEqual([
			[2, -8],
			[2, 5]
		]);
		expect(spec.high).toEqual([
			[2, 12],
			[2, 1]
		]);
	});

	it('converts every value with the money function (won at the base rate)', () => {
		const spec = tornadoChart(t, ['A', 'B'], (x) => x * 1.4);
		expect(spec.base).toBeCloseTo(2.8);
		expect(spec.high[0][1]).toBeCloseTo(16.8);
	});
});

describe('wrapLabel', () => {
	it.each([
		['Tariff, deal', 22, ['Tariff, deal']],
		['Tariff absorbed by Korean exporters', 22, ['Tariff absorbed by', 'Korean exporters']],
		['Deemed interest on what is owed', 10, ['Deemed', 'interest', 'on what is', 'owed']],
		['Supercalifragilistic word', 5, ['Supercalifragilistic', 'word']],
		['', 10, ['']]
	])('%s at %i characters', (text, width, lines) => {
		expect(wrapLabel(text, width)).toEqual(lines);
	});
});

describe('the break-even frontier', () => {
	it('puts the payoff side above the line when the NPV rises with lever 2', () => {
		expect(payoffSide(frontier)).toBe('above');
		const falling = { ...frontier, npv: frontier.npv.map((row) => [...row].reverse()) };
		expect(payoffSide(falling)).toBe('below');
	});

	it('has no payoff side when nothing crosses', () => {
		expect(payoffSide({ ...frontier, crossing: [null, null, null] })).toBeNull();
	});

	it('lists the values of lever 1 without a crossing', () => {
		expect(missingCrossings(frontier)).toEqual(['10']);
	});

	it('shows fractions in percent, leaves gaps where nothing crosses, and marks the scenario', () => {
		const spec = frontierChart(frontier, shownIn('usdBn', 'fraction'), ['20', '0.5'], ['Cap ($bn)', 'Share (%)']);
		expect(spec.line).toEqual([
			{ x: 10, y: null },
			{ x: 20, y: 33.33 },
			{ x: 30, y: 50 }
		]);
		expect(spec.current).toEqual({ x: 20, y: 50 });
		expect(spec.x).toEqual({ min: 10, max: 30 });
		expect(spec.y).toEqual({ min: 0, max: 100 });
		expect(spec.payoff).toBe('above');
		expect([spec.xTitle, spec.yTitle]).toEqual(['Cap ($bn)', 'Share (%)']);
	});

	it('on the default scenario: the cap and the share until recouped break even on a rising line', () => {
		const f = npvFrontier(
			gyeongju,
			leverById('tranches[0].schedule.cap'),
			leverById('tranches[0].koreaShareBeforeRecoup'),
			{
				steps: [4, 5]
			}
		);
		const spec = frontierChart(f, shownIn('usdBn', 'fraction'), ['20', '0.5'], ['x', 'y']);
		expect(spec.line).toHaveLength(4);
		expect(spec.payoff).toBe('above');
		for (const p of spec.line) if (p.y !== null) expect(p.y).toBeGreaterThanOrEqual(0);
	});
});

describe('fan charts', () => {
	it('scales every band with the value and its year', () => {
		const scaled = scaleBands(run.npvDealCumulative, (v, i) => v * (i + 1));
		expect(scaled.p10).toEqual([-10, -40, -90]);
		expect(scaled.p90).toEqual([0, 0, 15]);
	});

	it('shows net exposure in percent of GDP, with the scenario on the same years', () => {
		const view = viewOf();
		const spec = exposureFan(run, view);
		expect(spec.labels).toEqual(['2026', '2027', '2028']);
		expect(spec.bands.p50).toEqual([2, 3, 4]);
		expect(spec.scenario).toEqual(view.years.slice(0, 3).map((y) => y.netExposureToGdp * 100));
		expect(spec.yUnit).toBe('percentGdp');
		expect(spec.color).toBe(COLORS.korea);
	});

	it('shows the running NPV in won at each year’s exchange rate', () => {
		const view = viewOf();
		const spec = npvFan(run, view, 'krw');
		view.years
			.slice(0, 3)
			.forEach((y, i) => expect(spec.bands.p50[i]).toBeCloseTo((run.npvDealCumulative.p50[i] * y.fx) / 1000));
		expect(npvFan(run, view, 'usd').bands).toEqual(run.npvDealCumulative);
	});

	it('leaves gaps where the scenario has no such year, and no scenario line without a projection', () => {
		const view = viewOf();
		const later = alignYears([2024, 2026], view, (y) => y.year);
		expect(Number.isNaN(later[0])).toBe(true);
		expect(later[1]).toBe(2026);
		expect(exposureFan(run, null).scenario).toBeNull();
	});
});

describe('the histogram of the deal’s NPV', () => {
	it.each([
		[[0, 10], 0, -0.5],
		[[0, 10], 10, 0.5],
		[[-30, -20, -10, 0, 10], 0, 2.5],
		[[-30, -20, -10, 0, 10], -25, 0],
		[[0, 10], 11, null],
		[[5, 5], 5, 0]
	])('edges %j put %d at bin position %s', (edges, value, position) => {
		expect(binPosition(edges, value)).toBe(position);
	});

	it('splits the bins at zero, and marks zero and the scenario', () => {
		const spec = npvHistogram(run, (x) => x, -12);
		expect(spec.centers).toEqual([-25, -15, -5, 5]);
		expect(spec.loss).toEqual([1, 1, 1, 0]);
		expect(spec.gain).toEqual([0, 0, 0, 1]);
		expect(spec.guides.map((g) => [g.labelKey, g.value])).toEqual([
			['mc.zero', 2.5],
			['mc.scenario', 1.3]
		]);
		expect(spec.decimals).toBe(0);
	});

	it('leaves out a marker outside the bins', () => {
		expect(npvHistogram(run, (x) => x, 99).guides.map((g) => g.labelKey)).toEqual(['mc.zero']);
	});

	it('keeps every draw of a real run, and the probability matches the bins', () => {
		const config = defaultMonteCarloConfig(gyeongju);
		const r = runMonteCarloSync(gyeongju, config, { seed: 1, draws: 60 });
		const spec = npvHistogram(r, (x) => x, null);
		const total = [...spec.loss, ...spec.gain].reduce((a, b) => a + b, 0);
		expect(total).toBe(60);
		// Bins are split by their centre, so at most the draws of the bin holding zero move sides.
		const zeroBin = Math.max(0, Math.floor(binPosition(r.npvDeal.histogram.edges, 0) ?? 0));
		const gain = spec.gain.reduce((a, b) => a + b, 0);
		expect(Math.abs(gain - r.npvDeal.nonNegative)).toBeLessThanOrEqual(r.npvDeal.histogram.counts[zeroBin] ?? 0);
	});
});
