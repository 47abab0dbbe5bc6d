import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../../../src/lib/analysis/index';
import {
	PARAMS,
	convertDistribution,
	distributionIssue,
	paramOf,
	withParam
} from '../../../../src/lib/state/analysis/distributions';

const any = () => true;

describe('distribution parameters', () => {
	it('changes one parameter and keeps the rest', () => {
		const d: Distribution = { kind: 'triangular', low: 0, mode: 0.1, high: 0.26 };
		expect(withParam(d, 'mode', 0.18)).toEqual({ kind: 'triangular', low: 0, mode: 0.18, high: 0.26 });
		expect(paramOf(d, 'sd')).toBeUndefined();
		expect(PARAMS.triangular.map((p) => paramOf(d, p))).toEqual([0, 0.1, 0.26]);
	});
});

describe('switching the kind of a distribution', () => {
	it('keeps the centre and about the spread', () => {
		const normal: Distribution = { kind: 'normal', mean: 0.05, sd: 0.02 };
		expect(convertDistribution(normal, 'uniform')).toEqual({ kind: 'uniform', low: 0.01, high: 0.09 });
		expect(convertDistribution(normal, 'triangular')).toEqual({
			kind: 'triangular',
			low: 0.01,
			mode: 0.05,
			high: 0.09
		});
		const tri: Distribution = { kind: 'triangular', low: 0.0013, mode: 0.01, high: 0.03 };
		expect(convertDistribution(tri, 'normal')).toEqual({ kind: 'normal', mean: 0.01, sd: 0.007175 });
		expect(convertDistribution({ kind: 'uniform', low: -2.25, high: -0.75 }, 'normal')).toEqual({
			kind: 'normal',
			mean: -1.5,
			sd: 0.375
		});
	});

	it('is the same distribution when the kind does not change', () => {
		const d: Distribution = { kind: 'uniform', low: 1, high: 2 };
		expect(convertDistribution(d, 'uniform')).toBe(d);
	});
});

describe('what is wrong with a distribution', () => {
	it.each([
		[{ kind: 'normal', mean: 0.05, sd: 0.02 }, null],
		[{ kind: 'normal', mean: 0.05, sd: -0.01 }, 'mc.problem.sd'],
		[{ kind: 'normal', mean: NaN, sd: 0.01 }, 'mc.problem.number'],
		[{ kind: 'uniform', low: 2, high: 1 }, 'mc.problem.order'],
		[{ kind: 'triangular', low: 0, mode: 3, high: 2 }, 'mc.problem.order'],
		[{ kind: 'triangular', low: 0, mode: 1, high: 2 }, null]
	] as [Distribution, string | null][])('%j: %s', (d, issue) => {
		expect(distributionIssue(d, any)).toBe(issue);
	});

	it('names values the input does not accept', () => {
		const share = (x: number) => x >= 0 && x <= 1;
		expect(distributionIssue({ kind: 'uniform', low: 0.5, high: 1.2 }, share)).toBe('mc.problem.bounds');
		expect(distributionIssue({ kind: 'normal', mean: -0.1, sd: 0.1 }, share)).toBe('mc.problem.bounds');
	});
});
