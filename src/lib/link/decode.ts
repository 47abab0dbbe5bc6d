/**
 * Query string -> page state. Never throws: whatever the input, the result holds a valid
 * scenario, and every part of the link that could not be used as written is a notice.
 */
import { scenarioToJson, type Message, type Scenario } from '../model/index';
import { defaultBase } from './base';
import { decodeScenario, type ScenarioOptions } from './decodeScenario';
import { SEED_MAX } from './encode';
import { LINK_MIGRATIONS, LINK_VERSION, upgradeParams, type LinkMigration } from './migrations';
import { cut, Notices } from './notices';
import { SECTOR_PACK, splitIndexed, TRANCHE_PACK } from './params';
import { parseQuery, queryOf } from './query';
import type { LinkNotice, LinkState, RawParam } from './types';
import { MAX_LINK_LENGTH } from './limits';

export { MAX_LINK_LENGTH };

/** Most params read from one link (a full comparison has about 500). */
export const MAX_PARAMS = 1000;

/** Options of decodeLink; `migrations` is for tests of old link versions. */
export interface DecodeOptions extends ScenarioOptions {
	migrations?: readonly LinkMigration[];
}

/** The result of decoding a link. */
export interface DecodedLink {
	state: LinkState;
	scenario: Scenario;
	notices: LinkNotice[];
}

function fallback(notes: Notices): DecodedLink {
	const base = defaultBase();
	return {
		state: { scenario: scenarioToJson(base.scenario), preset: base.id },
		scenario: base.scenario,
		notices: notes.list()
	};
}

/** Packed tranches and sectors (`t0=loan,120,...`) as the dotted params they stand for. */
function expandPacked(params: readonly RawParam[], notes: Notices): RawParam[] {
	const out: RawParam[] = [];
	for (const p of params) {
		const prefix = p.key.startsWith('a.') ? 'a.' : '';
		const ix = splitIndexed(p.key.slice(prefix.length));
		if (!ix || ix.field !== '') {
			out.push(p);
			continue;
		}
		const order = ix.list === 't' ? TRANCHE_PACK : SECTOR_PACK;
		const values = p.value.split(',');
		if (values.length > order.length) {
			const params = { param: p.key, n: order.length, order: order.join(',') };
			notes.add(p.key, p.value, 'too-many', { code: 'link.packed', params });
		}
		values.slice(0, order.length).forEach((value, j) => {
			if (value !== '') out.push({ key: `${prefix}${ix.list}${ix.index}.${order[j]}`, value, bare: false });
		});
	}
	return out;
}

/** Keeps the last of params given more than once. */
function dedupe(params: readonly RawParam[], notes: Notices): RawParam[] {
	const last = new Map<string, number>();
	params.forEach((p, i) => last.set(p.key, i));
	return params.filter((p, i) => {
		const j = last.get(p.key) as number;
		if (j === i) return true;
		const kept = params[j].value;
		const param: Message | string = p.key === '' ? { code: 'link.emptyName', params: {} } : p.key;
		notes.add(p.key, p.value, 'invalid', { code: 'link.repeated', params: { param, kept: cut(kept) } }, kept);
		return false;
	});
}

function decodeChecked(input: unknown, options: DecodeOptions, notes: Notices): DecodedLink {
	const text = typeof input === 'string' ? input : '';
	const preset = defaultBase().id;
	if (text.length > MAX_LINK_LENGTH) {
		const what = { code: 'link.tooLong', params: { max: MAX_LINK_LENGTH, preset } } as const;
		notes.add('(link)', text, 'too-long', what, preset);
		return fallback(notes);
	}
	const { params, dropped } = parseQuery(queryOf(text), MAX_PARAMS);
	if (dropped > 0) {
		notes.add('(link)', '', 'too-many', { code: 'link.tooManyParams', params: { max: MAX_PARAMS, dropped } });
	}
	const versions = dedupe(
		params.filter((p) => p.key === 'v'),
		notes
	);
	let upgraded: RawParam[] | Message = params.filter((p) => p.key !== 'v');
	const v = versions.length > 0 ? versions[0].value.trim() : String(LINK_VERSION);
	if (!/^\d{1,9}$/.test(v)) upgraded = { code: 'link.notVersion', params: {} };
	else if (Number(v) !== LINK_VERSION) {
		try {
			upgraded = upgradeParams(upgraded, Number(v), options.migrations ?? LINK_MIGRATIONS);
		} catch {
			upgraded = { code: 'link.noUpgrade', params: { v } };
		}
	}
	if (!Array.isArray(upgraded)) {
		const what = { code: 'link.version', params: { v: cut(v), why: upgraded, current: LINK_VERSION, preset } } as const;
		notes.add('v', v, 'unsupported-version', what, preset);
		return fallback(notes);
	}

	const state: Partial<LinkState> = {};
	const main: RawParam[] = [];
	const compare: RawParam[] = [];
	for (const p of dedupe(expandPacked(upgraded, notes), notes)) {
		if (p.key.startsWith('a.')) compare.push({ ...p, key: p.key.slice(2) });
		else if (p.key === 'lang') {
			if (p.value === 'en' || p.value === 'ko') state.lang = p.value;
			else notes.add('lang', p.value, 'invalid', { code: 'link.lang', params: {} });
		} else if (p.key === 'seed') {
			if (/^\d{1,10}$/.test(p.value) && Number(p.value) <= SEED_MAX) state.seed = Number(p.value);
			else notes.add('seed', p.value, 'invalid', { code: 'link.seed', params: { max: SEED_MAX } });
		} else main.push(p);
	}
	const decoded = decodeScenario(main, '', notes, options);
	const result: LinkState = { scenario: decoded.json, preset: decoded.presetId, ...state };
	if (compare.length > 0) {
		const a = decodeScenario(compare, 'a.', notes, options);
		result.compare = a.json;
		result.comparePreset = a.presetId;
	}
	return { state: result, scenario: decoded.scenario, notices: notes.list() };
}

/**
 * Reads a share link: a full address, `?query` or a bare query. Never throws; the
 * scenario always validates; what could not be used is listed in `notices`. A formula
 * goes through `options.checkFormula` when it is given (load the formula module first
 * when linkHasFormula says so).
 */
export function decodeLink(input: string, options: DecodeOptions = {}): DecodedLink {
	const notes = new Notices();
	try {
		return decodeChecked(input, options ?? {}, notes);
	} catch {
		const preset = defaultBase().id;
		notes.add('(link)', '', 'invalid', { code: 'link.unreadable', params: { preset } }, preset);
		return fallback(notes);
	}
}

/** Whether a link has a formula schedule, so the page can load the formula module before decoding. */
export function linkHasFormula(input: string): boolean {
	try {
		if (typeof input !== 'string' || input.length > MAX_LINK_LENGTH) return false;
		return parseQuery(queryOf(input), MAX_PARAMS).params.some((p) => {
			const ix = splitIndexed(p.key.startsWith('a.') ? p.key.slice(2) : p.key);
			if (!ix || ix.list !== 't') return false;
			if (ix.field === 'f') return p.value.trim() !== '';
			if (ix.field === 'm') return p.value === 'formula';
			return ix.field === '' && p.value.split(',')[2] === 'formula';
		});
	} catch {
		return false;
	}
}
