import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project } from '../../../src/lib/analysis/engine';
import { LEVERS, leverById, leversFor } from '../../../src/lib/analysis/leverList';
import { decimalText, tariffDealLever } from '../../../src/lib/analysis/levers';
import { Decimal, validateScenario, type ScenarioJson } from '../../../src/lib/model/index';
import { fixture } from './scenarios';

function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null) {
		Object.values(value).forEach(deepFreeze);
		Object.freeze(value);
	}
	return value;
}

const gyeongju = fixture('gyeongju');

describe('levers', () => {
	it('reads the default scenario as decimal strings', () => {
		const values = Object.fromEntries(LEVERS.map((l) => [l.id, l.get(gyeongju)]));
		expect(values).toMatchObject({
			'tranches[0].koreaShareAfterRecoup': '0.1',
			'tranches[0].returnRate': '0.06',
			'tranches[0].schedule.cap': '20',
			'trade.sectors[*].tariffDeal': '0.15',
			'trade.elasticity': '-1.75',
			discountRate: '0.04'
		});
	});

	it('keep every range inside what the model accepts, and min <= max', () => {
		for (const l of LEVERS) {
			const [min, max] = [new Decimal(l.range.min), new Decimal(l.range.max)];
			expect(min.lte(max), l.id).toBe(true);
			for (const x of [min, max]) {
				const v = validateScenario(l.set(gyeongju, x.toString()));
				expect(v.ok, `${l.id} = ${x.toString()}`).toBe(true);
			}
		}
	});

	it('set returns a new scenario, leaves the old one alone, and get reads back the value', () => {
		const frozen = deepFreeze(structuredClone(gyeongju));
		fc.assert(
			fc.property(fc.constantFrom(...LEVERS), fc.integer({ min: 0, max: 1000 }), (lever, k) => {
				const [min, max] = [new Decimal(lever.range.min), new Decimal(lever.range.max)];
				const value = min.plus(max.minus(min).times(k).div(1000)).toDecimalPlaces(6).toString();
				const next = lever.set(frozen, value);
				expect(next).not.toBe(frozen);
				expect(lever.get(next)).toBe(decimalText(value));
				expect(frozen).toEqual(gyeongju);
			}),
			{ numRuns: 200 }
		);
	});

	it('are found again by their id', () => {
		for (const l of leversFor(gyeongju)) expect(leverById(l.id).id).toBe(l.id);
		expect(leverById('tranches[1].lossRate').get(gyeongju)).toBe('0.005');
		expect(() => leverById('trade.sectors[0].name')).toThrow(/not a lever/);
	});

	it('apply only where the instrument reads the field', () => {
		const ids = leversFor(gyeongju).map((l) => l.id);
		expect(ids).toContain('tranches[0].koreaShareAfterRecoup');
		expect(ids).not.toContain('tranches[1].koreaShareAfterRecoup'); // a guarantee has no profit split
		expect(ids).not.toContain('tranches[1].schedule.cap'); // paid evenly, not by a cap
		expect(() => leverById('tranches[1].schedule.cap').get(gyeongju)).toThrow(/does not apply/);
	});

	it('the deal tariff moves only the sectors the deal covers', () => {
		const next = tariffDealLever.set(gyeongju, '0.2');
		const tariffs = next.trade.sectors.map((s) => [s.name, s.tariffDeal]);
		expect(tariffs).toEqual([
			['Passenger cars', '0.2'],
			['Auto parts', '0.2'],
			['Semiconductors', '0'],
			['General machinery', '0.2'],
			['Steel and aluminium', '0.5'],
			['Other goods', '0.2']
		]);
	});

	it('a higher annual cap brings the peak exposure earlier', () => {
		const cap = leverById('tranches[0].schedule.cap');
		const peakYear = (s: ScenarioJson) => project(s).summary.peakNetExposureYear;
		expect(peakYear(cap.set(gyeongju, '40'))).toBeLessThanOrEqual(peakYear(gyeongju));
	});
});
