import { describe, expect, it } from 'vitest';
import { gridValues, npvFrontier } from '../../../src/lib/analysis/frontier';
import { leverById } from '../../../src/lib/analysis/leverList';
import { Decimal } from '../../../src/lib/model/index';
import { fixture, recoupYear } from './scenarios';

const share = leverById('tranches[0].koreaShareAfterRecoup');
const discount = leverById('discountRate');

describe('break-even frontier', () => {
	it('spaces grid values evenly, ends included', () => {
		expect(gridValues({ min: '0', max: '1' }, 5).map(String)).toEqual(['0', '0.25', '0.5', '0.75', '1']);
		expect(() => gridValues({ min: '0', max: '1' }, 1)).toThrow();
	});

	it('finds, for each discount rate, the share after recoup where the NPV crosses zero (s2 = d / (r - l))', () => {
		// r - l = 0.2: the crossing is 5 d, beyond the range (null) once d > 0.2.
		const s = recoupYear('0.3', '0.1', '0.05');
		for (const bisect of [false, true]) {
			const f = npvFrontier(s, discount, share, {
				steps: [4, 5],
				range1: { min: '0.02', max: '0.26' },
				bisect
			});
			expect(f.values1).toEqual(['0.02', '0.1', '0.18', '0.26']);
			expect(f.npv).toHaveLength(4);
			expect(f.npv[0]).toHaveLength(5);
			const expected = ['0.1', '0.5', '0.9', null];
			f.crossing.forEach((c, i) => {
				if (expected[i] === null) expect(c).toBeNull();
				else
					expect(
						new Decimal(c ?? 'NaN')
							.minus(expected[i] as string)
							.abs()
							.lte('1e-6')
					).toBe(true);
			});
		}
	});

	it('maps the annual cap against the profit split on the default scenario', () => {
		const g = fixture('gyeongju');
		const progress: number[] = [];
		const cap = leverById('tranches[0].schedule.cap');
		const before = leverById('tranches[0].koreaShareBeforeRecoup');
		const f = npvFrontier(g, cap, before, { steps: [3, 3], onProgress: (done) => progress.push(done) });
		expect(progress).toEqual([1, 2, 3]);
		expect(f.lever1).toBe('tranches[0].schedule.cap');
		// A larger share before recoup is worth more to Korea at every cap.
		f.npv.forEach((row) => expect(new Decimal(row[2]).gt(row[0])).toBe(true));
	});
});
