import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../src/lib/i18n/format';

describe('money as people read it', () => {
	it('keeps two decimals for small amounts that would otherwise show as 0, not for what still rounds to 0', () => {
		expect(formatMoney('en', -0.0173, 'usd', 1400)).toBe('−$0.02bn');
		expect(formatMoney('en', 0.001, 'usd', 1400)).toBe('$0.0bn');
		expect(formatMoney('en', 2.44, 'usd', 1400)).toBe('$2.4bn');
		expect(formatMoney('en', 168.2, 'usd', 1400)).toBe('$168bn');
		expect(formatMoney('ko', 0.0173, 'usd', 1400)).toBe('0.17억 달러');
		expect(formatMoney('ko', 2.44, 'usd', 1400)).toBe('24억 달러');
	});
});
