import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/lib/model/decimal';
import { LN_STEP } from '../../../src/lib/model/power';

describe('the power function’s constant', () => {
	it('ln(65/64) written out is the correctly rounded value the model’s Decimal computes', () => {
		const computed = new Decimal(65).div(64).ln();
		expect(LN_STEP.eq(computed)).toBe(true);
		expect(LN_STEP.toString()).toBe(computed.toString());
		expect(LN_STEP.precision(true)).toBeLessThanOrEqual(40);
	});
});
