import { describe, expect, it } from 'vitest';
import { project } from '../../../src/lib/analysis/engine';
import { leverById } from '../../../src/lib/analysis/leverList';
import {
	collectSamples,
	drawScenario,
	runMonteCarloSync,
	sampleDraws,
	splitDraws
} from '../../../src/lib/analysis/monteCarlo';
import { defaultMonteCarloConfig, type MonteCarloConfig } from '../../../src/lib/analysis/monteCarloConfig';
import {
	histogram,
	mergeSamples,
	percentile,
	summariseSamples,
	type DrawSamples
} from '../../../src/lib/analysis/monteCarloSummary';
import { fixture } from './scenarios';

const g = fixture('gyeongju');
const config = defaultMonteCarloConfig(g);
const DRAWS = 24;

function drain(steps: Generator<number, DrawSamples>): DrawSamples {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** Every input collapsed onto the scenario's own value. */
const collapsed: MonteCarloConfig = {
	inputs: config.inputs.map((input, k) => {
		const c = Number(leverById(input.lever).get(g));
		const distribution =
			k % 3 === 0
				? { kind: 'normal' as const, mean: c, sd: 0 }
				: k % 3 === 1
					? { kind: 'uniform' as const, low: c, high: c }
					: { kind: 'triangular' as const, low: c, mode: c, high: c };
		return { ...input, distribution };
	})
};

describe('Monte Carlo', () => {
	const run = runMonteCarloSync(g, config, { seed: 42, draws: DRAWS });

	it('gives the same bands for the same seed and different ones for another seed', () => {
		expect(runMonteCarloSync(g, config, { seed: 42, draws: DRAWS })).toEqual(run);
		const other = runMonteCarloSync(g, config, { seed: 43, draws: DRAWS });
		expect(other.npvDealCumulative.p50).not.toEqual(run.npvDealCumulative.p50);
		expect(other.npvDeal.mean).not.toBe(run.npvDeal.mean);
	});

	it('draws the inputs the config names, as decimal strings, and nothing else', () => {
		const s = drawScenario(g, config, 42, 0);
		for (const input of config.inputs) expect(leverById(input.lever).get(s)).toMatch(/^-?\d+(\.\d{1,6})?$/);
		expect(s.trade.sectors).toBe(g.trade.sectors);
		expect(s.tranches[1]).toBe(g.tranches[1]);
	});

	it('orders the percentiles and keeps the probability within [0, 1]', () => {
		for (const bands of [run.netExposureToGdp, run.npvDealCumulative]) {
			expect(bands.p50).toHaveLength(g.horizon as number);
			bands.p10.forEach((_, i) => {
				const row = [bands.p10[i], bands.p25[i], bands.p50[i], bands.p75[i], bands.p90[i]];
				row.slice(1).forEach((x, k) => expect(x).toBeGreaterThanOrEqual(row[k]));
			});
		}
		const p = run.npvDeal.probabilityNonNegative;
		expect(p).toBeGreaterThanOrEqual(0);
		expect(p).toBeLessThanOrEqual(1);
		expect(run.draws).toBe(DRAWS);
		expect(run.npvDeal.histogram.counts.reduce((a, b) => a + b, 0)).toBe(DRAWS);
		expect(run.years[0]).toBe(2026);
	});

	it('equals the deterministic result when every distribution collapses to a point', () => {
		const det = project(g);
		const r = runMonteCarloSync(g, collapsed, { seed: 9, draws: 5 });
		det.years.forEach((y, i) => {
			for (const key of ['p10', 'p25', 'p50', 'p75', 'p90'] as const) {
				expect(r.netExposureToGdp[key][i]).toBe(y.netExposureToGdp.toNumber());
				expect(r.npvDealCumulative[key][i]).toBe(y.npvDealCumulative.toNumber());
			}
		});
		expect(r.npvDeal.mean).toBe(det.summary.npvDeal.toString());
		expect(r.npvDeal.probabilityNonNegative).toBe(det.summary.npvDeal.gte(0) ? 1 : 0);
		expect(r.npvDeal.histogram.counts).toEqual([5]);
	});

	it('gives the same result however the draws are split into parts', () => {
		for (const n of [2, 3, 5]) {
			const parts = splitDraws(DRAWS, n).map(({ from, to }) =>
				drain(sampleDraws(g, config, { seed: 42, draws: DRAWS, from, to }))
			);
			expect(summariseSamples(mergeSamples(parts.reverse()), 42)).toEqual(run);
		}
	});

	it('runs in chunks with progress, and stops when told to', async () => {
		const progress: number[] = [];
		const samples = await collectSamples(
			g,
			config,
			{ seed: 42, draws: DRAWS },
			{
				chunk: 10,
				onProgress: (done) => progress.push(done)
			}
		);
		expect(samples && summariseSamples(mergeSamples([samples]), 42)).toEqual(run);
		expect(progress).toEqual([10, 20, DRAWS]);
		let checks = 0;
		const stopped = await collectSamples(
			g,
			config,
			{ seed: 42, draws: DRAWS },
			{
				chunk: 5,
				shouldStop: () => ++checks > 2
			}
		);
		expect(stopped).toBeNull();
	});

	it('refuses bad plans and configs with a message', () => {
		expect(() => runMonteCarloSync(g, config, { seed: 1.5, draws: 2 })).toThrow(/seed/);
		expect(() => runMonteCarloSync(g, config, { seed: 1, draws: 0 })).toThrow(/draws/);
		const bad: MonteCarloConfig = {
			inputs: [{ lever: 'trade.elasticity', distribution: { kind: 'uniform', low: -1, high: 1 } }]
		};
		expect(() => runMonteCarloSync(g, bad, { seed: 1, draws: 2 })).toThrow(/trade.elasticity/);
	});
});

describe('Monte Carlo summaries', () => {
	it('take nearest-rank percentiles', () => {
		const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
		expect([10, 25, 50, 75, 90].map((p) => percentile(xs, p))).toEqual([1, 3, 5, 8, 9]);
		expect(percentile([4], 10)).toBe(4);
	});

	it('bin every value, the largest in the last bin', () => {
		const h = histogram([0, 1, 2, 3, 4], 4);
		expect(h.edges).toEqual([0, 1, 2, 3, 4]);
		expect(h.counts).toEqual([1, 1, 1, 2]);
	});
});
