import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatPercent, formatUsdBn } from '../../../src/lib/i18n/format';

const locale = { en: 'en-US', ko: 'ko-KR' } as const;

describe('numbers written as Intl.NumberFormat writes them, without it', () => {
	const intl = (lang: 'en' | 'ko', x: number, decimals: number, style: 'decimal' | 'percent') =>
		new Intl.NumberFormat(locale[lang], {
			style,
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals
		}).format(x);
	const same = (lang: 'en' | 'ko', x: number, decimals: number) => {
		expect(formatNumber(lang, x, decimals), `${x} ${decimals}`).toBe(intl(lang, x, decimals, 'decimal'));
		expect(formatPercent(lang, x, decimals), `${x} ${decimals}%`).toBe(intl(lang, x, decimals, 'percent'));
	};
	const langs = fc.constantFrom('en' as const, 'ko' as const);

	it('agree on any double, small or large', () => {
		fc.assert(fc.property(langs, fc.double({ noNaN: true }), fc.integer({ min: 0, max: 4 }), same), { numRuns: 2000 });
	});

	it('agree on values with few digits, where halves and near-halves are', () => {
		fc.assert(
			fc.property(
				langs,
				fc.integer({ min: -10_000_000, max: 10_000_000 }),
				fc.integer({ min: 0, max: 6 }),
				fc.integer({ min: 0, max: 4 }),
				(lang, n, scale, decimals) => same(lang, n / 10 ** scale, decimals)
			),
			{ numRuns: 3000 }
		);
	});

	it.each([
		0,
		-0,
		0.0145,
		-0.0145,
		0.00125,
		1.005,
		-0.04,
		0.5,
		2.5,
		-2.5,
		999.95,
		1e20,
		1e21,
		-1e22,
		Infinity,
		-Infinity,
		NaN,
		5e-324
	])('agree on %s', (x) => {
		for (const lang of ['en', 'ko'] as const) for (const decimals of [0, 1, 2, 3]) same(lang, x, decimals);
	});
});

describe('money in the chosen currency and language', () => {
	it.each([
		{ args: ['en', 12.34, 'usd', 1400], expected: '$12.3bn' },
		{ args: ['en', 350, 'usd', 1400], expected: '$350bn' },
		{ args: ['en', 99.96, 'usd', 1400], expected: '$100.0bn' },
		{ args: ['en', -0.0173, 'usd', 1400], expected: '−$0.02bn' },
		{ args: ['en', 0.001, 'usd', 1400], expected: '$0.0bn' },
		{ args: ['ko', 12.34, 'usd', 1400], expected: '123억 달러' },
		{ args: ['ko', 350, 'usd', 1400], expected: '3,500억 달러' },
		{ args: ['ko', -0.0173, 'usd', 1400], expected: '−0.17억 달러' },
		{ args: ['ko', 0.0001, 'usd', 1400], expected: '0억 달러' },
		{ args: ['en', 12.5, 'krw', 1400], expected: '₩17.5trn' },
		{ args: ['en', 350, 'krw', 1400], expected: '₩490trn' },
		{ args: ['ko', 12.5, 'krw', 1400], expected: '17.5조 원' },
		{ args: ['ko', -350, 'krw', 1400], expected: '−490조 원' }
	] as const)('formatMoney($args.0, $args.1, $args.2) is $expected', ({ args, expected }) => {
		const [lang, usdBn, currency, fx] = args;
		expect(formatMoney(lang, usdBn, currency, fx)).toBe(expected);
	});

	it.each([
		{ args: ['en', 26.25, 1], expected: '$26.3bn' },
		{ args: ['en', -1234.5, 0], expected: '−$1,235bn' },
		{ args: ['en', 0.5, 2], expected: '$0.50bn' },
		{ args: ['ko', 26.25, 0], expected: '263억 달러' },
		{ args: ['ko', 26.25, 1], expected: '262.5억 달러' },
		{ args: ['ko', -350, 0], expected: '−3,500억 달러' }
	] as const)('formatUsdBn($args.0, $args.1, $args.2) is $expected', ({ args, expected }) => {
		const [lang, usdBn, decimals] = args;
		expect(formatUsdBn(lang, usdBn, decimals)).toBe(expected);
	});
});
