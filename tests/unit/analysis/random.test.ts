import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distributionProblem, drawValue, type Distribution } from '../../../src/lib/analysis/distributions';
import { drawStream, sfc32, standardNormal, triangular } from '../../../src/lib/analysis/random';
import { Decimal } from '../../../src/lib/model/index';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('seeded random numbers', () => {
	it('sfc32 gives the same uniform numbers in [0, 1) for the same state', () => {
		const a = sfc32(1, 2, 3, 4);
		const b = sfc32(1, 2, 3, 4);
		const xs = Array.from({ length: 1000 }, a);
		expect(xs).toEqual(Array.from({ length: 1000 }, b));
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(Math.abs(mean(xs) - 0.5)).toBeLessThan(0.03);
	});

	it('gives each draw of a run its own stream', () => {
		const first = (seed: number, draw: number) => drawStream(seed, draw)();
		expect(first(7, 0)).toBe(first(7, 0));
		expect(first(7, 0)).not.toBe(first(7, 1));
		expect(first(7, 0)).not.toBe(first(8, 0));
	});

	it('draws normal and triangular numbers with the right centre', () => {
		const r = drawStream(1, 0);
		const normals = Array.from({ length: 4000 }, () => standardNormal(r));
		expect(Math.abs(mean(normals))).toBeLessThan(0.06);
		expect(Math.abs(mean(normals.map((x) => x * x)) - 1)).toBeLessThan(0.08);
		const tri = Array.from({ length: 4000 }, () => triangular(r, 0, 0.3, 1));
		expect(tri.every((x) => x >= 0 && x <= 1)).toBe(true);
		expect(Math.abs(mean(tri) - 1.3 / 3)).toBeLessThan(0.02);
	});
});

describe('drawn values', () => {
	const bounds = { min: '0', max: '1' };

	it('are short decimal strings within the field, however wide the normal', () => {
		fc.assert(
			fc.property(
				fc.integer(),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 2, noNaN: true }),
				(seed, m, sd) => {
					const v = drawValue({ kind: 'normal', mean: m, sd }, bounds, drawStream(seed, 0), 6);
					const d = new Decimal(v);
					expect(d.gte(0) && d.lte(1)).toBe(true);
					expect(d.decimalPlaces()).toBeLessThanOrEqual(6);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('are the point itself when a distribution collapses', () => {
		const r = drawStream(3, 3);
		const points: Distribution[] = [
			{ kind: 'normal', mean: 0.06, sd: 0 },
			{ kind: 'uniform', low: 0.06, high: 0.06 },
			{ kind: 'triangular', low: 0.06, mode: 0.06, high: 0.06 }
		];
		for (const d of points) expect(drawValue(d, bounds, r, 6)).toBe('0.06');
	});

	it('come from distributions that are checked first', () => {
		expect(distributionProblem({ kind: 'normal', mean: 0.1, sd: -1 }, bounds)).toMatch(/standard deviation/);
		expect(distributionProblem({ kind: 'uniform', low: 0.5, high: 0.2 }, bounds)).toMatch(/low/);
		expect(distributionProblem({ kind: 'triangular', low: 0, mode: 2, high: 1 }, bounds)).toMatch(/mode/);
		expect(distributionProblem({ kind: 'uniform', low: -1, high: 0.2 }, bounds)).toMatch(/accepts/);
		expect(distributionProblem({ kind: 'normal', mean: NaN, sd: 1 }, bounds)).toMatch(/finite/);
		expect(distributionProblem({ kind: 'triangular', low: 0, mode: 0.5, high: 1 }, bounds)).toBeNull();
	});
});
