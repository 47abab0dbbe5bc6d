/**
 * Monte Carlo validates the scenario once and writes each draw's values into the
 * validated scenario (Lever.check, Lever.setValid). These tests hold that fast path to
 * the long way it replaced: project(drawScenario(...)), which validates every draw whole.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFormula, evaluateFormula } from '../../../src/lib/formula/index';
import { project, type EngineOptions } from '../../../src/lib/analysis/engine';
import { GLOBAL_LEVERS, leversFor } from '../../../src/lib/analysis/leverList';
import type { Lever } from '../../../src/lib/analysis/levers';
import { drawScenario, sampleDraws } from '../../../src/lib/analysis/monteCarlo';
import type { MonteCarloConfig } from '../../../src/lib/analysis/monteCarloConfig';
import type { DrawSamples } from '../../../src/lib/analysis/monteCarloSummary';
import { validateScenario, type Scenario, type ScenarioJson } from '../../../src/lib/model/index';
import { fixture } from './scenarios';

const ENGINE: EngineOptions = { checkFormula, evaluateFormula };

/** A fixture besides the two that scenarios.ts names. */
function load(name: 'v2-features' | 'loans-and-guarantees'): ScenarioJson {
	return JSON.parse(readFileSync(new URL(`../../fixtures/${name}.json`, import.meta.url), 'utf8')) as ScenarioJson;
}

/** The default scenario with its second tranche paid in by a formula (MC runs mathjs then). */
function withFormula(s: ScenarioJson): ScenarioJson {
	return {
		...s,
		tranches: s.tranches.map((t, k) => (k === 1 ? { ...t, schedule: { mode: 'formula', expr: 'A / H' } } : t))
	};
}

const SCENARIOS: Record<string, ScenarioJson> = {
	gyeongju: fixture('gyeongju'),
	toy: fixture('toy'),
	'v2-features': load('v2-features'),
	'loans-and-guarantees': load('loans-and-guarantees'),
	'gyeongju with a formula': withFormula(fixture('gyeongju'))
};

function valid(s: ScenarioJson): Scenario {
	const v = validateScenario(s, { checkFormula });
	if (!v.ok) throw new Error(v.problems.map((p) => p.message).join('\n'));
	return v.scenario;
}

/** Every lever that applies to s, each distinct one once. */
function leversOf(s: ScenarioJson): Lever[] {
	const all = [...leversFor(s), ...GLOBAL_LEVERS.filter((l) => l.applies(s))];
	return all.filter((l, k) => all.findIndex((m) => m.id === l.id) === k);
}

function drain(steps: Generator<number, DrawSamples>): DrawSamples {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** The samples the long way: validate and simulate each drawn scenario whole. */
function longWay(s: ScenarioJson, config: MonteCarloConfig, seed: number, draws: number) {
	const out = { npvDeal: [] as string[], netExposureToGdp: [] as number[][], npvDealCumulative: [] as number[][] };
	for (let k = 0; k < draws; k++) {
		const p = project(drawScenario(s, config, seed, k), ENGINE);
		out.npvDeal.push(p.summary.npvDeal.toString());
		out.netExposureToGdp.push(p.years.map((y) => y.netExposureToGdp.toNumber()));
		out.npvDealCumulative.push(p.years.map((y) => y.npvDealCumulative.toNumber()));
	}
	return out;
}

/** A config of some of the scenario's levers, each spread around its current value. */
function configOf(s: ScenarioJson) {
	const levers = leversOf(s);
	return fc
		.record({
			picks: fc.subarray(levers, { minLength: 1 }),
			spreads: fc.array(fc.double({ min: 0, max: 0.5, noNaN: true }), {
				minLength: levers.length,
				maxLength: levers.length
			}),
			kinds: fc.array(fc.constantFrom('normal', 'uniform', 'triangular'), {
				minLength: levers.length,
				maxLength: levers.length
			}),
			digits: fc.integer({ min: 2, max: 9 })
		})
		.map(({ picks, spreads, kinds, digits }): MonteCarloConfig => ({
			digits,
			inputs: picks.map((lever, k) => {
				const c = Number(lever.get(s));
				const sd = Math.max(Math.abs(c), 0.01) * spreads[k];
				// Uniform and triangular spreads stay on the side of c the bounds allow.
				const low = lever.bounds.min !== undefined && c - sd < Number(lever.bounds.min) ? c : c - sd;
				const high = lever.bounds.max !== undefined && c + sd > Number(lever.bounds.max) ? c : c + sd;
				const distribution =
					kinds[k] === 'normal'
						? { kind: 'normal' as const, mean: c, sd }
						: kinds[k] === 'uniform'
							? { kind: 'uniform' as const, low, high }
							: { kind: 'triangular' as const, low, mode: c, high };
				return { lever: lever.id, distribution };
			})
		}));
}

describe('Monte Carlo fast path', () => {
	for (const [name, s] of Object.entries(SCENARIOS)) {
		const base = valid(s);

		it(`writes a checked value as validating the edited document would (${name})`, () => {
			const levers = leversOf(s);
			fc.assert(
				fc.property(
					fc.constantFrom(...levers),
					fc.double({ min: -3, max: 3, noNaN: true }),
					fc.integer({ min: 0, max: 8 }),
					(lever, x, digits) => {
						const value = x.toFixed(digits);
						const checked = lever.check(value);
						const whole = validateScenario(lever.set(s, value), { checkFormula });
						expect(checked === null).toBe(!whole.ok);
						if (checked !== null && whole.ok) expect(lever.setValid(base, checked, s)).toEqual(whole.scenario);
					}
				),
				{ numRuns: 60 }
			);
		});

		it(`gives the same samples as validating and simulating every draw whole (${name})`, () => {
			fc.assert(
				fc.property(configOf(s), fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }), (config, seed) => {
					const draws = 3;
					const fast = drain(sampleDraws(s, config, { seed, draws }, { engine: ENGINE }));
					const slow = longWay(s, config, seed, draws);
					expect(fast.npvDeal).toEqual(slow.npvDeal);
					fast.years.forEach((_, i) => {
						expect(fast.netExposureToGdp[i]).toEqual(slow.netExposureToGdp.map((row) => row[i]));
						expect(fast.npvDealCumulative[i]).toEqual(slow.npvDealCumulative.map((row) => row[i]));
					});
				}),
				{ numRuns: 12 }
			);
		});
	}

	it('reads a missing short-run elasticity as the drawn long-run one, and keeps a given one', () => {
		const g = SCENARIOS.gyeongju;
		const v2 = SCENARIOS['v2-features'];
		const lever = leversOf(g).find((l) => l.id === 'trade.elasticity') as Lever;
		const drawn = lever.setValid(valid(g), lever.check('-1.5') as never, g);
		expect(drawn.trade.shortRunElasticity.toString()).toBe('-1.5');
		const kept = lever.setValid(valid(v2), lever.check('-1.5') as never, v2);
		expect(kept.trade.shortRunElasticity).toEqual(valid(v2).trade.shortRunElasticity);
	});

	it('fails a draw whose formula fails with the message the long way gives', () => {
		// The scenario runs (A = 100), every draw (A = 150) divides by zero.
		const s: ScenarioJson = {
			...SCENARIOS.gyeongju,
			tranches: SCENARIOS.gyeongju.tranches.map((t, k) =>
				k === 1 ? { ...t, amount: '100', schedule: { mode: 'formula', expr: '1 / (A - 150)' } } : t
			)
		};
		const config: MonteCarloConfig = {
			inputs: [{ lever: 'tranches[1].amount', distribution: { kind: 'uniform', low: 150, high: 150 } }]
		};
		expect(() => project(s, ENGINE)).not.toThrow();
		let expected = '';
		try {
			project(drawScenario(s, config, 7, 0), ENGINE);
		} catch (e) {
			expected = (e as Error).message;
		}
		expect(expected).not.toBe('');
		expect(() => drain(sampleDraws(s, config, { seed: 7, draws: 2 }, { engine: ENGINE }))).toThrow(expected);
	});
});
