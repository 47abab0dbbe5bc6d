/**
 * Versions of the link format. Links always say their version (`v=1`); an older link is
 * upgraded step by step through LINK_MIGRATIONS before it is read, so old links keep
 * working when the format changes. To change the format: raise LINK_VERSION and add a
 * migration from the previous version that rewrites its params into the new ones.
 */
import type { Message } from '../model/index';
import type { RawParam } from './types';

/** The version this code writes and reads. */
export const LINK_VERSION = 2;

/** Rewrites the params of version `from` into those of version `from + 1`. */
export interface LinkMigration {
	from: number;
	migrate: (params: readonly RawParam[]) => RawParam[];
}

/**
 * The migrations to the current version. v1 -> v2: version 2 only adds params (MODEL.md
 * v2 fields, which a v1 link leaves at their defaults, so it means exactly what it
 * meant), and a link without `p=` still starts from mou-2025 (LINK_BASE_PRESET_ID).
 */
export const LINK_MIGRATIONS: readonly LinkMigration[] = [{ from: 1, migrate: (params) => [...params] }];

/**
 * The params of a link of `version`, upgraded to LINK_VERSION, or a message saying why
 * they cannot be (a future version, or no migration from an old one).
 */
export function upgradeParams(
	params: readonly RawParam[],
	version: number,
	migrations: readonly LinkMigration[] = LINK_MIGRATIONS
): RawParam[] | Message {
	if (version > LINK_VERSION) return { code: 'link.newerVersion', params: { v: version } };
	let current = [...params];
	for (let v = version; v < LINK_VERSION; v++) {
		const step = migrations.find((m) => m.from === v);
		if (!step) return { code: 'link.oldVersion', params: { v: version } };
		current = step.migrate(current);
	}
	return current;
}
