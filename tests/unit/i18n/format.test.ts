import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '../../../src/lib/i18n/format';

const locale = { en: 'en-US', ko: 'ko-KR' } as const;

describe('number formats built once', () => {
	it('format as a formatter built for the call would, whatever was formatted before', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('en' as const, 'ko' as const),
				fc.double({ min: -1e6, max: 1e6, noNaN: true }),
				fc.integer({ min: 0, max: 4 }),
				(lang, x, decimals) => {
					const opts = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
					expect(formatNumber(lang, x, decimals)).toBe(new Intl.NumberFormat(locale[lang], opts).format(x));
					expect(formatPercent(lang, x, decimals)).toBe(
						new Intl.NumberFormat(locale[lang], { ...opts, style: 'percent' }).format(x)
					);
				}
			)
		);
	});
});
