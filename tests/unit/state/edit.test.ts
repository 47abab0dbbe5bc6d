import { describe, expect, it } from 'vitest';
import {
	MAX_CUSTOM_YEARS,
	MAX_SECTORS,
	MAX_TRANCHES,
	NAME_MAX,
	validateScenario,
	type ScenarioJson
} from '../../../src/lib/model/index';
import { presetById } from '../../../src/lib/presets/index';
import {
	SIGMA_DEFAULT,
	addCustomYear,
	addSector,
	addTranche,
	canAddCustomYear,
	canAddSector,
	canAddTranche,
	canRemoveCustomYear,
	duplicateTranche,
	pathKeys,
	removeCustomYear,
	removeSector,
	removeTranche,
	setAt,
	setCompetitors,
	setMode,
	setRisk,
	trancheValue
} from '../../../src/lib/state/edit';
import { cloneJson } from '../../../src/lib/state/json';

/** The MOU as the page holds it: two tranches (cash, capped at 20 a year; MASGA, even over 10 years), six sectors. */
function mou(): ScenarioJson {
	return cloneJson(presetById('mou-2025')!.scenario);
}

const names = (json: ScenarioJson) => json.tranches.map((t) => t.name);

describe('tranches: add, duplicate, remove', () => {
	it('an added tranche comes last, from the template, with the name given', () => {
		const json = mou();
		expect(addTranche(json, 'Tranche 3')).toBe(true);
		expect(names(json)).toEqual(['Strategic investment (cash)', 'Shipbuilding cooperation (MASGA)', 'Tranche 3']);
		expect(json.tranches[2]).toMatchObject({
			instrument: 'equity',
			amount: '50',
			schedule: { mode: 'cap', cap: '10' }
		});
		expect(validateScenario(json).ok).toBe(true);
	});

	it('never more tranches than the engine takes', () => {
		const json = mou();
		while (canAddTranche(json)) expect(addTranche(json, 'more')).toBe(true);
		expect(json.tranches).toHaveLength(MAX_TRANCHES);
		expect(addTranche(json, 'one too many')).toBe(false);
		expect(duplicateTranche(json, 0)).toBe(false);
		expect(json.tranches).toHaveLength(MAX_TRANCHES);
		expect(validateScenario(json).ok).toBe(true);
	});

	it.each([
		{ name: 'Cash', expected: 'Cash (2)' },
		{ name: '', expected: ' (2)' },
		{ name: 'x'.repeat(NAME_MAX - 4), expected: 'x'.repeat(NAME_MAX - 4) + ' (2)' },
		{ name: 'x'.repeat(NAME_MAX - 3), expected: 'x'.repeat(NAME_MAX - 3) + ' (2' },
		{ name: 'x'.repeat(NAME_MAX), expected: 'x'.repeat(NAME_MAX) }
	])('a copy of "$name" is named "$expected", within NAME_MAX', ({ name, expected }) => {
		const json = mou();
		json.tranches[0].name = name;
		expect(duplicateTranche(json, 0)).toBe(true);
		expect(json.tranches[1].name).toBe(expected);
		expect(json.tranches[1].name.length).toBeLessThanOrEqual(NAME_MAX);
	});

	it('a copy sits right after its original and is a copy, not the same object', () => {
		const json = mou();
		expect(duplicateTranche(json, 0)).toBe(true);
		expect(names(json)).toEqual([
			'Strategic investment (cash)',
			'Strategic investment (cash) (2)',
			'Shipbuilding cooperation (MASGA)'
		]);
		expect({ ...json.tranches[1], name: json.tranches[0].name }).toEqual(json.tranches[0]);
		json.tranches[1].schedule.cap = '5';
		expect(json.tranches[0].schedule.cap).toBe('20');
	});

	it('a new name is cut to NAME_MAX', () => {
		const json = mou();
		addTranche(json, 'y'.repeat(NAME_MAX + 10));
		expect(json.tranches[2].name).toBe('y'.repeat(NAME_MAX));
	});

	it('removing a tranche moves the later ones up one index', () => {
		const json = mou();
		addTranche(json, 'Third');
		expect(removeTranche(json, 1)).toBe(true);
		expect(names(json)).toEqual(['Strategic investment (cash)', 'Third']);
		expect(removeTranche(json, 0)).toBe(true);
		expect(names(json)).toEqual(['Third']);
	});

	it.each([{ k: -1 }, { k: 2 }, { k: 99 }])('no tranche at index $k: nothing to duplicate or remove', ({ k }) => {
		const json = mou();
		expect(duplicateTranche(json, k)).toBe(false);
		expect(removeTranche(json, k)).toBe(false);
		expect(json).toEqual(mou());
	});
});

describe('a tranche field left out reads as its default', () => {
	it.each([
		{ field: 'koreaLossShare' as const, given: undefined, expected: '1' },
		{ field: 'grace' as const, given: undefined, expected: '0' },
		{ field: 'tenor' as const, given: '7', expected: '7' },
		{ field: 'returnRate' as const, given: '0.05', expected: '0.05' }
	])('$field given $given reads $expected', ({ field, given, expected }) => {
		const t = mou().tranches[0];
		delete t[field];
		if (given !== undefined) t[field] = given;
		expect(trancheValue(t, field)).toBe(expected);
	});

	it('amount has no default', () => {
		const t = mou().tranches[0];
		delete t.amount;
		expect(trancheValue(t, 'amount')).toBeUndefined();
	});
});

describe('schedules: mode, fields, custom years', () => {
	it.each([
		{ mode: 'even' as const, expected: { mode: 'even', cap: '20', years: 10 } },
		{ mode: 'cap' as const, expected: { mode: 'cap', cap: '20' } },
		{ mode: 'custom' as const, expected: { mode: 'custom', cap: '20', amounts: ['40', '40', '40', '40', '40'] } },
		{ mode: 'formula' as const, expected: { mode: 'formula', cap: '20', expr: 'min(A / 10, 20)' } }
	])('switching the cash tranche (200, capped at 20) to $mode fills what $mode needs', ({ mode, expected }) => {
		const json = mou();
		expect(setMode(json, 0, mode)).toBe(true);
		expect(json.tranches[0].schedule).toEqual(expected);
	});

	it('switching back restores what the user had typed for that mode', () => {
		const json = mou();
		setMode(json, 0, 'custom');
		json.tranches[0].schedule.amounts = ['1', '2'];
		setMode(json, 0, 'cap');
		setMode(json, 0, 'custom');
		expect(json.tranches[0].schedule.amounts).toEqual(['1', '2']);
	});

	it('a custom year is added at the last amount, up to MAX_CUSTOM_YEARS', () => {
		const json = mou();
		setMode(json, 0, 'custom');
		json.tranches[0].schedule.amounts = ['10', '30'];
		expect(addCustomYear(json, 0)).toBe(true);
		expect(json.tranches[0].schedule.amounts).toEqual(['10', '30', '30']);
		while (canAddCustomYear(json.tranches[0].schedule)) expect(addCustomYear(json, 0)).toBe(true);
		expect(json.tranches[0].schedule.amounts).toHaveLength(MAX_CUSTOM_YEARS);
		expect(addCustomYear(json, 0)).toBe(false);
		expect(json.tranches[0].schedule.amounts).toHaveLength(MAX_CUSTOM_YEARS);
		expect(validateScenario(json).ok).toBe(true);
	});

	it('a custom year is removed from the end, and one year always stays', () => {
		const json = mou();
		setMode(json, 0, 'custom');
		json.tranches[0].schedule.amounts = ['10', '20', '30'];
		expect(removeCustomYear(json, 0)).toBe(true);
		expect(json.tranches[0].schedule.amounts).toEqual(['10', '20']);
		expect(removeCustomYear(json, 0)).toBe(true);
		expect(canRemoveCustomYear(json.tranches[0].schedule)).toBe(false);
		expect(removeCustomYear(json, 0)).toBe(false);
		expect(json.tranches[0].schedule.amounts).toEqual(['10']);
	});

	it('a schedule without amounts gets no custom year (validation reports it)', () => {
		const json = mou();
		expect(addCustomYear(json, 0)).toBe(false);
		expect(removeCustomYear(json, 0)).toBe(false);
		expect(addCustomYear(json, 5)).toBe(false);
		expect(json.tranches[0].schedule).toEqual({ mode: 'cap', cap: '20' });
	});
});

describe('sectors: add, remove', () => {
	it('an added sector comes last, from the template, and never more than the engine takes', () => {
		const json = mou();
		expect(addSector(json, 'Sector 7')).toBe(true);
		expect(json.trade.sectors[6]).toMatchObject({ name: 'Sector 7', exports0: '5', tariffDeal: '0.15' });
		while (canAddSector(json)) expect(addSector(json, 'more')).toBe(true);
		expect(json.trade.sectors).toHaveLength(MAX_SECTORS);
		expect(addSector(json, 'one too many')).toBe(false);
		expect(json.trade.sectors).toHaveLength(MAX_SECTORS);
		expect(validateScenario(json).ok).toBe(true);
	});

	it('removing a sector moves the later ones up one index', () => {
		const json = mou();
		expect(removeSector(json, 0)).toBe(true);
		expect(json.trade.sectors.map((s) => s.name).slice(0, 2)).toEqual(['Auto parts', 'Semiconductors']);
		expect(removeSector(json, 5)).toBe(false);
		expect(json.trade.sectors).toHaveLength(5);
	});
});

describe('deal risk and competitors', () => {
	it.each([
		{ key: 'hazard' as const, value: '0.1', expected: { hazard: '0.1', endYear: null, paymentsContinue: '1' } },
		{ key: 'endYear' as const, value: '2029', expected: { hazard: '0', endYear: '2029', paymentsContinue: '1' } },
		{ key: 'endYear' as const, value: null, expected: { hazard: '0', endYear: null, paymentsContinue: '1' } },
		{ key: 'paymentsContinue' as const, value: '0', expected: { hazard: '0', endYear: null, paymentsContinue: '0' } }
	])(
		'setting $key to $value on a scenario without deal risk fills the others with defaults',
		({ key, value, expected }) => {
			const json = mou();
			expect(setRisk(json, key, value)).toBe(true);
			expect(json.dealRisk).toEqual(expected);
		}
	);

	it('setting one deal-risk field keeps the others', () => {
		const json = mou();
		setRisk(json, 'hazard', '0.2');
		setRisk(json, 'endYear', '2030');
		setRisk(json, 'paymentsContinue', '0.5');
		expect(json.dealRisk).toEqual({ hazard: '0.2', endYear: '2030', paymentsContinue: '0.5' });
		setRisk(json, 'endYear', null);
		expect(json.dealRisk).toEqual({ hazard: '0.2', endYear: null, paymentsContinue: '0.5' });
	});

	it.each([
		{ sigma: undefined, expected: SIGMA_DEFAULT },
		{ sigma: '3.5', expected: '3.5' }
	])('competitors on at $sigma take a substitution elasticity of $expected', ({ sigma, expected }) => {
		const json = mou();
		setCompetitors(json, true, sigma);
		expect(json.trade.substitutionElasticity).toBe(expected);
		expect(SIGMA_DEFAULT).toBe('5');
	});

	it("competitors off drop the elasticity and every sector's share of US imports", () => {
		const json = mou();
		setCompetitors(json, true);
		json.trade.sectors[0].shareOfUsImports = '0.1';
		json.trade.sectors[2].shareOfUsImports = '0.2';
		setCompetitors(json, false);
		expect('substitutionElasticity' in json.trade).toBe(false);
		expect(json.trade.sectors.some((s) => 'shareOfUsImports' in s)).toBe(false);
	});
});

describe('a field set by its path', () => {
	it.each([
		{ path: 'startYear', keys: ['startYear'] },
		{ path: 'economy.gdp0', keys: ['economy', 'gdp0'] },
		{ path: 'tranches[1].amount', keys: ['tranches', 1, 'amount'] },
		{ path: 'tranches[0].schedule.amounts[12]', keys: ['tranches', 0, 'schedule', 'amounts', 12] },
		{ path: '', keys: null },
		{ path: 'economy..gdp0', keys: null },
		{ path: 'tranches[x].amount', keys: null },
		{ path: '[0]', keys: null },
		{ path: 'economy.constructor', keys: null },
		{ path: '__proto__.polluted', keys: null }
	])('$path has keys $keys', ({ path, keys }) => {
		expect(pathKeys(path)).toEqual(keys);
	});

	it.each([
		{ path: 'startYear', read: (j: ScenarioJson) => j.startYear },
		{ path: 'economy.gdp0', read: (j: ScenarioJson) => j.economy.gdp0 },
		{ path: 'economy.taxRatio', read: (j: ScenarioJson) => j.economy.taxRatio },
		{ path: 'trade.substitutionElasticity', read: (j: ScenarioJson) => j.trade.substitutionElasticity },
		{ path: 'tranches[1].returnRate', read: (j: ScenarioJson) => j.tranches[1].returnRate },
		{ path: 'tranches[0].schedule.cap', read: (j: ScenarioJson) => j.tranches[0].schedule.cap },
		{ path: 'tranches[1].schedule.delay', read: (j: ScenarioJson) => j.tranches[1].schedule.delay },
		{ path: 'tranches[1].schedule.years', read: (j: ScenarioJson) => j.tranches[1].schedule.years },
		{ path: 'tranches[0].continuationYears', read: (j: ScenarioJson) => j.tranches[0].continuationYears }
	])('$path is set, absent or not', ({ path, read }) => {
		const json = mou();
		expect(setAt(json, path, '7')).toBe(true);
		expect(read(json)).toBe('7');
	});

	it('an existing custom year is set; one past the end is not', () => {
		const json = mou();
		setMode(json, 0, 'custom');
		expect(setAt(json, 'tranches[0].schedule.amounts[4]', '1')).toBe(true);
		expect(json.tranches[0].schedule.amounts).toEqual(['40', '40', '40', '40', '1']);
		expect(setAt(json, 'tranches[0].schedule.amounts[5]', '1')).toBe(false);
		expect(json.tranches[0].schedule.amounts).toHaveLength(5);
	});

	it.each([
		{ path: 'dealRisk.hazard', why: 'the scenario has no deal risk' },
		{ path: 'tranches[1].schedule.amounts[0]', why: 'the schedule has no amounts' },
		{ path: 'tranches[2].amount', why: 'there is no third tranche' },
		{ path: 'tranches.amount', why: 'a list is indexed by number' },
		{ path: 'economy[0]', why: 'an object is not indexed by number' },
		{ path: 'startYear.x', why: 'a number has no fields' },
		{ path: 'constructor.name', why: 'not a field' },
		{ path: 'not a path', why: 'not a path' }
	])('$path is not set: $why', ({ path }) => {
		const json = mou();
		expect(setAt(json, path, '7')).toBe(false);
		expect(json).toEqual(mou());
	});
});
