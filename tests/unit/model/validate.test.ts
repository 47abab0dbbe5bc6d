/**
 * Validation (MODEL.md "Scenario JSON"): a scenario that breaks any range, type or
 * required field is rejected as a whole, one problem per broken rule, each naming its
 * field by its path; numbers may be JSON numbers or decimal strings; fields that do not
 * apply to an instrument are ignored; defaults are filled; nothing is clamped.
 */
import { describe, expect, it } from 'vitest';
import { checkFormula } from '../../../src/lib/formula/index';
import {
	Decimal,
	formatProblems,
	validateScenario,
	type Problem,
	type Scenario,
	type TrancheJson
} from '../../../src/lib/model/index';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break documents in every way
type Json = any;

/** A valid scenario with every instrument and schedule mode, and two sectors. */
function valid(): Json {
	return {
		version: 1,
		name: 'Every rule',
		startYear: 2026,
		horizon: 10,
		discountRate: '0.04',
		economy: {
			gdp0: '2557',
			realGrowth: '0.018',
			inflation: '0.018',
			fx0: '1430',
			fxDrift: '0',
			reserves0: '428',
			reservesGrowth: '0'
		},
		tranches: [
			{
				name: 'Equity',
				instrument: 'equity',
				amount: '100',
				schedule: { mode: 'cap', cap: '20' },
				returnRate: '0.06',
				lossRate: '0.01'
			},
			{
				name: 'Loan',
				instrument: 'loan',
				amount: '50',
				schedule: { mode: 'even', years: 5, delay: 1 },
				returnRate: '0.05',
				lossRate: '0.01',
				tenor: 8,
				grace: 2,
				terminalRecovery: '0.5'
			},
			{
				name: 'Guarantee',
				instrument: 'guarantee',
				schedule: { mode: 'custom', amounts: ['10', '20'] },
				returnRate: '0.01',
				lossRate: '0.005',
				tenor: 5
			},
			{
				name: 'Formula',
				instrument: 'equity',
				amount: '40',
				schedule: { mode: 'formula', expr: 'A/4' },
				returnRate: '0',
				lossRate: '0'
			},
			{ name: 'Upfront', instrument: 'loan', amount: 10, schedule: { mode: 'upfront' }, returnRate: 0.02, lossRate: 0 }
		],
		trade: {
			elasticity: '-1',
			exporterAbsorption: '0.2',
			valueAddedShare: '0.6',
			sectors: [
				{
					name: 'Autos',
					exports0: '35',
					growth: '0.01',
					tariffBaseline: '0',
					tariffNoDeal: '0.25',
					tariffDeal: '0.15'
				},
				{ name: 'Other', exports0: 90, growth: 0, tariffBaseline: 0, tariffNoDeal: 0.25, tariffDeal: 0.15 }
			]
		}
	};
}

/** The valid scenario with one change. */
function broken(change: (json: Json) => void): Json {
	const json = valid();
	change(json);
	return json;
}

/** The problems of a document as the command line prints them: path and English message. */
function problemsOf(json: unknown): Pick<Problem, 'path' | 'message'>[] {
	const v = validateScenario(json, { checkFormula });
	return v.ok ? [] : v.problems.map(({ path, message }) => ({ path, message }));
}

function scenarioOf(json: unknown): Scenario {
	const v = validateScenario(json, { checkFormula });
	if (!v.ok) throw new Error(formatProblems(v.problems));
	return v.scenario;
}

/** A scenario as plain data, Decimals as `D:` strings, so two scenarios compare with toEqual. */
function plain(value: unknown): unknown {
	if (Decimal.isDecimal(value)) return `D:${value.toString()}`;
	if (Array.isArray(value)) return value.map(plain);
	if (typeof value === 'object' && value !== null)
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
	return value;
}

const long = (n: number) => 'x'.repeat(n);
const FRACTION = 'must be between 0 and 1';
const YEARLY = 'must be between -0.5 and 0.5';
const POSITIVE = 'must be greater than 0';

it('the valid scenario used below is valid', () => {
	expect(problemsOf(valid())).toEqual([]);
});

describe('each broken rule is reported with the path of its field', () => {
	// what is broken, the change, the path, the message
	const rules: [string, (j: Json) => void, string, string][] = [
		['version missing', (j) => delete j.version, 'version', 'is required (1 or 2)'],
		['version 3', (j) => (j.version = 3), 'version', 'must be 1 or 2'],
		['version 0', (j) => (j.version = '0'), 'version', 'must be 1 or 2'],
		['version 1.5', (j) => (j.version = 1.5), 'version', 'must be 1 or 2'],
		['a name over 80 characters', (j) => (j.name = long(81)), 'name', 'must be at most 80 characters'],
		['a name that is not text', (j) => (j.name = 5), 'name', 'must be text'],
		['startYear missing', (j) => delete j.startYear, 'startYear', 'is required'],
		['startYear 1999', (j) => (j.startYear = 1999), 'startYear', 'must be between 2000 and 2100'],
		['startYear 2101', (j) => (j.startYear = '2101'), 'startYear', 'must be between 2000 and 2100'],
		['startYear a fraction', (j) => (j.startYear = 2026.5), 'startYear', 'must be a whole number'],
		['startYear not a number', (j) => (j.startYear = 'soon'), 'startYear', 'must be a number'],
		['horizon 0', (j) => (j.horizon = 0), 'horizon', 'must be between 1 and 50'],
		['horizon 51', (j) => (j.horizon = 51), 'horizon', 'must be between 1 and 50'],
		['horizon a fraction', (j) => (j.horizon = '10.5'), 'horizon', 'must be a whole number'],
		['discountRate -1', (j) => (j.discountRate = '-1'), 'discountRate', 'must be greater than -1 and at most 1'],
		['discountRate over 1', (j) => (j.discountRate = 1.0001), 'discountRate', 'must be greater than -1 and at most 1'],
		['discountRate true', (j) => (j.discountRate = true), 'discountRate', 'must be a number'],
		['gdp0 0', (j) => (j.economy.gdp0 = '0'), 'economy.gdp0', POSITIVE],
		['fx0 negative', (j) => (j.economy.fx0 = -1430), 'economy.fx0', POSITIVE],
		['reserves0 missing', (j) => delete j.economy.reserves0, 'economy.reserves0', 'is required'],
		['realGrowth 0.51', (j) => (j.economy.realGrowth = '0.51'), 'economy.realGrowth', YEARLY],
		['inflation -0.51', (j) => (j.economy.inflation = -0.51), 'economy.inflation', YEARLY],
		['fxDrift 1', (j) => (j.economy.fxDrift = '1'), 'economy.fxDrift', YEARLY],
		['reservesGrowth -0.6', (j) => (j.economy.reservesGrowth = '-0.6'), 'economy.reservesGrowth', YEARLY],
		['tranches missing', (j) => delete j.tranches, 'tranches', 'is required'],
		['tranches not a list', (j) => (j.tranches = {}), 'tranches', 'must be a list'],
		[
			'9 tranches',
			(j) => (j.tranches = [...j.tranches, ...j.tranches.slice(0, 4)]),
			'tranches',
			'must have at most 8 entries'
		],
		['a tranche name missing', (j) => delete j.tranches[0].name, 'tranches[0].name', 'is required'],
		[
			'a tranche name over 80',
			(j) => (j.tranches[2].name = long(81)),
			'tranches[2].name',
			'must be at most 80 characters'
		],
		['instrument missing', (j) => delete j.tranches[0].instrument, 'tranches[0].instrument', 'is required'],
		[
			'instrument bond',
			(j) => (j.tranches[1].instrument = 'bond'),
			'tranches[1].instrument',
			'must be one of equity, loan, guarantee'
		],
		['amount missing', (j) => delete j.tranches[0].amount, 'tranches[0].amount', 'is required'],
		[
			'amount over 10000',
			(j) => (j.tranches[1].amount = '10000.01'),
			'tranches[1].amount',
			'must be between 0 and 10000'
		],
		['amount negative', (j) => (j.tranches[4].amount = -1), 'tranches[4].amount', 'must be between 0 and 10000'],
		[
			'schedule mode unknown',
			(j) => (j.tranches[4].schedule.mode = 'weekly'),
			'tranches[4].schedule.mode',
			'must be one of upfront, even, cap, custom, formula'
		],
		['delay 50', (j) => (j.tranches[1].schedule.delay = 50), 'tranches[1].schedule.delay', 'must be between 0 and 49'],
		[
			'delay negative',
			(j) => (j.tranches[0].schedule.delay = -1),
			'tranches[0].schedule.delay',
			'must be between 0 and 49'
		],
		[
			'delay a fraction',
			(j) => (j.tranches[1].schedule.delay = 1.5),
			'tranches[1].schedule.delay',
			'must be a whole number'
		],
		['years missing', (j) => delete j.tranches[1].schedule.years, 'tranches[1].schedule.years', 'is required'],
		['years 0', (j) => (j.tranches[1].schedule.years = 0), 'tranches[1].schedule.years', 'must be between 1 and 50'],
		[
			'years 51',
			(j) => (j.tranches[1].schedule.years = '51'),
			'tranches[1].schedule.years',
			'must be between 1 and 50'
		],
		[
			'years a fraction',
			(j) => (j.tranches[1].schedule.years = 2.5),
			'tranches[1].schedule.years',
			'must be a whole number'
		],
		['cap missing', (j) => delete j.tranches[0].schedule.cap, 'tranches[0].schedule.cap', 'is required'],
		['cap 0', (j) => (j.tranches[0].schedule.cap = '0'), 'tranches[0].schedule.cap', POSITIVE],
		['amounts missing', (j) => delete j.tranches[2].schedule.amounts, 'tranches[2].schedule.amounts', 'is required'],
		[
			'amounts not a list',
			(j) => (j.tranches[2].schedule.amounts = '10,20'),
			'tranches[2].schedule.amounts',
			'must be a list'
		],
		[
			'amounts empty',
			(j) => (j.tranches[2].schedule.amounts = []),
			'tranches[2].schedule.amounts',
			'must have at least 1 entry'
		],
		[
			'51 amounts',
			(j) => (j.tranches[2].schedule.amounts = Array(51).fill('1')),
			'tranches[2].schedule.amounts',
			'must have at most 50 entries'
		],
		[
			'an amount negative',
			(j) => (j.tranches[2].schedule.amounts[1] = '-1'),
			'tranches[2].schedule.amounts[1]',
			'must be at least 0'
		],
		[
			'an amount not a number',
			(j) => (j.tranches[2].schedule.amounts[0] = 'ten'),
			'tranches[2].schedule.amounts[0]',
			'must be a number'
		],
		['expr missing', (j) => delete j.tranches[3].schedule.expr, 'tranches[3].schedule.expr', 'is required'],
		['expr empty', (j) => (j.tranches[3].schedule.expr = ' '), 'tranches[3].schedule.expr', 'must be a formula'],
		['expr not text', (j) => (j.tranches[3].schedule.expr = 5), 'tranches[3].schedule.expr', 'must be a formula'],
		[
			'expr over 200 characters',
			(j) => (j.tranches[3].schedule.expr = '1+'.repeat(100) + '1'),
			'tranches[3].schedule.expr',
			'must be at most 200 characters'
		],
		[
			'expr not allowed',
			(j) => (j.tranches[3].schedule.expr = 'cos(t)'),
			'tranches[3].schedule.expr',
			checkFormula('cos(t)') as string
		],
		['returnRate missing', (j) => delete j.tranches[0].returnRate, 'tranches[0].returnRate', 'is required'],
		['returnRate 1.5', (j) => (j.tranches[1].returnRate = '1.5'), 'tranches[1].returnRate', FRACTION],
		['lossRate missing', (j) => delete j.tranches[2].lossRate, 'tranches[2].lossRate', 'is required'],
		['lossRate negative', (j) => (j.tranches[2].lossRate = '-0.1'), 'tranches[2].lossRate', FRACTION],
		['koreaLossShare 1.2', (j) => (j.tranches[2].koreaLossShare = 1.2), 'tranches[2].koreaLossShare', FRACTION],
		[
			'koreaShareBeforeRecoup 2',
			(j) => (j.tranches[0].koreaShareBeforeRecoup = '2'),
			'tranches[0].koreaShareBeforeRecoup',
			FRACTION
		],
		[
			'koreaShareAfterRecoup -1',
			(j) => (j.tranches[3].koreaShareAfterRecoup = -1),
			'tranches[3].koreaShareAfterRecoup',
			FRACTION
		],
		[
			'koreaShareAfterRecoup text',
			(j) => (j.tranches[3].koreaShareAfterRecoup = 'half'),
			'tranches[3].koreaShareAfterRecoup',
			'must be a number'
		],
		['recoupInterest 1.5', (j) => (j.tranches[0].recoupInterest = '1.5'), 'tranches[0].recoupInterest', FRACTION],
		[
			'terminalRecovery 2 on equity',
			(j) => (j.tranches[0].terminalRecovery = '2'),
			'tranches[0].terminalRecovery',
			FRACTION
		],
		[
			'terminalRecovery 2 on a loan',
			(j) => (j.tranches[1].terminalRecovery = 2),
			'tranches[1].terminalRecovery',
			FRACTION
		],
		[
			'grace equal to tenor',
			(j) => (j.tranches[1].grace = 8),
			'tranches[1].grace',
			'must be between 0 and tenor - 1 (7)'
		],
		[
			'grace over tenor - 1 on a guarantee',
			(j) => (j.tranches[2].grace = 5),
			'tranches[2].grace',
			'must be between 0 and tenor - 1 (4)'
		],
		['grace negative', (j) => (j.tranches[1].grace = -1), 'tranches[1].grace', 'must be between 0 and 49'],
		['grace a fraction', (j) => (j.tranches[1].grace = 1.5), 'tranches[1].grace', 'must be a whole number'],
		['elasticity positive', (j) => (j.trade.elasticity = '0.5'), 'trade.elasticity', 'must be between -20 and 0'],
		['elasticity -21', (j) => (j.trade.elasticity = -21), 'trade.elasticity', 'must be between -20 and 0'],
		['exporterAbsorption 1.5', (j) => (j.trade.exporterAbsorption = '1.5'), 'trade.exporterAbsorption', FRACTION],
		['valueAddedShare missing', (j) => delete j.trade.valueAddedShare, 'trade.valueAddedShare', 'is required'],
		['valueAddedShare negative', (j) => (j.trade.valueAddedShare = '-0.1'), 'trade.valueAddedShare', FRACTION],
		['sectors missing', (j) => delete j.trade.sectors, 'trade.sectors', 'is required'],
		[
			'13 sectors',
			(j) => (j.trade.sectors = Array(13).fill(j.trade.sectors[0])),
			'trade.sectors',
			'must have at most 12 entries'
		],
		['a sector name missing', (j) => delete j.trade.sectors[0].name, 'trade.sectors[0].name', 'is required'],
		[
			'a sector name over 80',
			(j) => (j.trade.sectors[0].name = long(81)),
			'trade.sectors[0].name',
			'must be at most 80 characters'
		],
		[
			'exports0 negative',
			(j) => (j.trade.sectors[0].exports0 = '-1'),
			'trade.sectors[0].exports0',
			'must be between 0 and 10000'
		],
		[
			'exports0 over 10000',
			(j) => (j.trade.sectors[1].exports0 = 10001),
			'trade.sectors[1].exports0',
			'must be between 0 and 10000'
		],
		['growth 0.6', (j) => (j.trade.sectors[1].growth = 0.6), 'trade.sectors[1].growth', YEARLY],
		[
			'tariffBaseline over 5',
			(j) => (j.trade.sectors[0].tariffBaseline = '5.5'),
			'trade.sectors[0].tariffBaseline',
			'must be between 0 and 5'
		],
		[
			'tariffNoDeal negative',
			(j) => (j.trade.sectors[0].tariffNoDeal = '-0.1'),
			'trade.sectors[0].tariffNoDeal',
			'must be between 0 and 5, or a list of steps {from, rate}'
		],
		[
			'tariffDeal not a number',
			(j) => (j.trade.sectors[1].tariffDeal = 'high'),
			'trade.sectors[1].tariffDeal',
			'must be a number, or a list of steps {from, rate}'
		]
	];

	it.each(rules)('%s', (_, change, path, message) => {
		expect(problemsOf(broken(change))).toEqual([{ path, message }]);
	});

	it.each([
		['tenor 0 on a loan', (j: Json) => (j.tranches[1].tenor = 0), 'tranches[1].tenor', 'must be between 1 and 50'],
		[
			'tenor 51 on a guarantee',
			(j: Json) => (j.tranches[2].tenor = 51),
			'tranches[2].tenor',
			'must be between 1 and 50'
		],
		['tenor a fraction', (j: Json) => (j.tranches[1].tenor = '2.5'), 'tranches[1].tenor', 'must be a whole number']
	])('%s', (_, change, path, message) => {
		expect(problemsOf(broken(change))).toContainEqual({ path, message });
	});

	it('a bad tenor is reported once, not also as a grace problem', () => {
		expect(problemsOf(broken((j) => (j.tranches[1].tenor = '8.5')))).toEqual([
			{ path: 'tranches[1].tenor', message: 'must be a whole number' }
		]);
	});

	// A missing or malformed part is named by its own path; the problems of the fields it
	// should have held may follow, and are not part of the contract.
	const parts: [string, (j: Json) => void, string, string][] = [
		['economy missing', (j) => delete j.economy, 'economy', 'is required'],
		['economy not an object', (j) => (j.economy = []), 'economy', 'must be an object'],
		['trade missing', (j) => delete j.trade, 'trade', 'is required'],
		['trade not an object', (j) => (j.trade = 'free'), 'trade', 'must be an object'],
		['a tranche not an object', (j) => (j.tranches[1] = 'loan'), 'tranches[1]', 'must be an object'],
		['schedule missing', (j) => delete j.tranches[4].schedule, 'tranches[4].schedule', 'is required'],
		[
			'schedule not an object',
			(j) => (j.tranches[4].schedule = 'upfront'),
			'tranches[4].schedule',
			'must be an object'
		],
		['a sector not an object', (j) => (j.trade.sectors[1] = 5), 'trade.sectors[1]', 'must be an object']
	];

	it.each(parts)('%s is reported with the path of the part', (_, change, path, message) => {
		expect(problemsOf(broken(change))).toContainEqual({ path, message });
	});
});

describe('the whole document', () => {
	it('refuses anything that is not a JSON object, with one problem', () => {
		for (const input of [null, undefined, [], 'scenario', 42, true]) {
			expect(validateScenario(input)).toMatchObject({
				ok: false,
				problems: [{ path: '(scenario)', message: 'must be a JSON object' }]
			});
		}
	});

	it('reports every problem at once, each with its path', () => {
		const json = broken((j) => {
			j.horizon = 0;
			j.economy.gdp0 = '-5';
			j.tranches[0].schedule.cap = '0';
			j.tranches[1].grace = 9;
			j.tranches[2].schedule.amounts[1] = 'x';
			j.trade.sectors[1].tariffDeal = 6;
		});
		expect(problemsOf(json).map((p) => p.path)).toEqual([
			'horizon',
			'economy.gdp0',
			'tranches[0].schedule.cap',
			'tranches[1].grace',
			'tranches[2].schedule.amounts[1]',
			'trade.sectors[1].tariffDeal'
		]);
	});

	it('never clamps: a value just out of range is refused, not moved into range', () => {
		const v = validateScenario(broken((j) => (j.tranches[0].lossRate = '1.0000000000000000000001')));
		expect(v.ok).toBe(false);
	});

	it('formats problems one per line as "path: message"', () => {
		const problems = problemsOf(broken((j) => ((j.horizon = 0), (j.tranches[0].schedule.cap = '0'))));
		expect(formatProblems(problems)).toBe(
			'horizon: must be between 1 and 50\ntranches[0].schedule.cap: must be greater than 0'
		);
	});

	it('accepts the edges of every range', () => {
		const json = broken((j) => {
			j.name = long(80);
			j.startYear = 2100;
			j.horizon = 50;
			j.discountRate = '1';
			j.economy.realGrowth = '-0.5';
			j.economy.inflation = '0.5';
			j.tranches[0].amount = '10000';
			j.tranches[0].schedule = { mode: 'cap', cap: '0.000001', delay: 49 };
			j.tranches[0].koreaLossShare = '0';
			j.tranches[1].amount = 0;
			j.tranches[1].tenor = 50;
			j.tranches[1].grace = 49;
			j.tranches[1].returnRate = '1';
			j.tranches[1].schedule = { mode: 'even', years: 50 };
			j.tranches[2].schedule.amounts = Array(50).fill('0');
			j.tranches[3].schedule.expr = '1+'.repeat(99) + '10';
			j.tranches.push(...j.tranches.slice(0, 3));
			j.trade.elasticity = '-20';
			j.trade.exporterAbsorption = 1;
			j.trade.sectors = Array(12).fill({ ...j.trade.sectors[0], tariffNoDeal: '5', exports0: 10000 });
		});
		expect(json.tranches[3].schedule.expr).toHaveLength(200);
		expect(problemsOf(json)).toEqual([]);
		expect(problemsOf(broken((j) => ((j.startYear = 2000), (j.horizon = 1), (j.discountRate = '-0.9999'))))).toEqual(
			[]
		);
	});

	it('keeps the name when given and leaves it out when not', () => {
		expect(scenarioOf(valid()).name).toBe('Every rule');
		expect('name' in scenarioOf(broken((j) => delete j.name))).toBe(false);
	});

	it('accepts version 1 written as a string', () => {
		expect(problemsOf(broken((j) => (j.version = '1')))).toEqual([]);
	});

	it('accepts version 2, as a number or a string, and keeps the version it read', () => {
		expect(problemsOf(broken((j) => (j.version = 2)))).toEqual([]);
		expect(problemsOf(broken((j) => (j.version = '2')))).toEqual([]);
		expect(scenarioOf(broken((j) => (j.version = '2'))).version).toBe(2);
		expect(scenarioOf(valid()).version).toBe(1);
	});
});

describe('numbers', () => {
	/** The document with every decimal string written as a JSON number. */
	const asNumbers = (value: unknown): unknown => {
		if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
		if (Array.isArray(value)) return value.map(asNumbers);
		if (typeof value === 'object' && value !== null)
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asNumbers(v)]));
		return value;
	};

	it('may be JSON numbers or decimal strings, with the same result', () => {
		const strings = scenarioOf(valid());
		const numbers = scenarioOf(asNumbers(valid()));
		expect(JSON.stringify(asNumbers(valid()))).not.toContain('"0.04"');
		expect(plain(numbers)).toEqual(plain(strings));
	});

	it('are read from decimal strings with every digit, never through binary floating point', () => {
		const s = scenarioOf(
			broken((j) => ((j.discountRate = '0.123456789012345678901234567891'), (j.tranches[0].amount = '0.1')))
		);
		expect(s.discountRate.toString()).toBe('0.123456789012345678901234567891');
		expect(s.tranches[0].amount.eq(new Decimal(1).div(10))).toBe(true);
	});

	it.each(['1e-3', '+0.001', ' 0.001 ', '.001', '0.0010'])('accept the decimal string %j', (text) => {
		expect(scenarioOf(broken((j) => (j.discountRate = text))).discountRate.eq('0.001')).toBe(true);
	});

	it.each(['', '0x10', '1,5', 'NaN', 'Infinity', '-Infinity', '5%', '1e99999', 'one', '1.2.3', '--1'])(
		'refuse the string %j as not a number',
		(text) => {
			expect(problemsOf(broken((j) => (j.discountRate = text)))).toEqual([
				{ path: 'discountRate', message: 'must be a number' }
			]);
		}
	);

	it.each([Infinity, NaN])('refuse the non-finite JavaScript number %s', (x) => {
		expect(problemsOf(broken((j) => (j.discountRate = x)))).toEqual([
			{ path: 'discountRate', message: 'must be a finite number' }
		]);
	});

	it.each([{}, [], true])('refuse %j where a number belongs', (x) => {
		expect(problemsOf(broken((j) => (j.economy.gdp0 = x)))).toEqual([
			{ path: 'economy.gdp0', message: 'must be a number' }
		]);
	});

	it('accept whole numbers written with a decimal point in integer fields', () => {
		expect(scenarioOf(broken((j) => (j.horizon = '12.0'))).horizon).toBe(12);
	});
});

describe('fields that do not apply to an instrument', () => {
	it('are ignored, even when they would be out of range', () => {
		const json = broken((j) => {
			Object.assign(j.tranches[0], { tenor: 'long', grace: 99 }); // equity: no life
			Object.assign(j.tranches[1], { koreaShareBeforeRecoup: 7, recoupInterest: 'x' }); // loan: no recoup
			Object.assign(j.tranches[2], { terminalRecovery: 3, koreaShareAfterRecoup: -1 }); // guarantee
		});
		expect(problemsOf(json)).toEqual([]);
		const s = scenarioOf(json);
		expect(s.tranches[0].tenor).toBe(1);
		expect(s.tranches[1].recoupInterest.isZero()).toBe(true);
		expect(s.tranches[2].terminalRecovery.isZero()).toBe(true);
	});

	it('are kept when valid, so switching instruments loses nothing typed', () => {
		const s = scenarioOf(broken((j) => Object.assign(j.tranches[0], { tenor: 6, grace: 9 })));
		expect([s.tranches[0].tenor, s.tranches[0].grace]).toEqual([6, 9]);
		const loan = scenarioOf(broken((j) => (j.tranches[1].koreaShareAfterRecoup = '0.3')));
		expect(loan.tranches[1].koreaShareAfterRecoup.toString()).toBe('0.3');
	});

	it("include a custom schedule's amount, which may be left out or be anything", () => {
		expect(problemsOf(broken((j) => (j.tranches[2].amount = 'lots')))).toEqual([]);
		expect(scenarioOf(valid()).tranches[2].amount.toString()).toBe('30');
	});
});

describe('defaults', () => {
	const minimal = (instrument: TrancheJson['instrument']): TrancheJson => ({
		name: 'Minimal',
		instrument,
		amount: '10',
		schedule: { mode: 'upfront' },
		returnRate: '0.1',
		lossRate: '0.1'
	});

	it.each(['equity', 'loan', 'guarantee'] as const)('are filled in for a minimal %s tranche', (instrument) => {
		const t = scenarioOf(broken((j) => (j.tranches = [minimal(instrument)]))).tranches[0];
		expect(plain(t)).toEqual(
			plain({
				...t,
				koreaLossShare: new Decimal(1),
				koreaShareBeforeRecoup: new Decimal(1),
				koreaShareAfterRecoup: new Decimal(1),
				recoupInterest: new Decimal(0),
				tenor: 1,
				grace: 0,
				terminalRecovery: new Decimal(0),
				schedule: { mode: 'upfront', delay: 0 }
			})
		);
	});

	it('are used when a field is null', () => {
		const t = scenarioOf(broken((j) => Object.assign(j.tranches[1], { koreaLossShare: null, grace: null })))
			.tranches[1];
		expect(t.koreaLossShare.eq(1) && t.grace === 0).toBe(true);
	});

	it('do not cover required fields given as null', () => {
		expect(problemsOf(broken((j) => (j.tranches[1].returnRate = null)))).toEqual([
			{ path: 'tranches[1].returnRate', message: 'is required' }
		]);
	});
});

/** (v2) The valid scenario with every version-2 field, and a third sector with a three-step path. */
function validV2(): Json {
	const json = valid();
	json.version = 2;
	json.economy.taxRatio = '0.25';
	json.dealRisk = { hazard: '0.05', endYear: 2030, paymentsContinue: '0.5' };
	json.tranches[0].continuationYears = 10;
	json.tranches[2].continuationYears = 3;
	Object.assign(json.trade, { shortRunElasticity: '-0.5', adjustmentYears: 5, substitutionElasticity: '4' });
	Object.assign(json.trade.sectors[0], {
		tariffNoDeal: [{ from: 2026, rate: '0.25' }],
		legalBasis: 's232',
		shareOfUsImports: '0.16',
		competitorTariffBaseline: '0.025',
		competitorTariffNoDeal: '0.15',
		competitorTariffDeal: [
			{ from: 2026, rate: '0.15' },
			{ from: 2030, rate: 0.1 }
		]
	});
	json.trade.sectors.push({
		name: 'Chips',
		exports0: '13',
		growth: '0.05',
		tariffBaseline: '0',
		tariffNoDeal: '0.25',
		tariffDeal: [
			{ from: 2026, rate: '0' },
			{ from: 2027, rate: '0.1' },
			{ from: 2029, rate: '0.15' }
		],
		legalBasis: 's122'
	});
	return json;
}

/** The valid v2 scenario with one change. */
function brokenV2(change: (json: Json) => void): Json {
	const json = validV2();
	change(json);
	return json;
}

describe('version 2 rules', () => {
	it('the valid v2 scenario used below is valid, and so is it under version 1', () => {
		expect(problemsOf(validV2())).toEqual([]);
		expect(problemsOf(brokenV2((j) => (j.version = 1)))).toEqual([]);
	});

	const PATH = 'trade.sectors[2].tariffDeal';
	const rules: [string, (j: Json) => void, string, string][] = [
		[
			'a step from the same year as the one before',
			(j) => (j.trade.sectors[2].tariffDeal[1].from = 2026),
			`${PATH}[1].from`,
			'must be greater than the step before'
		],
		[
			'a step before the one before',
			(j) => (j.trade.sectors[2].tariffDeal[2].from = '2026'),
			`${PATH}[2].from`,
			'must be greater than the step before'
		],
		[
			'a step from 1999',
			(j) => (j.trade.sectors[2].tariffDeal[0].from = 1999),
			`${PATH}[0].from`,
			'must be between 2000 and 2200'
		],
		[
			'a step from 2201',
			(j) => (j.trade.sectors[2].tariffDeal[2].from = 2201),
			`${PATH}[2].from`,
			'must be between 2000 and 2200'
		],
		[
			'a step from a fraction',
			(j) => (j.trade.sectors[2].tariffDeal[1].from = 2027.5),
			`${PATH}[1].from`,
			'must be a whole number'
		],
		['a step without from', (j) => delete j.trade.sectors[2].tariffDeal[1].from, `${PATH}[1].from`, 'is required'],
		['a step without rate', (j) => delete j.trade.sectors[2].tariffDeal[1].rate, `${PATH}[1].rate`, 'is required'],
		[
			'a step rate over 5',
			(j) => (j.trade.sectors[2].tariffDeal[1].rate = '5.01'),
			`${PATH}[1].rate`,
			'must be between 0 and 5'
		],
		[
			'a step rate negative',
			(j) => (j.trade.sectors[2].tariffDeal[0].rate = -0.1),
			`${PATH}[0].rate`,
			'must be between 0 and 5'
		],
		[
			'a step rate not a number',
			(j) => (j.trade.sectors[2].tariffDeal[2].rate = 'high'),
			`${PATH}[2].rate`,
			'must be a number'
		],
		[
			'a step that is not an object',
			(j) => (j.trade.sectors[2].tariffDeal[0] = '0.1'),
			`${PATH}[0]`,
			'must be a step {from, rate}'
		],
		['an empty path', (j) => (j.trade.sectors[2].tariffDeal = []), PATH, 'must have at least 1 step'],
		[
			'a path of 21 steps',
			(j) => (j.trade.sectors[2].tariffDeal = Array.from({ length: 21 }, (_, k) => ({ from: 2030 + k, rate: '0.1' }))),
			PATH,
			'must have at most 20 steps'
		],
		[
			'a no-deal path step out of range',
			(j) => (j.trade.sectors[0].tariffNoDeal[0].rate = '6'),
			'trade.sectors[0].tariffNoDeal[0].rate',
			'must be between 0 and 5'
		],
		[
			'a competitor path whose steps go back',
			(j) => (j.trade.sectors[0].competitorTariffDeal[1].from = 2025),
			'trade.sectors[0].competitorTariffDeal[1].from',
			'must be greater than the step before'
		],
		[
			'a competitor tariff over 5',
			(j) => (j.trade.sectors[0].competitorTariffNoDeal = '5.5'),
			'trade.sectors[0].competitorTariffNoDeal',
			'must be between 0 and 5, or a list of steps {from, rate}'
		],
		[
			'a competitor baseline negative',
			(j) => (j.trade.sectors[0].competitorTariffBaseline = '-0.01'),
			'trade.sectors[0].competitorTariffBaseline',
			'must be between 0 and 5'
		],
		[
			'legalBasis unknown',
			(j) => (j.trade.sectors[0].legalBasis = 's999'),
			'trade.sectors[0].legalBasis',
			'must be one of s232, s122, s301, ieepa, mfn, other'
		],
		[
			'legalBasis not text',
			(j) => (j.trade.sectors[2].legalBasis = 232),
			'trade.sectors[2].legalBasis',
			'must be one of s232, s122, s301, ieepa, mfn, other'
		],
		[
			'shareOfUsImports without substitutionElasticity',
			(j) => delete j.trade.substitutionElasticity,
			'trade.sectors[0].shareOfUsImports',
			'needs trade.substitutionElasticity'
		],
		[
			'shareOfUsImports 1.5',
			(j) => (j.trade.sectors[0].shareOfUsImports = '1.5'),
			'trade.sectors[0].shareOfUsImports',
			FRACTION
		],
		[
			'shareOfUsImports not a number',
			(j) => (j.trade.sectors[0].shareOfUsImports = 'most'),
			'trade.sectors[0].shareOfUsImports',
			'must be a number'
		],
		[
			'substitutionElasticity 1',
			(j) => (j.trade.substitutionElasticity = '1'),
			'trade.substitutionElasticity',
			'must be between 1.01 and 20'
		],
		[
			'substitutionElasticity 1.009',
			(j) => (j.trade.substitutionElasticity = 1.009),
			'trade.substitutionElasticity',
			'must be between 1.01 and 20'
		],
		[
			'substitutionElasticity 20.5',
			(j) => (j.trade.substitutionElasticity = '20.5'),
			'trade.substitutionElasticity',
			'must be between 1.01 and 20'
		],
		[
			'shortRunElasticity positive',
			(j) => (j.trade.shortRunElasticity = '0.1'),
			'trade.shortRunElasticity',
			'must be between -20 and 0'
		],
		[
			'shortRunElasticity -21',
			(j) => (j.trade.shortRunElasticity = -21),
			'trade.shortRunElasticity',
			'must be between -20 and 0'
		],
		['adjustmentYears 0', (j) => (j.trade.adjustmentYears = 0), 'trade.adjustmentYears', 'must be between 1 and 50'],
		[
			'adjustmentYears 51',
			(j) => (j.trade.adjustmentYears = '51'),
			'trade.adjustmentYears',
			'must be between 1 and 50'
		],
		[
			'adjustmentYears a fraction',
			(j) => (j.trade.adjustmentYears = 2.5),
			'trade.adjustmentYears',
			'must be a whole number'
		],
		['dealRisk not an object', (j) => (j.dealRisk = 0.05), 'dealRisk', 'must be an object'],
		['hazard 1.5', (j) => (j.dealRisk.hazard = '1.5'), 'dealRisk.hazard', FRACTION],
		['hazard negative', (j) => (j.dealRisk.hazard = -0.01), 'dealRisk.hazard', FRACTION],
		['hazard not a number', (j) => (j.dealRisk.hazard = 'some'), 'dealRisk.hazard', 'must be a number'],
		['endYear 1999', (j) => (j.dealRisk.endYear = 1999), 'dealRisk.endYear', 'must be between 2000 and 2200'],
		['endYear 2201', (j) => (j.dealRisk.endYear = '2201'), 'dealRisk.endYear', 'must be between 2000 and 2200'],
		['endYear not an integer', (j) => (j.dealRisk.endYear = 2030.5), 'dealRisk.endYear', 'must be a whole number'],
		['endYear not a number', (j) => (j.dealRisk.endYear = 'never'), 'dealRisk.endYear', 'must be a number'],
		['paymentsContinue 1.1', (j) => (j.dealRisk.paymentsContinue = '1.1'), 'dealRisk.paymentsContinue', FRACTION],
		['paymentsContinue negative', (j) => (j.dealRisk.paymentsContinue = -1), 'dealRisk.paymentsContinue', FRACTION],
		[
			'continuationYears 101',
			(j) => (j.tranches[0].continuationYears = 101),
			'tranches[0].continuationYears',
			'must be between 0 and 100'
		],
		[
			'continuationYears negative',
			(j) => (j.tranches[1].continuationYears = '-1'),
			'tranches[1].continuationYears',
			'must be between 0 and 100'
		],
		[
			'continuationYears a fraction',
			(j) => (j.tranches[0].continuationYears = 2.5),
			'tranches[0].continuationYears',
			'must be a whole number'
		],
		[
			'continuationYears on a guarantee, not a number',
			(j) => (j.tranches[2].continuationYears = 'ten'),
			'tranches[2].continuationYears',
			'must be a number'
		],
		['taxRatio 1.5', (j) => (j.economy.taxRatio = '1.5'), 'economy.taxRatio', FRACTION],
		['taxRatio negative', (j) => (j.economy.taxRatio = -0.1), 'economy.taxRatio', FRACTION]
	];

	it.each(rules)('%s', (_, change, path, message) => {
		expect(problemsOf(brokenV2(change))).toEqual([{ path, message }]);
	});

	it('reports every v2 problem at once, in document order', () => {
		const json = brokenV2((j) => {
			j.economy.taxRatio = 2;
			j.dealRisk.hazard = 2;
			j.tranches[0].continuationYears = 200;
			j.trade.adjustmentYears = 0;
			j.trade.sectors[2].tariffDeal[1].from = 2020;
		});
		expect(formatProblems(problemsOf(json)).split('\n')).toEqual([
			'economy.taxRatio: must be between 0 and 1',
			'dealRisk.hazard: must be between 0 and 1',
			'tranches[0].continuationYears: must be between 0 and 100',
			'trade.adjustmentYears: must be between 1 and 50',
			`${PATH}[1].from: must be greater than the step before`
		]);
	});

	it('a broken step is not also compared with the next one', () => {
		expect(problemsOf(brokenV2((j) => (j.trade.sectors[2].tariffDeal[1].from = 'soon')))).toEqual([
			{ path: `${PATH}[1].from`, message: 'must be a number' }
		]);
	});

	it('accepts the edges of every v2 range', () => {
		const json = brokenV2((j) => {
			j.economy.taxRatio = '1';
			j.dealRisk = { hazard: '1', endYear: 2200, paymentsContinue: '0' };
			j.tranches[0].continuationYears = 100;
			j.tranches[1].continuationYears = '0';
			Object.assign(j.trade, { shortRunElasticity: '-20', adjustmentYears: 50, substitutionElasticity: '1.01' });
			j.trade.sectors[2].tariffDeal = Array.from({ length: 20 }, (_, k) => ({
				from: 2000 + 10 * k,
				rate: k % 2 ? '5' : '0'
			}));
			j.trade.sectors[0].shareOfUsImports = 1;
			j.trade.sectors[0].competitorTariffDeal = [{ from: 2200, rate: '5' }];
		});
		expect(problemsOf(json)).toEqual([]);
		expect(problemsOf(brokenV2((j) => ((j.dealRisk.endYear = 2000), (j.trade.substitutionElasticity = 20))))).toEqual(
			[]
		);
		expect(problemsOf(brokenV2((j) => (j.dealRisk = { endYear: null })))).toEqual([]);
	});

	it('ignores the competitor fields of a sector without shareOfUsImports, even when they would be wrong', () => {
		const json = brokenV2((j) => {
			Object.assign(j.trade.sectors[1], {
				competitorTariffBaseline: 9,
				competitorTariffNoDeal: 'high',
				competitorTariffDeal: []
			});
			Object.assign(j.trade.sectors[2], { competitorTariffDeal: [{ from: 2030 }, { from: 2020, rate: 7 }] });
		});
		expect(problemsOf(json)).toEqual([]);
		// ... and even without any substitutionElasticity
		expect(
			problemsOf(brokenV2((j) => ((j.trade.sectors[0].shareOfUsImports = null), delete j.trade.substitutionElasticity)))
		).toEqual([]);
		const s = scenarioOf(json);
		expect(s.trade.sectors[1].competitorTariffBaseline).toBeUndefined();
		expect(s.trade.sectors[1].competitorTariffNoDeal).toBeUndefined();
	});

	it('reads a path into steps of Decimals, and keeps a number a number', () => {
		const s = scenarioOf(validV2());
		expect(plain(s.trade.sectors[2].tariffDeal)).toEqual([
			{ from: 2026, rate: 'D:0' },
			{ from: 2027, rate: 'D:0.1' },
			{ from: 2029, rate: 'D:0.15' }
		]);
		expect(plain(s.trade.sectors[2].tariffNoDeal)).toBe('D:0.25');
		expect(plain(s.trade.sectors[0].competitorTariffDeal)).toEqual([
			{ from: 2026, rate: 'D:0.15' },
			{ from: 2030, rate: 'D:0.1' }
		]);
		expect(s.trade.sectors[0].legalBasis).toBe('s232');
		expect(plain(s.dealRisk)).toEqual({ hazard: 'D:0.05', endYear: 2030, paymentsContinue: 'D:0.5' });
	});

	it('fills in the v2 defaults of a version-1 document', () => {
		const s = scenarioOf(valid());
		expect(plain(s.dealRisk)).toEqual({ hazard: 'D:0', endYear: null, paymentsContinue: 'D:1' });
		expect(plain(s.economy.taxRatio)).toBe('D:0');
		expect(s.tranches.map((t) => t.continuationYears)).toEqual([0, 0, 0, 0, 0]);
		expect(plain(s.trade.shortRunElasticity)).toBe(plain(s.trade.elasticity));
		expect(s.trade.adjustmentYears).toBe(1);
		expect('substitutionElasticity' in s.trade).toBe(false);
		expect('shareOfUsImports' in s.trade.sectors[0]).toBe(false);
	});

	it('fills in the parts of dealRisk that are left out', () => {
		const s = scenarioOf(brokenV2((j) => (j.dealRisk = { endYear: 2028 })));
		expect(plain(s.dealRisk)).toEqual({ hazard: 'D:0', endYear: 2028, paymentsContinue: 'D:1' });
	});
});
