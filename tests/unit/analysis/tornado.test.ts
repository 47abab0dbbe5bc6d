import { describe, expect, it } from 'vitest';
import { project } from '../../../src/lib/analysis/engine';
import { leverById } from '../../../src/lib/analysis/leverList';
import { tornado } from '../../../src/lib/analysis/tornado';
import { DEFAULT_TORNADO_SPECS } from '../../../src/lib/analysis/tornadoRanges';
import { Decimal } from '../../../src/lib/model/index';
import { fixture, recoupYear } from './scenarios';

const gyeongju = fixture('gyeongju');

describe('tornado', () => {
	const t = tornado(gyeongju);

	it('has one bar per input, sorted by swing', () => {
		expect(t.bars).toHaveLength(DEFAULT_TORNADO_SPECS.length);
		expect(t.skipped).toEqual([]);
		const swings = t.bars.map((b) => new Decimal(b.swing));
		swings.slice(1).forEach((s, k) => expect(s.lte(swings[k])).toBe(true));
		expect(t.bars[0].lever).toBe('trade.sectors[*].tariffDeal');
	});

	it('simulates each end: the bar holds the NPV of the scenario with the input at that end', () => {
		expect(t.base).toBe(project(gyeongju).summary.npvDeal.toString());
		for (const bar of t.bars) {
			const lever = leverById(bar.lever);
			expect(project(lever.set(gyeongju, bar.low)).summary.npvDeal.toString()).toBe(bar.atLow);
			expect(project(lever.set(gyeongju, bar.high)).summary.npvDeal.toString()).toBe(bar.atHigh);
			expect(new Decimal(bar.atHigh).minus(bar.atLow).abs().toString()).toBe(bar.swing);
		}
	});

	it('uses the sourced ends, and spreads around the current value where the spec says so', () => {
		const elasticity = t.bars.find((b) => b.lever === 'trade.elasticity');
		expect(elasticity).toMatchObject({ low: '-2.25', high: '-0.76', current: '-1.75' });
		expect(t.bars.find((b) => b.lever === 'discountRate')).toMatchObject({ low: '0.02', high: '0.06' });
		// A lower discount rate raises the value of the tariff benefit, which outweighs the investment here.
		const d = t.bars.find((b) => b.lever === 'discountRate');
		expect(new Decimal(d?.atLow ?? 0).gt(d?.atHigh ?? 0)).toBe(true);
	});

	it('growth and the exchange rate move the peak exposure, not the NPV', () => {
		const byLever = (metric?: 'peakNetExposureToGdp') =>
			Object.fromEntries(tornado(gyeongju, { metric }).bars.map((b) => [b.lever, new Decimal(b.swing)]));
		expect(byLever()['economy.fxDrift'].isZero()).toBe(true);
		expect(byLever('peakNetExposureToGdp')['economy.fxDrift'].gt(0)).toBe(true);
	});

	it('leaves out inputs that do not apply', () => {
		const s = recoupYear('0.3', '0.1', '0.05');
		const r = tornado(s, { specs: DEFAULT_TORNADO_SPECS.filter((x) => x.lever !== 'trade.sectors[*].tariffDeal') });
		expect(r.skipped).toEqual([]);
		const noEquity = { ...s, tranches: [] };
		expect(tornado(noEquity).skipped).toContain('tranches[0].returnRate');
	});
});
