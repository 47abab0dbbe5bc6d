import { describe, expect, it } from 'vitest';
import type { ScenarioJson } from '../../../src/lib/model/index';
import { DEFAULT_PRESET_ID, PRESETS, presetById, sourceFor, type Preset } from '../../../src/lib/presets/index';
import { lazyPreset } from '../../../src/lib/presets/types';
import gyeongju from '../../fixtures/gyeongju.json';
import { run } from '../model/run';

describe('presets', () => {
	it('have unique ids, the MOU first and the default', () => {
		const ids = PRESETS.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		// The page opens on the first preset (the signed MOU, or a newer one that supersedes it).
		expect(ids[0]).toBe(DEFAULT_PRESET_ID);
		for (const id of ['mou-2025', 'us-demand-2025-09', 'korea-proposal-2025-08', 'japan-style'])
			expect(ids).toContain(id);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
	});

	it('have a title and a description in English and in Korean', () => {
		for (const p of PRESETS) {
			for (const text of [p.title.en, p.title.ko, p.description.en, p.description.ko]) expect(text.trim()).not.toBe('');
			expect(p.title.ko).toMatch(/[\uac00-\ud7a3]/);
			expect(p.description.ko).toMatch(/[\uac00-\ud7a3]/);
			expect(p.title.en.length).toBeLessThanOrEqual(40);
			expect((p.scenario.name ?? '').length).toBeLessThanOrEqual(80);
		}
	});

	it('the Nov 2025 MOU is exactly tests/fixtures/gyeongju.json', () => {
		expect(presetById('mou-2025')?.scenario).toEqual(gyeongju);
	});

	// Every preset validating to finite results, and its sources, are checked for all presets in presets-v2.test.ts.

	it('are frozen: a page must copy one before editing it', () => {
		const p = presetById('mou-2025') as Preset;
		expect(Object.isFrozen(p.scenario.tranches[0].schedule)).toBe(true);
		expect(() => {
			(p.scenario as { horizon: number }).horizon = 3;
		}).toThrow();
		const copy = structuredClone(p.scenario);
		copy.horizon = 3;
		expect(p.scenario.horizon).toBe(20);
	});

	it('build their scenario and sources once, when first read, and freeze them', () => {
		let builds = 0;
		const built = {
			scenario: structuredClone(gyeongju) as ScenarioJson,
			sources: { horizon: { label: 'x', date: '2025-11' } }
		};
		const p = lazyPreset(
			{ id: 'lazy', title: { en: 'Lazy', ko: '지연' }, description: { en: 'Lazy', ko: '지연' } },
			() => (builds++, built)
		);
		expect(builds).toBe(0);
		expect(p.id).toBe('lazy');
		expect(Object.isFrozen(p) && Object.isFrozen(p.title)).toBe(true);
		expect(builds).toBe(0);
		expect(p.sources.horizon.label).toBe('x');
		expect(p.scenario).toBe(p.scenario);
		expect(builds).toBe(1);
		expect(Object.isFrozen(p.scenario.tranches[1]) && Object.isFrozen(p.sources.horizon)).toBe(true);
		// A copy (a spread, structuredClone, JSON) carries the built values.
		expect({ ...p }.scenario).toEqual(gyeongju);
		expect(structuredClone(p).sources).toEqual(built.sources);
		expect(JSON.parse(JSON.stringify(p)).scenario).toEqual(gyeongju);
		expect(builds).toBe(1);
	});
});

describe('presetById and sourceFor', () => {
	it('find nothing for unknown ids and paths, whatever they are', () => {
		for (const id of ['', 'nope', '__proto__', 'constructor', 'toString']) expect(presetById(id)).toBeUndefined();
		const mou = presetById('mou-2025') as Preset;
		for (const path of ['', 'nope', '__proto__', 'constructor', 'tranches[9].amount', 'economy'])
			expect(sourceFor(mou, path)).toBeUndefined();
		expect(sourceFor(mou, 'economy.gdp0')?.date).toBe('2026-03-10');
		expect(sourceFor(mou, 'tranches[0].schedule.cap')?.label).toContain('20 bn');
	});

	it('an entry of a list falls back to the source of the list', () => {
		const p: Preset = {
			...(presetById('mou-2025') as Preset),
			sources: { 'tranches[0].schedule.amounts': { label: 'x', date: '2025-01' } }
		};
		expect(sourceFor(p, 'tranches[0].schedule.amounts[3]')?.label).toBe('x');
	});
});

describe('what the presets say about the deal', () => {
	const summaryOf = (id: string) => run((presetById(id) as Preset).scenario).summary;
	const sectors = (id: string) => (presetById(id)?.scenario as ScenarioJson).trade.sectors;

	it('the US demand is USD 350 bn of cash in three years with 10% for Korea from the first dollar', () => {
		const [t, ...rest] = (presetById('us-demand-2025-09') as Preset).scenario.tranches;
		expect(rest).toEqual([]);
		expect(t).toMatchObject({ instrument: 'equity', amount: '350', schedule: { mode: 'even', years: 3 } });
		expect(t).toMatchObject({ koreaShareBeforeRecoup: '0.1', koreaShareAfterRecoup: '0.1' });
		expect(summaryOf('us-demand-2025-09').disbursedTotal.minus(350).abs().lt('1e-30')).toBe(true);
	});

	it("Korea's proposal holds under 5% as equity, the rest as loans and guarantees", () => {
		const tranches = (presetById('korea-proposal-2025-08') as Preset).scenario.tranches;
		expect(tranches.map((t) => t.instrument)).toEqual(['equity', 'loan', 'guarantee']);
		expect(summaryOf('korea-proposal-2025-08').pledged.toString()).toBe('350');
		expect(Number(tranches[0].amount) / 350).toBeLessThanOrEqual(0.05);
	});

	it('Japan-style terms are all cash, with no annual cap, recouped with a deemed interest', () => {
		const [t] = (presetById('japan-style') as Preset).scenario.tranches;
		expect(t.schedule.mode).not.toBe('cap');
		expect(Number(t.recoupInterest)).toBeGreaterThan(0);
		expect(t).toMatchObject({ amount: '350', koreaShareBeforeRecoup: '0.5', koreaShareAfterRecoup: '0.1' });
	});

	it('with tariffs back at 25% the deal brings no tariff benefit at all', () => {
		for (const s of sectors('threat-2026-01')) expect(s.tariffDeal).toBe(s.tariffNoDeal);
		expect(summaryOf('threat-2026-01').npvTariffBenefit.isZero()).toBe(true);
	});

	it('after the court ruling only the cut on cars and parts is left, so the benefit shrinks', () => {
		const benefit = summaryOf('court-ruling-2026-02').npvTariffBenefit;
		expect(benefit.gt(0)).toBe(true);
		expect(benefit.lt(summaryOf('mou-2025').npvTariffBenefit)).toBe(true);
		const changed = sectors('court-ruling-2026-02').filter((s) => s.tariffDeal !== s.tariffNoDeal);
		expect(changed.map((s) => s.name)).toEqual(['Passenger cars', 'Auto parts']);
	});
});
