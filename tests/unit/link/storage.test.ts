import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeLink, encodeLink, type LinkState } from '../../../src/lib/link/index';
import { loadStoredLink, saveStoredLink, STORAGE_KEY, type StorageLike } from '../../../src/lib/link/storage';
import type { ScenarioJson } from '../../../src/lib/model/index';
import { presetById } from '../../../src/lib/presets/index';
import gyeongju from '../../fixtures/gyeongju.json';
import { canonical, expectSound } from './helpers';

const mou = canonical(gyeongju as ScenarioJson);

function memory(): StorageLike & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, String(v)),
		removeItem: (k) => void data.delete(k)
	};
}

const throwing: StorageLike = {
	getItem: () => {
		throw new Error('SecurityError');
	},
	setItem: () => {
		throw new Error('SecurityError');
	},
	removeItem: () => {
		throw new Error('SecurityError');
	}
};

afterEach(() => vi.unstubAllGlobals());

/** What the page does (state/persist.svelte.ts): the state saved as its link, read back through decodeLink. */
const saveLinkState = (state: LinkState, storage?: StorageLike | null) => saveStoredLink(encodeLink(state), storage);
function loadLinkState(storage?: StorageLike | null) {
	const query = loadStoredLink(storage);
	return query === null ? null : decodeLink(query);
}

describe('the last state in localStorage', () => {
	it('is saved as the link query under pledge-calculator:v1 and read back', () => {
		const store = memory();
		const japan = presetById('japan-style')?.scenario as ScenarioJson;
		const state = { scenario: { ...structuredClone(japan), discountRate: '0.05' }, lang: 'ko' as const, seed: 7 };
		expect(saveLinkState(state, store)).toBe(true);
		expect(STORAGE_KEY).toBe('pledge-calculator:v1');
		expect(store.data.get(STORAGE_KEY)).toBe(encodeLink(state));
		const loaded = loadLinkState(store);
		expect(loaded?.notices).toEqual([]);
		expect(loaded?.state.scenario).toEqual(canonical(state.scenario));
		expect(loaded?.state.lang).toBe('ko');
		expect(loaded?.state.seed).toBe(7);
		expect(loadStoredLink(store)).toBe(encodeLink(state));
		store.removeItem(STORAGE_KEY);
		expect(loadLinkState(store)).toBeNull();
	});

	it('gives nothing, without throwing, when storage is empty, missing, disabled or throws', () => {
		expect(loadLinkState(memory())).toBeNull();
		expect(loadLinkState(null)).toBeNull();
		expect(loadLinkState(throwing)).toBeNull();
		expect(saveLinkState({ scenario: mou }, throwing)).toBe(false);
		expect(saveStoredLink('v=1', null)).toBe(false);
	});

	it('reports a full storage as not saved', () => {
		const full = memory();
		full.setItem = () => {
			throw new DOMException('quota', 'QuotaExceededError');
		};
		expect(saveLinkState({ scenario: mou }, full)).toBe(false);
	});

	it('reads junk through the same checks as a link', () => {
		for (const junk of ['{"not":"a link"}', 'v=1&d=banana', '<script>', '\u0000'.repeat(10), 'x'.repeat(70000)]) {
			const store = memory();
			store.data.set(STORAGE_KEY, junk);
			const loaded = loadLinkState(store);
			if (loaded === null) expect(junk.length).toBeGreaterThan(65536);
			else {
				expectSound(loaded);
				expect(loaded.notices.length).toBeGreaterThan(0);
			}
		}
		const odd = memory();
		odd.getItem = () => 42 as unknown as string;
		expect(loadStoredLink(odd)).toBeNull();
	});

	it('uses window.localStorage by default, and copes when reading it throws', () => {
		const store = memory();
		vi.stubGlobal('localStorage', store);
		expect(saveLinkState({ scenario: mou, lang: 'en' })).toBe(true);
		expect(loadLinkState()?.state.lang).toBe('en');
		vi.unstubAllGlobals();
		Object.defineProperty(globalThis, 'localStorage', {
			configurable: true,
			get() {
				throw new Error('SecurityError: storage is disabled');
			}
		});
		try {
			expect(loadLinkState()).toBeNull();
			expect(saveLinkState({ scenario: mou })).toBe(false);
		} finally {
			delete (globalThis as { localStorage?: unknown }).localStorage;
		}
	});
});
