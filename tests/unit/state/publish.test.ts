import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('$app/navigation', () => ({ replaceState: () => undefined }));
vi.stubGlobal('location', { origin: 'https://pledge.example', pathname: '/', search: '' });

const { shareLink, shareLinkNow } = await import('../../../src/lib/state/publish');
const { calc } = await import('../../../src/lib/state/calculator.svelte');
const { DEFAULT_PRESET_ID } = await import('../../../src/lib/presets/index');

describe('the link to share', () => {
	it('is not given synchronously before the link codec has loaded (never a link that would not restore)', () => {
		expect(shareLinkNow()).toBeNull();
	});

	describe('once the codec has loaded', () => {
		beforeAll(async () => {
			await shareLink();
		});

		it('is the preset’s own page for a preset left unchanged, the same as the waiting path gives', async () => {
			expect(shareLinkNow()).toBe(`https://pledge.example/preset/${DEFAULT_PRESET_ID}`);
			expect(shareLinkNow()).toBe(await shareLink());
		});

		it('is the share link of an edited scenario, at once and the same as the waiting path gives', async () => {
			const edited = calc.plain();
			edited.name = 'Edited for the test';
			calc.json = edited;
			const now = shareLinkNow();
			expect(now).toMatch(/^https:\/\/pledge\.example\/\?v=2&/);
			expect(now).toContain('Edited');
			expect(now).toBe(await shareLink());
		});
	});
});
