/**
 * The worked scenarios of tests/fixtures (computed by an independent implementation of
 * MODEL.md): every field of `years` and `summary` must agree to 20 significant digits.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFormula, evaluateFormula } from '../../../src/lib/formula/index';
import { Decimal, formatProblems, resultsJson, simulate, validateScenario } from '../../../src/lib/model/index';

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const CASES = ['toy', 'gyeongju', 'loans-and-guarantees', 'v2-features'];

const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'));

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Equal to 20 significant digits: |x-y| <= 1e-20 * max(|x|, |y|, 1); null equals only null. */
function sameNumber(expected: unknown, got: unknown): boolean {
	if (expected === null || got === null) return expected === null && got === null;
	if (typeof got !== 'string' && typeof got !== 'number') return false;
	const x = new Decimal(expected as string | number);
	const y = new Decimal(got);
	const size = Decimal.max(x.abs(), y.abs(), 1);
	return x.minus(y).abs().lte(size.times('1e-20'));
}

/** Every field of `expected` that `got` does not match, by its path. */
function mismatches(expected: unknown, got: unknown, path: string): string[] {
	if (Array.isArray(expected)) {
		if (!Array.isArray(got) || got.length !== expected.length) return [`${path}: expected ${expected.length} entries`];
		return expected.flatMap((e, k) => mismatches(e, got[k], `${path}[${k}]`));
	}
	if (typeof expected === 'object' && expected !== null) {
		if (typeof got !== 'object' || got === null) return [`${path}: expected an object`];
		const record = got as Record<string, unknown>;
		return Object.entries(expected).flatMap(([key, e]) =>
			key in record ? mismatches(e, record[key], `${path}.${key}`) : [`${path}.${key}: missing`]
		);
	}
	if (typeof expected === 'string' && !NUMBER.test(expected))
		return expected === got ? [] : [`${path}: expected ${expected}, got ${String(got)}`]; // a name
	return sameNumber(expected, got) ? [] : [`${path}: expected ${String(expected)}, got ${String(got)}`];
}

describe('worked examples', () => {
	it.each(CASES)('the %s scenario gives its worked results to 20 significant digits', (name) => {
		const validation = validateScenario(readJson(`${name}.json`), { checkFormula });
		if (!validation.ok) throw new Error(formatProblems(validation.problems));
		const results = resultsJson(simulate(validation.scenario, { evaluateFormula }));
		const expected = readJson(`${name}.expected.json`) as { years: unknown[]; summary: object };

		expect(results.years).toHaveLength(expected.years.length);
		expect(mismatches(expected.years, results.years, 'years')).toEqual([]);
		expect(mismatches(expected.summary, results.summary, 'summary')).toEqual([]);
	});

	it('a difference in the 20th significant digit is caught, trailing zeros are not', () => {
		expect(sameNumber('25.00', '25')).toBe(true);
		expect(sameNumber('1.234567890123456789012', '1.234567890123456789013')).toBe(true);
		expect(sameNumber('1.2345678901234567891', '1.2345678901234567892')).toBe(false);
		expect(sameNumber('0', '1e-21')).toBe(true);
		expect(sameNumber('0', '1e-19')).toBe(false);
		expect(sameNumber(null, null)).toBe(true);
		expect(sameNumber(null, '0')).toBe(false);
		expect(sameNumber(2030, 2030)).toBe(true);
		expect(mismatches({ a: [{ b: '1' }] }, { a: [{ b: '2' }] }, 'x')).toEqual(['x.a[0].b: expected 1, got 2']);
		expect(mismatches({ name: 'Fund' }, { name: 'Fond' }, 'x')).toEqual(['x.name: expected Fund, got Fond']);
	});

	it('the v2 example holds every v2 feature and every v2 summary field', () => {
		const expected = readJson('v2-features.expected.json') as { summary: Record<string, unknown> };
		for (const key of ['terminalValueKorea', 'npvTerminal', 'npvFiscal', 'tranches'])
			expect(expected.summary, key).toHaveProperty(key);
		const tranches = expected.summary.tranches as { koreaIrr: string | null; recoupYear: number | null }[];
		expect(tranches).toHaveLength(4);
		expect(tranches.map((t) => t.koreaIrr === null)).toEqual([false, false, false, true]);
		expect(tranches[1].recoupYear).toBe(2042);
		const scenario = readJson('v2-features.json') as Record<string, unknown>;
		expect(Object.keys(scenario)).toEqual(expect.arrayContaining(['dealRisk']));
	});
});
