import { describe, expect, it } from 'vitest';
import { MAX_TARIFF_STEPS, rateAt, validateScenario, Decimal, type ScenarioJson } from '../../../src/lib/model/index';
import { presetById } from '../../../src/lib/presets/index';
import {
	addStep,
	canAddStep,
	ratesByYear,
	removeStep,
	setStep,
	stepsOf,
	toFlat
} from '../../../src/lib/state/tariffSteps';

describe('tariff steps: verbs over a sector tariff', () => {
	it('a rate becomes a path of one step from the first year, and back', () => {
		expect(stepsOf('0.15', 2026)).toEqual([{ from: 2026, rate: '0.15' }]);
		expect(
			toFlat([
				{ from: 2026, rate: '0.15' },
				{ from: 2029, rate: '0' }
			])
		).toBe('0.15');
		expect(toFlat('0.25')).toBe('0.25');
	});

	it('a new step starts a year after the last, at its rate, so nothing moves until it is edited', () => {
		const p = addStep('0.15', 2026);
		expect(p).toEqual([
			{ from: 2026, rate: '0.15' },
			{ from: 2027, rate: '0.15' }
		]);
		expect(ratesByYear(p, 2026, 3)).toEqual(['0.15', '0.15', '0.15']);
	});

	it('editing, removing: the last step left is a rate again', () => {
		let p = setStep(addStep('0.15', 2026), 1, 'rate', '0.25', 2026);
		expect(ratesByYear(p, 2025, 4)).toEqual(['0.15', '0.15', '0.25', '0.25']);
		p = setStep(p, 1, 'from', 2028, 2026);
		expect(ratesByYear(p, 2026, 3)).toEqual(['0.15', '0.15', '0.25']);
		expect(removeStep(p, 0, 2026)).toBe('0.25');
	});

	it('never more steps than the engine takes', () => {
		let p = addStep('0.1', 2026) as ReturnType<typeof addStep>;
		while (canAddStep(p)) p = addStep(p, 2026);
		expect(p).toHaveLength(MAX_TARIFF_STEPS);
		expect(addStep(p, 2026)).toHaveLength(MAX_TARIFF_STEPS);
	});

	it('the rates the editor draws are the ones the engine uses', () => {
		const mou = structuredClone(presetById('mou-2025')!.scenario) as ScenarioJson;
		const path = setStep(addStep(addStep('0.15', 2026), 2026), 2, 'from', 2030, 2026);
		const withRate = setStep(path, 2, 'rate', '0.05', 2026);
		mou.trade.sectors[0].tariffDeal = withRate;
		const v = validateScenario(mou);
		expect(v.ok).toBe(true);
		if (!v.ok) return;
		const drawn = ratesByYear(withRate, 2026, 20);
		drawn.forEach((rate, i) => {
			expect(new Decimal(rate).eq(rateAt(v.scenario.trade.sectors[0].tariffDeal, 2026 + i))).toBe(true);
		});
	});
});
