import { describe, expect, it } from 'vitest';
import { once } from '../../src/lib/once';

describe('once', () => {
	it('runs the loader at the first call only and shares its promise', async () => {
		let calls = 0;
		const load = once(async () => ++calls);
		const first = load();
		expect(load()).toBe(first);
		expect(await first).toBe(1);
		expect(await load()).toBe(1);
		expect(calls).toBe(1);
	});

	it('forgets a failure, so the next call tries again and then keeps the success', async () => {
		let calls = 0;
		const load = once(async () => {
			calls += 1;
			if (calls === 1) throw new Error('dropped connection');
			return 'module';
		});
		const failed = load();
		// Calls made while the failing try is in flight share it.
		expect(load()).toBe(failed);
		await expect(failed).rejects.toThrow('dropped connection');
		expect(await load()).toBe('module');
		expect(await load()).toBe('module');
		expect(calls).toBe(2);
	});
});
