import { describe, expect, it } from 'vitest';
import { canonicalDecimal, Decimal } from '../../../src/lib/model/index';

describe('the canonical text of a decimal', () => {
	it.each([
		{ args: '0.150', expected: '0.15' },
		{ args: '-0', expected: '0' },
		{ args: '-0.000', expected: '0' },
		{ args: '1e3', expected: '1000' },
		{ args: '0.0000001', expected: '1e-7' },
		{ args: '-2.50', expected: '-2.5' },
		{ args: '350', expected: '350' }
	])('$args is written $expected', ({ args, expected }) => {
		expect(canonicalDecimal(new Decimal(args))).toBe(expected);
	});
});
