/**
 * User formulas (MODEL.md "Schedules"): mathjs in BigNumber mode behind an allow-list.
 * Formulas arrive in share links, so anything outside the list is refused before it is
 * evaluated, and evaluating it anyway throws.
 */
import { describe, expect, it } from 'vitest';
import { flatScenario, tranche } from '../builders';
import { checkFormula, evaluateFormula, FORMULA_FUNCTIONS } from '../../../src/lib/formula/index';
import {
	Decimal,
	FormulaError,
	simulate,
	validateScenario,
	type Dec,
	type Projection,
	type ScenarioJson,
	type Scenario
} from '../../../src/lib/model/index';

const scope = (t: number | string, A: number | string = 100, H: number | string = 10) => ({
	t: new Decimal(t),
	A: new Decimal(A),
	H: new Decimal(H)
});

const evaluate = (expr: string, t: number | string = 1, A: number | string = 100, H: number | string = 10): Dec =>
	evaluateFormula(expr, scope(t, A, H));

/** A scenario with one equity tranche of `amount` paid by a formula, over `horizon` years. */
function formulaScenario(expr: string, amount = '100', horizon = 5): ScenarioJson {
	return flatScenario({
		horizon,
		tranches: [
			tranche({ name: 'Other', instrument: 'loan', amount: '1' }),
			tranche({ name: 'By formula', amount, schedule: { mode: 'formula', expr } })
		]
	});
}

/** Validates without the formula check, as a caller that forgot it would. */
function unchecked(json: ScenarioJson): Scenario {
	const v = validateScenario(json);
	if (!v.ok) throw new Error(JSON.stringify(v.problems));
	return v.scenario;
}

const run = (expr: string, amount?: string, horizon?: number): Projection =>
	simulate(unchecked(formulaScenario(expr, amount, horizon)), { evaluateFormula });

describe('allowed formulas', () => {
	it('evaluate exactly in BigNumber arithmetic, to 40 significant digits', () => {
		expect(evaluate('A/3').toString()).toBe('33.33333333333333333333333333333333333333');
		expect(evaluate('0.1 + 0.2').toString()).toBe('0.3');
		expect(evaluate('2^100').toString()).toBe('1.267650600228229401496703205376e+30');
		expect(evaluate('sqrt(2)').toString()).toBe('1.41421356237309504880168872420969807857');
		expect(evaluate('exp(1)').toString()).toBe('2.718281828459045235360287471352662497757');
	});

	it.each([
		['A/4', 1, '25'],
		['t*5 + 1', 3, '16'],
		['-t + +3', 1, '2'],
		['H - t', 4, '6'],
		['10 % 3', 1, '1'],
		['(1 + 2) * 3', 1, '9'],
		['min(10, t*5)', 3, '10'],
		['max(1, t, 2)', 1, '2'],
		['abs(3 - 2*t)', 4, '5'],
		['floor(A/3)', 1, '33'],
		['ceil(A/3)', 1, '34'],
		['round(2.5)', 1, '3'],
		['round(A/3)', 1, '33'],
		['sqrt(16)', 1, '4'],
		['exp(0)', 1, '1'],
		['log(1)', 1, '0'],
		['t < 3 ? 20 : 5', 2, '20'],
		['t < 3 ? 20 : 5', 3, '5'],
		['t <= 3 ? 1 : 0', 3, '1'],
		['t > 3 ? 1 : 0', 3, '0'],
		['t >= 3 ? 1 : 0', 3, '1'],
		['t == 3 ? 1 : 0', 3, '1'],
		['t != 3 ? 1 : 0', 3, '0'],
		['t == 2', 2, '1'],
		['t > 2', 2, '0']
	])('%s at t = %i gives %s', (expr, t, expected) => {
		expect(checkFormula(expr)).toBeNull();
		expect(evaluate(expr, t).eq(expected), evaluate(expr, t).toString()).toBe(true);
	});

	it('see t, A and H as decimals, never through binary floating point', () => {
		expect(evaluate('A * 3', 1, '0.1').toString()).toBe('0.3');
		expect(evaluate('A + t + H', '1e-20', '1e15', '1').toString()).toBe('1000000000000001.00000000000000000001');
	});

	it('allow every listed function', () => {
		for (const fn of FORMULA_FUNCTIONS) expect(checkFormula(`${fn}(t)`), fn).toBeNull();
	});

	it('allow a chained comparison such as 1 < t < 3', () => {
		expect(checkFormula('1 < t < 3 ? 10 : 0')).toBeNull();
	});
});

describe('hostile formulas', () => {
	const hostile = [
		'import({}, {})',
		'x = 5',
		'f(x) = x^2',
		'evaluate("1+1")',
		'parse("1")',
		'compile("1")',
		'createUnit("foo")',
		'simplify("t")',
		'[1,2,3]',
		'[1,2,3][1]',
		'"text"',
		'5 cm',
		'pi',
		'e',
		't.constructor',
		't["constructor"]',
		'cos(t)',
		'1:3',
		'a; b',
		't\nt',
		'{a: 1}',
		'true',
		'null',
		'f = 1',
		'A(2)',
		'min.name',
		'5!',
		"t'",
		't and 1',
		'not t',
		't | 1',
		't << 1',
		'typeOf(t)',
		'x',
		'A.constructor.constructor("return process")()',
		'x'.repeat(10_000),
		'('.repeat(101) + 't' + ')'.repeat(101)
	];

	it.each(hostile.map((expr) => [expr.length > 40 ? `${expr.slice(0, 37)}...` : expr, expr]))(
		'%j is refused before evaluation, and evaluating it throws',
		(_, expr) => {
			const problem = checkFormula(expr);
			expect(typeof problem).toBe('string');
			expect((problem as string).length).toBeGreaterThan(0);
			expect(() => evaluate(expr)).toThrow();
		}
	);

	it('say what is wrong in a message a person can act on', () => {
		expect(checkFormula('cos(t)')).toMatch(/cos.*not allowed/);
		expect(checkFormula('pi')).toMatch(/pi/);
		expect(checkFormula('x = 5')).toMatch(/assignment/);
		expect(checkFormula('"text"')).toMatch(/text/);
		expect(checkFormula('x'.repeat(10_000))).toBe('must be at most 200 characters');
		expect(checkFormula('')).toBe('is empty');
		expect(checkFormula('1 +')).toMatch(/^cannot be read/);
	});

	it('are refused by validation when it is given the check, with the path of the formula', () => {
		const v = validateScenario(formulaScenario('import({}, {})'), { checkFormula });
		expect(v.ok).toBe(false);
		expect(!v.ok && v.problems).toMatchObject([
			{ path: 'tranches[1].schedule.expr', message: checkFormula('import({}, {})') }
		]);
	});

	it('that slipped past validation stop the simulation with a FormulaError naming the field', () => {
		expect(() => run('import({}, {})')).toThrow(FormulaError);
		try {
			run('cos(t)');
		} catch (e) {
			expect((e as FormulaError).path).toBe('tranches[1].schedule.expr');
			expect((e as FormulaError).message).toBe(checkFormula('cos(t)'));
		}
		expect.assertions(3);
	});
});

describe('values a formula may give', () => {
	it.each(['1/0', 'log(0)', '-1/0', 't/0 * 0'])('%s is not finite, so evaluating it throws with a message', (expr) => {
		expect(checkFormula(expr)).toBeNull();
		expect(() => evaluate(expr)).toThrow(/not finite/);
	});

	it('a value that is not a real number throws with a message', () => {
		expect(() => evaluate('sqrt(-1)')).toThrow(/number/);
	});

	it('a non-finite value in some year stops the simulation with a FormulaError naming the field and the year', () => {
		// t = 1, 2 pay 1/2 and 1/1; t = 3 divides by 0.
		expect(() => run('1/(3 - t)')).toThrow(FormulaError);
		expect(() => run('1/(3 - t)')).toThrow(/t = 3/);
	});

	it('a schedule whose formula yields negative values pays 0 in those years', () => {
		const p = run('t == 2 ? -50 : 10', '100', 4);
		expect(p.years.map((y) => y.disbursed.toString())).toEqual(['11', '0', '10', '10']); // + the loan's 1
		expect(p.summary.undisbursed.toString()).toBe('70');
	});

	it('a schedule never pays more than is left of its amount', () => {
		const p = run('1000', '100', 3);
		expect(p.years.map((y) => y.disbursed.toString())).toEqual(['101', '0', '0']);
	});
});

describe('the engine without an evaluator', () => {
	it('throws a FormulaError with the path tranches[k].schedule.expr', () => {
		const s = unchecked(formulaScenario('A/4'));
		expect(() => simulate(s)).toThrow(FormulaError);
		try {
			simulate(s);
		} catch (e) {
			expect(e).toBeInstanceOf(FormulaError);
			expect((e as FormulaError).path).toBe('tranches[1].schedule.expr');
		}
		expect.assertions(3);
	});

	it('is not needed when no tranche uses a formula', () => {
		const json = formulaScenario('A/4');
		json.tranches = json.tranches.slice(0, 1);
		expect(simulate(unchecked(json)).summary.disbursedTotal.toString()).toBe('1');
	});
});
