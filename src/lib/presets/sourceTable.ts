/**
 * A preset as the Sources & method page lists it: every field, grouped as the calculator
 * groups them, with the value shown as people read it and the source it comes from.
 * Pure data for the page's tables; the page only renders it.
 */
import type { Lang, MessageKey } from '../i18n/index';
import { fill, METHOD } from '../i18n/method';
import {
	APPLIES,
	Decimal,
	ECONOMY_FIELDS,
	SCENARIO_FIELDS,
	SCHEDULE_FIELDS,
	SECTOR_FIELDS,
	TRADE_FIELDS,
	TRANCHE_DEFAULTS,
	TRANCHE_FIELDS,
	type Dec,
	type Num,
	type TariffJson,
	type Unit
} from '../model/index';
import { sourceFor, type Preset, type Source } from './index';

/** The page's texts in one language, with `{name}` placeholders filled (as `translate`). */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** One field of a preset: where it is, what it is called, its value and its source. */
export interface SourceRow {
	path: string;
	label: string;
	value: string;
	/** The value is code (a formula), shown as such. */
	code?: boolean;
	/** The preset leaves the field out: the value is the model's default. */
	modelDefault?: boolean;
	source?: Source;
	/** The list path the source was given for, when it is not the row's own path. */
	sourcePath?: string;
}

/** A heading and its rows: the scenario, the economy, each tranche, the tariffs, each sector. */
export interface SourceGroup {
	heading: string;
	rows: SourceRow[];
}

/** A decimal with thousands separators and a true minus sign, never in exponent form. */
export function grouped(x: Dec): string {
	const [int, frac] = x.abs().toFixed().split('.');
	const sign = x.isNeg() && !x.isZero() ? '−' : '';
	return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

/** A stored value as people read it: fractions as percent, money with its unit, '—' when absent. */
export function shownValue(value: Num | undefined, unit: Unit, lang: Lang, t: Translate): string {
	if (value === undefined || value === '') return '—';
	let x: Dec;
	try {
		x = new Decimal(value);
	} catch {
		return String(value);
	}
	switch (unit) {
		case 'fraction':
			return `${grouped(x.times(100))}%`;
		case 'usdBn':
			return lang === 'ko' ? `${grouped(x.times(10))}억 달러` : `$${grouped(x)}bn`;
		case 'krwTrn':
			return t('unit.valuetext.krwTrn', { value: grouped(x) });
		case 'krwPerUsd':
			return t('unit.valuetext.krwPerUsd', { value: grouped(x) });
		case 'years':
			return lang === 'en' && x.eq(1) ? '1 year' : t('unit.valuetext.years', { value: grouped(x) });
		case 'year':
			return x.toFixed();
		default:
			return grouped(x);
	}
}

/** A tariff as people read it: a rate, or (v2) its dated steps. */
export function shownTariff(value: TariffJson | undefined, unit: Unit, lang: Lang, t: Translate): string {
	if (!Array.isArray(value)) return shownValue(value, unit, lang, t);
	return value.map((step) => `${step.from}: ${shownValue(step.rate, unit, lang, t)}`).join(' → ');
}

/**
 * A row of `preset` with its source (sourceFor's): its own, or that of the list it is an
 * entry of, then saying which list.
 */
function row(preset: Preset, path: string, label: string, value: string, extra: Partial<SourceRow> = {}): SourceRow {
	const source = sourceFor(preset, path);
	if (source === undefined) return { path, label, value, ...extra };
	if (Object.prototype.hasOwnProperty.call(preset.sources, path)) return { path, label, value, source, ...extra };
	const sourcePath = Object.keys(preset.sources).find((k) => path.startsWith(`${k}[`) && preset.sources[k] === source);
	return { path, label, value, source, sourcePath, ...extra };
}

/** The rows of tranche k: its structure, amount, timetable and the fields its structure uses. */
function trancheRows(p: Preset, k: number, lang: Lang, t: Translate): SourceRow[] {
	const shown = (value: Num | undefined, unit: Unit) => shownValue(value, unit, lang, t);
	const tr = p.scenario.tranches[k];
	const base = `tranches[${k}]`;
	const s = tr.schedule;
	const delay = s.delay ?? '0';
	const rows = [row(p, `${base}.instrument`, t('field.instrument'), t(`instrument.${tr.instrument}`))];
	if (s.mode !== 'custom') rows.push(row(p, `${base}.amount`, t('field.amount'), shown(tr.amount, 'usdBn')));
	rows.push(row(p, `${base}.schedule.mode`, t('field.mode'), t(`mode.${s.mode}`)));
	rows.push(
		row(p, `${base}.schedule.delay`, t('field.delay'), shown(delay, SCHEDULE_FIELDS.delay.unit), {
			modelDefault: s.delay === undefined
		})
	);
	if (s.mode === 'even')
		rows.push(row(p, `${base}.schedule.years`, t('field.years'), shown(s.years, SCHEDULE_FIELDS.years.unit)));
	if (s.mode === 'cap')
		rows.push(row(p, `${base}.schedule.cap`, t('field.cap'), shown(s.cap, SCHEDULE_FIELDS.cap.unit)));
	if (s.mode === 'formula') rows.push(row(p, `${base}.schedule.expr`, t('field.expr'), s.expr ?? '', { code: true }));
	if (s.mode === 'custom') {
		(s.amounts ?? []).forEach((a, j) => {
			const year = j + 1 + Number(delay);
			const label = `${t('field.amounts')} ${year}`;
			rows.push(row(p, `${base}.schedule.amounts[${j}]`, label, shown(a, SCHEDULE_FIELDS.amount.unit)));
		});
	}
	for (const f of APPLIES[tr.instrument]) {
		if (f === 'amount') continue;
		const label = f === 'returnRate' ? t(`field.returnRate.${tr.instrument}`) : t(`field.${f}` as MessageKey);
		const value = tr[f] ?? TRANCHE_DEFAULTS[f as keyof typeof TRANCHE_DEFAULTS];
		rows.push(
			row(p, `${base}.${f}`, label, shown(value, TRANCHE_FIELDS[f].unit), { modelDefault: tr[f] === undefined })
		);
	}
	return rows;
}

/**
 * Every field of a preset, grouped as the calculator groups them, with its value and
 * source, in `lang`. Sources given for paths no row shows (a whole tranche, an unused
 * field) are listed in a last group, never dropped.
 */
export function presetRows(p: Preset, lang: Lang, t: Translate): SourceGroup[] {
	const d = METHOD[lang].defaults;
	const shown = (value: Num | undefined, unit: Unit) => shownValue(value, unit, lang, t);
	const sc = p.scenario;
	const scenario: SourceRow[] = [];
	if (sc.name !== undefined) scenario.push(row(p, 'name', t('field.name'), lang === 'ko' ? p.title.ko : sc.name));
	for (const [k, meta] of Object.entries(SCENARIO_FIELDS)) {
		scenario.push(row(p, k, t(`field.${k}` as MessageKey), shown(sc[k as keyof typeof SCENARIO_FIELDS], meta.unit)));
	}
	const groups: SourceGroup[] = [
		{ heading: d.scenario, rows: scenario },
		{
			heading: t('group.economy'),
			rows: Object.entries(ECONOMY_FIELDS).map(([k, meta]) =>
				row(
					p,
					`economy.${k}`,
					t(`field.${k}` as MessageKey),
					shown(sc.economy[k as keyof typeof ECONOMY_FIELDS], meta.unit)
				)
			)
		},
		...sc.tranches.map((tr, k) => ({
			heading: fill(d.tranche, { n: k + 1, name: (lang === 'ko' ? p.names?.ko.tranches[k] : undefined) ?? tr.name }),
			rows: trancheRows(p, k, lang, t)
		})),
		{
			heading: t('group.tariffs'),
			rows: Object.entries(TRADE_FIELDS).map(([k, meta]) =>
				row(p, `trade.${k}`, t(`field.${k}` as MessageKey), shown(sc.trade[k as keyof typeof TRADE_FIELDS], meta.unit))
			)
		},
		...sc.trade.sectors.map((sector, k) => ({
			heading: fill(d.sector, { n: k + 1, name: (lang === 'ko' ? p.names?.ko.sectors[k] : undefined) ?? sector.name }),
			rows: Object.entries(SECTOR_FIELDS).map(([f, meta]) =>
				row(
					p,
					`trade.sectors[${k}].${f}`,
					t(`field.${f}` as MessageKey),
					shownTariff(sector[f as keyof typeof SECTOR_FIELDS], meta.unit, lang, t)
				)
			)
		}))
	];
	const shownPaths = new Set(groups.flatMap((g) => g.rows.flatMap((r) => [r.path, r.sourcePath ?? r.path])));
	const other = Object.keys(p.sources)
		.filter((path) => !shownPaths.has(path))
		.map((path) => ({ path, label: path, value: '', source: p.sources[path] }));
	if (other.length > 0) groups.push({ heading: d.otherSources, rows: other });
	return groups;
}

/** What a row says, apart from where it is: two rows at one path with the same key say the same. */
function rowKey(r: SourceRow): string {
	return JSON.stringify([
		r.label,
		r.value,
		r.code ?? false,
		r.modelDefault ?? false,
		r.source ?? null,
		r.sourcePath ?? null
	]);
}

/**
 * The rows of `groups` that say something `base` does not: a field whose value or source
 * differs from the base's at the same path, or that the base has not. Groups left empty
 * go. A preset's table after the first lists only these (what the preset changes).
 */
export function changedRows(groups: SourceGroup[], base: SourceGroup[]): SourceGroup[] {
	const said = new Map(base.flatMap((g) => g.rows.map((r) => [r.path, rowKey(r)])));
	return groups
		.map((g) => ({ heading: g.heading, rows: g.rows.filter((r) => said.get(r.path) !== rowKey(r)) }))
		.filter((g) => g.rows.length > 0);
}

/** The caption of a preset's table ('… : fields, values and sources'), in `lang`. */
export function tableCaption(p: Preset, lang: Lang): string {
	return fill(METHOD[lang].defaults.caption, { title: p.title[lang] });
}

/** The note under a source given for a whole list ('source given for …amounts'), in `lang`. */
export function sourceForText(sourcePath: string, lang: Lang): string {
	return fill(METHOD[lang].defaults.sourceFor, { path: sourcePath });
}
