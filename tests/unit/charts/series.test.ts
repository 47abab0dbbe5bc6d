import { describe, expect, it } from 'vitest';
import { CHART_IDS, chartSpec, onYears } from '../../../src/lib/charts/series';
import { COLORS } from '../../../src/lib/charts/theme';
import { simulate, validateScenario, type ScenarioJson } from '../../../src/lib/model/index';
import { toView, type ProjectionView } from '../../../src/lib/state/view';
import { fixture } from '../analysis/scenarios';

const gyeongju = fixture('gyeongju');

function viewOf(json: ScenarioJson): ProjectionView {
	const v = validateScenario(json);
	if (!v.ok) throw new Error('fixture does not validate');
	return toView(simulate(v.scenario));
}

const b = viewOf(gyeongju);
const start = b.startYear;
/** The pinned scenario A: a year earlier and two years shorter. */
const a = viewOf({ ...gyeongju, startYear: start - 1, horizon: Number(gyeongju.horizon) - 2 });

describe('a yearly series on other years', () => {
	it.each([
		{ args: [[2026, 2027, 2028], 2026, [1, 2, 3]], expected: [1, 2, 3] },
		{ args: [[2025, 2026, 2027], 2026, [1, 2]], expected: [NaN, 1, 2] },
		{ args: [[2027, 2028, 2029], 2026, [1, 2, 3]], expected: [2, 3, NaN] },
		{ args: [[2030], 2026, [1, 2]], expected: [NaN] },
		{ args: [[], 2026, [1]], expected: [] }
	] as { args: [number[], number, number[]]; expected: number[] }[])(
		'onYears($args.0, $args.1, $args.2) is $expected',
		({ args, expected }) => {
			expect(onYears(...args)).toEqual(expected);
		}
	);
});

describe('the spec of a chart', () => {
	it.each(CHART_IDS.map((id) => ({ id })))('$id: one label per year, every series on them', ({ id }) => {
		const spec = chartSpec(id, b, 'usd');
		expect(spec.id).toBe(id);
		expect(spec.titleKey).toBe(`chart.${id}.title`);
		expect(spec.labels).toEqual(b.years.map((y) => String(y.year)));
		for (const s of spec.series) {
			expect(s.scenario).toBe('B');
			expect(s.data).toHaveLength(b.years.length);
		}
		expect(spec.yUnit).toBe('money');
		expect(spec.y1Unit).toBe(id === 'cash' ? 'percentGdp' : undefined);
	});

	it('shows money in the chosen currency at each year’s exchange rate', () => {
		const usd = chartSpec('npv', b, 'usd').series[0].data;
		const krw = chartSpec('npv', b, 'krw').series[0].data;
		b.years.forEach((y, k) => expect(krw[k]).toBeCloseTo((usd[k] * y.fx) / 1000, 9));
	});

	it('puts A and B on the years of both, with gaps where one has no year, A dashed', () => {
		const spec = chartSpec('npv', b, 'usd', a);
		const years = [...new Set([...a.years, ...b.years].map((y) => y.year))].sort();
		expect(spec.labels).toEqual(years.map(String));
		const [own, pinned] = spec.series;
		expect(own.scenario).toBe('B');
		expect(own.data[0]).toBeNaN();
		expect(own.data.slice(1)).toEqual(chartSpec('npv', b, 'usd').series[0].data);
		expect(pinned).toMatchObject({ scenario: 'A', type: 'line', dashed: true, fill: false });
		expect(pinned.data.slice(0, a.years.length)).toEqual(chartSpec('npv', a, 'usd').series[0].data);
		expect(pinned.data.slice(a.years.length).every(Number.isNaN)).toBe(true);
	});

	it('marks the break-even and recoup years where they fall on the axis, and nothing on the others', () => {
		const at = (year: number | null) => (year === null ? [] : [String(year)]);
		const npv = chartSpec('npv', b, 'usd');
		expect(npv.markers.map((m) => npv.labels[m.index])).toEqual(at(b.summary.breakEvenYear));
		expect(npv.markers.every((m) => m.labelKey === 'chart.npv.breakEven' && m.color === COLORS.deal)).toBe(true);
		expect(b.summary.breakEvenYear).not.toBeNull();
		const toy = viewOf(fixture('toy'));
		expect(toy.summary.recoupYear).not.toBeNull();
		const dividends = chartSpec('dividends', toy, 'usd', a);
		expect(dividends.markers).toEqual([
			{
				index: dividends.labels.indexOf(String(toy.summary.recoupYear)),
				labelKey: 'chart.dividends.recoup',
				color: COLORS.korea
			}
		]);
		expect(chartSpec('dividends', b, 'usd').markers.map((m) => m.index)).toEqual(at(b.summary.recoupYear));
		expect(chartSpec('cash', b, 'usd').markers).toEqual([]);
		expect(chartSpec('tariff', b, 'usd').markers).toEqual([]);
	});
});
