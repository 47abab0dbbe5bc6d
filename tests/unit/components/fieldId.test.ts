import { describe, expect, it } from 'vitest';
import { fieldId } from '../../../src/lib/components/fieldId';

describe("a field's element id comes from its path", () => {
	it.each([
		{ path: 'startYear', expected: 'f-startYear' },
		{ path: 'discountRate', expected: 'f-discountRate' },
		{ path: 'economy.gdp0', expected: 'f-economy-gdp0' },
		{ path: 'economy.taxRatio', expected: 'f-economy-taxRatio' },
		{ path: 'dealRisk.endYear', expected: 'f-dealRisk-endYear' },
		{ path: 'trade.substitutionElasticity', expected: 'f-trade-substitutionElasticity' },
		{ path: 'tranches[0].amount', expected: 't0-amount' },
		{ path: 'tranches[3].koreaShareBeforeRecoup', expected: 't3-koreaShareBeforeRecoup' },
		{ path: 'tranches[0].continuationYears', expected: 't0-continuationYears' },
		{ path: 'tranches[1].schedule.years', expected: 't1-years' },
		{ path: 'tranches[1].schedule.cap', expected: 't1-cap' },
		{ path: 'tranches[1].schedule.delay', expected: 't1-delay' },
		{ path: 'tranches[1].schedule.expr', expected: 't1-expr' },
		{ path: 'tranches[2].schedule.amounts[0]', expected: 't2-amount-0' },
		{ path: 'tranches[2].schedule.amounts[11]', expected: 't2-amount-11' },
		{ path: 'tranches[7].instrument', expected: 't7-instrument' }
	])('$path → $expected (the id the page had before)', ({ path, expected }) => {
		expect(fieldId(path)).toBe(expected);
	});

	it('different fields get different ids', () => {
		const paths = [
			'tranches[0].amount',
			'tranches[0].schedule.amounts[0]',
			'tranches[1].amount',
			'tranches[10].amount',
			'economy.gdp0',
			'trade.elasticity',
			'trade.shortRunElasticity'
		];
		expect(new Set(paths.map(fieldId)).size).toBe(paths.length);
	});
});
