/**
 * What the verdict hinges on: switching values on scenarios where the answer is known by
 * hand, the direction of the turn, and the sentence the page builds from them.
 */
import { describe, expect, it } from 'vitest';
import { hinges, HAZARD_SPEC, type Hinges } from '../../../src/lib/analysis/hinges';
import { DEFAULT_TORNADO_SPECS } from '../../../src/lib/analysis/tornadoRanges';
import { Decimal, type ScenarioJson } from '../../../src/lib/model/index';
import { presetById } from '../../../src/lib/presets/index';
import { hingeSentence } from '../../../src/lib/state/verdict';

/**
 * $10bn paid at the start, nothing back (return 0, loss 0); one sector of $10bn exports,
 * elasticity -1, nothing absorbed, value added 1, so cost(tau) = 10 tau / (1 + tau); no
 * discounting. npvDeal = -10 + H * (cost(0.25) - cost(tauDeal)) * S-weights.
 */
function handScenario(horizon: number, tariffDeal: string): ScenarioJson {
	return {
		version: 2,
		startYear: 2026,
		horizon,
		discountRate: '0',
		economy: {
			gdp0: '2000',
			realGrowth: '0',
			inflation: '0',
			fx0: '1400',
			fxDrift: '0',
			reserves0: '400',
			reservesGrowth: '0'
		},
		tranches: [
			{
				name: 'Fund',
				instrument: 'equity',
				amount: '10',
				schedule: { mode: 'upfront' },
				returnRate: '0',
				lossRate: '0'
			}
		],
		trade: {
			elasticity: '-1',
			exporterAbsorption: '0',
			valueAddedShare: '1',
			sectors: [{ name: 'All', exports0: '10', growth: '0', tariffBaseline: '0', tariffNoDeal: '0.25', tariffDeal }]
		}
	};
}

const tariffSpec = DEFAULT_TORNADO_SPECS.filter((s) => s.lever === 'trade.sectors[*].tariffDeal');

describe('switching values where the answer is known', () => {
	it('the tariff under the deal: 10 years at cost(0.25) - cost(t) = 1 a year, so t/(1+t) = 0.1, t = 1/9', () => {
		// cost(0.25) = 2; the deal pays when 10 * (2 - cost(t)) >= 10, i.e. cost(t) <= 1.
		const h = hinges(handScenario(10, '0.05'), {}, 3, tariffSpec);
		expect(h.sign).toBe(1);
		expect(h.hinges).toHaveLength(1);
		const [tariff] = h.hinges;
		expect(tariff.lever).toBe('trade.sectors[*].tariffDeal');
		expect(tariff.direction).toBe('above');
		expect(new Decimal(tariff.value).minus(new Decimal(1).div(9)).abs().lt('1e-6')).toBe(true);
	});

	it('the yearly chance that the terms end: two years, benefit b(1 + (1 - h)) = 10 with b = 5.6 gives h = 0.2142857...', () => {
		// tariffDeal 0 (cost 0): b = cost(0.25) = 2 per $10bn... scaled: exports 28 give b = 5.6.
		const s = handScenario(2, '0');
		s.trade.sectors[0].exports0 = '28';
		const h = hinges(s, {}, 3, [HAZARD_SPEC]);
		expect(h.sign).toBe(1);
		const [hazard] = h.hinges;
		expect(hazard.lever).toBe('dealRisk.hazard');
		expect(hazard.direction).toBe('above');
		// 5.6 * (2 - h) = 10  =>  h = 2 - 10/5.6 = 0.2142857142...
		expect(
			new Decimal(hazard.value)
				.minus(new Decimal(2).minus(new Decimal(10).div('5.6')))
				.abs()
				.lt('1e-6')
		).toBe(true);
	});

	it('a losing deal turns positive when the tariff under the deal falls below its switching value', () => {
		const h = hinges(handScenario(10, '0.2'), {}, 3, tariffSpec);
		expect(h.sign).toBe(-1);
		expect(h.hinges[0].direction).toBe('below');
		expect(new Decimal(h.hinges[0].value).minus(new Decimal(1).div(9)).abs().lt('1e-6')).toBe(true);
	});

	it('an input whose range cannot turn the verdict is not a hinge', () => {
		// No tariff gap at all and nothing paid back: no hazard can make the deal pay.
		const s = handScenario(10, '0.25');
		expect(hinges(s, {}, 3, [HAZARD_SPEC]).hinges).toEqual([]);
	});

	it('on the Nov 2025 MOU: at most three, largest swing first, each on the side that turns it', () => {
		const mou = presetById('mou-2025')!.scenario as ScenarioJson;
		const h = hinges(mou);
		expect(h.sign).toBe(1);
		expect(h.hinges.length).toBeGreaterThan(0);
		expect(h.hinges.length).toBeLessThanOrEqual(3);
		const swings = h.hinges.map((x) => new Decimal(x.swing));
		for (let k = 1; k < swings.length; k++) expect(swings[k].lte(swings[k - 1])).toBe(true);
		for (const x of h.hinges)
			expect(x.direction === 'above' ? new Decimal(x.value).gt(x.current) : new Decimal(x.value).lt(x.current)).toBe(
				true
			);
	});
});

describe('the sentence', () => {
	const h: Hinges = {
		sign: 1,
		hinges: [
			{
				lever: 'discountRate',
				labelKey: 'field.discountRate',
				unit: 'fraction',
				current: '0.04',
				value: '0.0423',
				direction: 'above',
				swing: '50'
			},
			{
				lever: 'trade.elasticity',
				labelKey: 'field.elasticity',
				unit: 'number',
				current: '-1.75',
				value: '-1.68',
				direction: 'above',
				swing: '40'
			},
			{
				lever: 'dealRisk.hazard',
				labelKey: 'field.hazard',
				unit: 'fraction',
				current: '0',
				value: '0.0024',
				direction: 'above',
				swing: '30'
			}
		]
	};

	it('reads as the issue asks, in English', () => {
		expect(hingeSentence(h, 'en')).toBe(
			"It turns negative if the discount rate is above 4.2%, or if the elasticity is weaker than -1.68, or if the deal's tariff terms have more than a 0.24% yearly chance of ending."
		);
	});

	it('puts no "the" before a possessive label, and lower-cases no proper name', () => {
		const share = {
			lever: 'tranches[0].koreaShareBeforeRecoup',
			labelKey: 'field.koreaShareBeforeRecoup',
			unit: 'fraction',
			current: '0.5',
			value: '0.317',
			direction: 'below',
			swing: '12'
		} as const;
		expect(hingeSentence({ sign: 1, hinges: [h.hinges[0], share] }, 'en')).toBe(
			"It turns negative if the discount rate is above 4.2%, or if Korea's share until recouped is below 31.7%."
		);
	});

	it('and in Korean, with no English word', () => {
		const ko = hingeSentence(h, 'ko');
		expect(ko).toContain('결론이 손실로 바뀝니다');
		expect(ko).not.toMatch(/[A-Za-z]{3,}/);
	});

	it('says when nothing in range turns it, and nothing when the deal is exactly even', () => {
		expect(hingeSentence({ sign: -1, hinges: [] }, 'en')).toMatch(/No single input/);
		expect(hingeSentence({ sign: 0, hinges: [] }, 'en')).toBe('');
	});
});
