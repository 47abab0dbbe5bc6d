import { describe, expect, it } from 'vitest';
import { cloneJson } from '../../../src/lib/state/json';

describe('a copy of a JSON value', () => {
	it('is deep: changing the copy leaves the original as it was', () => {
		const original = { tranches: [{ name: 'Cash', schedule: { mode: 'cap', cap: '20' } }] };
		const copy = cloneJson(original);
		copy.tranches[0].schedule.cap = '5';
		copy.tranches.push({ name: 'More', schedule: { mode: 'cap', cap: '1' } });
		expect(original).toEqual({ tranches: [{ name: 'Cash', schedule: { mode: 'cap', cap: '20' } }] });
	});

	it('holds what JSON holds: a field left undefined is left out, as in a file or a link', () => {
		const copy = cloneJson({ a: '1', b: undefined, c: null, d: [1, '2'] });
		expect(copy).toEqual({ a: '1', c: null, d: [1, '2'] });
		expect('b' in copy).toBe(false);
	});
});
