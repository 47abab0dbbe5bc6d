/**
 * The assumptions of the scenario on screen with their sources, for the printed report:
 * every value the preset gives a source for, as shown on the page, with its source and
 * date, and what the preset had when the value was changed.
 */
import { formatMoney, formatNumber, formatPercent, type Lang, type MessageKey, type Translate } from '../i18n/index';
import {
	DEAL_RISK_FIELDS,
	ECONOMY_FIELDS,
	ECONOMY_V2_FIELDS,
	SCENARIO_FIELDS,
	SCHEDULE_FIELDS,
	SECTOR_FIELDS,
	SECTOR_V2_FIELDS,
	TRADE_FIELDS,
	TRADE_V2_FIELDS,
	TRANCHE_FIELDS,
	type FieldMeta,
	type ScenarioJson,
	type Unit
} from '../model/index';
import type { Preset, Source } from '../presets/index';

/** One row of the printed assumptions. */
export interface AssumptionRow {
	path: string;
	label: string;
	value: string;
	/** The preset's value, when the scenario's differs from it. */
	presetValue: string | null;
	source: string;
	url?: string;
}

const UNITS: Record<string, Unit> = Object.fromEntries(
	[
		SCENARIO_FIELDS,
		ECONOMY_FIELDS,
		ECONOMY_V2_FIELDS,
		DEAL_RISK_FIELDS,
		TRADE_FIELDS,
		TRADE_V2_FIELDS,
		TRANCHE_FIELDS,
		SCHEDULE_FIELDS,
		SECTOR_FIELDS,
		SECTOR_V2_FIELDS
	].flatMap((table) => Object.entries(table as Record<string, FieldMeta>).map(([name, meta]) => [name, meta.unit]))
);

/** The value at a field path ('trade.sectors[2].tariffDeal') of a scenario, or undefined. */
export function valueAt(json: unknown, path: string): unknown {
	let at: unknown = json;
	for (const part of path.match(/[^.[\]]+/g) ?? []) {
		if (at === null || typeof at !== 'object') return undefined;
		at = (at as Record<string, unknown>)[part];
	}
	return at;
}

function formatValue(value: unknown, unit: Unit | undefined, lang: Lang, fx: number): string {
	if (Array.isArray(value)) {
		return value
			.map((x) =>
				x !== null && typeof x === 'object' && 'from' in x
					? `${(x as { from: number }).from}: ${formatValue((x as { rate: unknown }).rate, unit, lang, fx)}`
					: formatValue(x, unit, lang, fx)
			)
			.join('; ');
	}
	if (value === null) return '—';
	const x = Number(value);
	if (typeof value === 'boolean' || !Number.isFinite(x) || value === '') return String(value);
	switch (unit) {
		case 'fraction': {
			const percent = Math.round(x * 1e6) / 1e4;
			return formatPercent(lang, x, Math.min(2, String(percent).split('.')[1]?.length ?? 0));
		}
		case 'usdBn':
			return formatMoney(lang, x, 'usd', fx);
		case 'year':
			return String(x);
		default:
			return formatNumber(lang, x, Number.isInteger(x) ? 0 : 2);
	}
}

/** A field's label: the field's own, after its tranche's or sector's name. */
function labelOf(json: ScenarioJson, path: string, t: Translate): string {
	const parts = path.match(/[^.[\]]+/g) ?? [];
	const name = parts[parts.length - 1];
	let key = `field.${name}`;
	const tranche = /^tranches\[(\d+)\]/.exec(path);
	if (tranche && name === 'returnRate') key = `field.returnRate.${json.tranches[Number(tranche[1])]?.instrument}`;
	const text = t(key as MessageKey);
	const label = text === key ? name : text;
	const sector = /^trade\.sectors\[(\d+)\]/.exec(path);
	if (tranche) return `${json.tranches[Number(tranche[1])]?.name ?? ''} · ${label}`;
	if (sector) return `${json.trade.sectors[Number(sector[1])]?.name ?? ''} · ${label}`;
	return label;
}

function sourceText(source: Source, lang: Lang): string {
	const label = lang === 'ko' && source.labelKo ? source.labelKo : source.label;
	return `${label} (${source.date})`;
}

const same = (a: unknown, b: unknown) =>
	typeof a !== 'object' && typeof b !== 'object' && Number.isFinite(Number(a)) && a !== '' && b !== ''
		? Number(a) === Number(b)
		: JSON.stringify(a) === JSON.stringify(b);

/** The rows of the printed assumptions, in the order of the preset's sources. */
export function assumptionRows(json: ScenarioJson, preset: Preset, lang: Lang, t: Translate): AssumptionRow[] {
	const fx = Number(json.economy.fx0);
	const rows: AssumptionRow[] = [];
	for (const [path, source] of Object.entries(preset.sources)) {
		const value = valueAt(json, path);
		if (value === undefined) continue;
		const unit = UNITS[(path.match(/[^.[\]]+/g) ?? []).at(-1) ?? ''];
		const before = valueAt(preset.scenario, path);
		rows.push({
			path,
			label: labelOf(json, path, t),
			value: formatValue(value, unit, lang, fx),
			presetValue: same(value, before) ? null : formatValue(before, unit, lang, fx),
			source: sourceText(source, lang),
			url: source.url
		});
	}
	return rows;
}
