/**
 * The last page state in localStorage, so a reload without a link brings the work back.
 * Stored as the share link's query string, so whatever is read back (an old version,
 * junk, another app's data) goes through decodeLink's checks. Never throws: storage may
 * be missing, disabled, full or hold anything.
 */
import { MAX_LINK_LENGTH } from './limits';

/** The storage key (the version is that of the storage format, not of the link). */
export const STORAGE_KEY = 'pledge-calculator:v1';

/** The part of the Web Storage API used here (tests pass a fake). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function browserStorage(): StorageLike | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null; // Reading `localStorage` itself throws when storage is disabled.
	}
}

/** Saves a query string; false when it could not be saved. */
export function saveStoredLink(query: string, storage: StorageLike | null = browserStorage()): boolean {
	try {
		if (!storage || typeof query !== 'string') return false;
		storage.setItem(STORAGE_KEY, query);
		return true;
	} catch {
		return false; // Full (QuotaExceededError), disabled or gone.
	}
}

/** The stored query string, or null when there is none (or it cannot be a link). */
export function loadStoredLink(storage: StorageLike | null = browserStorage()): string | null {
	try {
		const value = storage?.getItem(STORAGE_KEY);
		return typeof value === 'string' && value.length > 0 && value.length <= MAX_LINK_LENGTH ? value : null;
	} catch {
		return null;
	}
}
