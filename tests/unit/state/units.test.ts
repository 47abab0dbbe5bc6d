import { describe, expect, it } from 'vitest';
import { SCENARIO_FIELDS, type FieldMeta } from '../../../src/lib/model/index';
import {
	cleanTyped,
	fromShown,
	parseParam,
	parseShown,
	shownNumber,
	shownParam,
	shownRange,
	shownSlider,
	toShown
} from '../../../src/lib/state/units';

const fraction: FieldMeta = SCENARIO_FIELDS.discountRate;
const usdBn: FieldMeta = { unit: 'usdBn', min: '0', slider: { min: '0', max: '100', step: '1' } };

describe('a stored value as a control shows it, and back, decimal-exact', () => {
	it.each([
		{ args: ['0.0025', fraction], expected: '0.25' },
		{ args: ['0.15', fraction], expected: '15' },
		{ args: ['0.07', fraction], expected: '7' },
		{ args: ['0.007175', fraction], expected: '0.7175' },
		{ args: ['-0.015', fraction], expected: '-1.5' },
		{ args: [0.035, fraction], expected: '3.5' },
		{ args: ['0.1', usdBn], expected: '0.1' },
		{ args: ['350', usdBn], expected: '350' },
		{ args: ['abc', fraction], expected: 'abc' },
		{ args: [undefined, fraction], expected: '' }
	] as const)('toShown($args.0) is $expected', ({ args, expected }) => {
		expect(toShown(args[0], args[1])).toBe(expected);
	});

	it.each([
		{ args: ['0.25', fraction], expected: '0.0025' },
		{ args: ['15', fraction], expected: '0.15' },
		{ args: ['7', fraction], expected: '0.07' },
		{ args: ['0.7175', fraction], expected: '0.007175' },
		{ args: [' 1,5 %', fraction], expected: '0.15' },
		{ args: ['−1.5', fraction], expected: '-0.015' },
		{ args: ['1,234.5', usdBn], expected: '1234.5' },
		{ args: ['abc', fraction], expected: null },
		{ args: ['', usdBn], expected: null }
	] as const)('fromShown($args.0) is $expected', ({ args, expected }) => {
		expect(fromShown(args[0], args[1])).toBe(expected);
	});

	it('reads back what it shows, for every step of a slider', () => {
		const steps = ['0', '0.0025', '0.005', '0.0175', '0.0425', '0.12'];
		for (const s of steps) expect(fromShown(toShown(s, fraction), fraction)).toBe(s);
	});

	it('gives slider and valid ranges in shown units', () => {
		expect(shownSlider(fraction)).toEqual({ min: '0', max: '12', step: '0.25' });
		expect(shownRange(fraction)).toEqual({ min: '-100', max: '100' });
		expect(shownRange(usdBn)).toEqual({ min: '0', max: null });
	});
});

describe('what a user typed', () => {
	it.each([
		{ args: ' 1,5 %', expected: '15' },
		{ args: '1,234.5', expected: '1234.5' },
		{ args: '−0.76', expected: '-0.76' },
		{ args: '12 %', expected: '12' }
	])('$args is read as $expected', ({ args, expected }) => {
		expect(cleanTyped(args)).toBe(expected);
	});

	it('is one parse for fields and distribution parameters alike', () => {
		expect(parseShown('fraction', '2.5')?.toString()).toBe('0.025');
		expect(parseShown('number', 'x')).toBeNull();
	});
});

describe('distribution parameters in the units people read', () => {
	it.each([
		['fraction', 0.0013, '0.13'],
		['fraction', 0.02, '2'],
		['fraction', 0.007175, '0.7175'],
		['number', -2.25, '-2.25']
	] as const)('%s %d is shown as %s and read back', (unit, value, text) => {
		expect(shownParam(unit, value)).toBe(text);
		expect(parseParam(unit, text)).toBe(value);
	});

	it('reads percent signs, commas and a typographic minus; refuses words', () => {
		expect(parseParam('fraction', ' 1,5 %')).toBe(0.15);
		expect(parseParam('number', '−0.76')).toBe(-0.76);
		expect(parseParam('fraction', 'abc')).toBeNull();
		expect(parseParam('fraction', '')).toBeNull();
	});
});

describe('a value as a plain number for a chart', () => {
	it('shows fractions in percent and everything else as it is', () => {
		expect(shownNumber('fraction', '0.25')).toBe(25);
		expect(shownNumber('usdBn', '20')).toBe(20);
	});
});
