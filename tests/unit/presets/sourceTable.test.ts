import { describe, expect, it } from 'vitest';
import { translate, type Lang } from '../../../src/lib/i18n/index';
import { METHOD } from '../../../src/lib/i18n/method';
import { Decimal, type Unit } from '../../../src/lib/model/index';
import { PRESETS, presetById, sourceFor, type Preset } from '../../../src/lib/presets/index';
import {
	changedRows,
	grouped,
	presetRows,
	shownTariff,
	shownValue,
	tableCaption,
	type SourceGroup,
	type SourceRow
} from '../../../src/lib/presets/sourceTable';

const LANGS: Lang[] = ['en', 'ko'];
const tOf = (lang: Lang) => (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
	translate(lang, key, params);

const rowsOf = (p: Preset, lang: Lang): SourceRow[] => presetRows(p, lang, tOf(lang)).flatMap((g) => g.rows);

describe('grouped: a decimal as the method page writes it', () => {
	it.each([
		{ x: '0', expected: '0' },
		{ x: '-0', expected: '0' },
		{ x: '1422.16', expected: '1,422.16' },
		{ x: '1234567', expected: '1,234,567' },
		{ x: '-2500.5', expected: '−2,500.5' },
		{ x: '0.000001', expected: '0.000001' },
		{ x: '1e21', expected: '1,000,000,000,000,000,000,000' }
	])('$x -> $expected', ({ x, expected }) => {
		expect(grouped(new Decimal(x))).toBe(expected);
	});
});

describe('shownValue: a stored value with its unit, in each language', () => {
	it.each<{ value: string | number | undefined; unit: Unit; lang: Lang; expected: string }>([
		{ value: '0.15', unit: 'fraction', lang: 'en', expected: '15%' },
		{ value: '0.253', unit: 'fraction', lang: 'ko', expected: '25.3%' },
		{ value: '200', unit: 'usdBn', lang: 'en', expected: '$200bn' },
		{ value: '200', unit: 'usdBn', lang: 'ko', expected: '2,000억 달러' },
		{ value: '430.66', unit: 'usdBn', lang: 'ko', expected: '4,306.6억 달러' },
		{ value: '2663.3', unit: 'krwTrn', lang: 'en', expected: '2,663.3 trillion won' },
		{ value: '2663.3', unit: 'krwTrn', lang: 'ko', expected: '2,663.3조 원' },
		{ value: '1422.16', unit: 'krwPerUsd', lang: 'ko', expected: '달러당 1,422.16원' },
		{ value: 1, unit: 'years', lang: 'en', expected: '1 year' },
		{ value: 20, unit: 'years', lang: 'en', expected: '20 years' },
		{ value: 1, unit: 'years', lang: 'ko', expected: '1년' },
		{ value: 2026, unit: 'year', lang: 'en', expected: '2026' },
		{ value: '2.5', unit: 'number', lang: 'en', expected: '2.5' },
		{ value: undefined, unit: 'fraction', lang: 'en', expected: '—' },
		{ value: '', unit: 'usdBn', lang: 'ko', expected: '—' },
		{ value: 'not a number', unit: 'usdBn', lang: 'en', expected: 'not a number' }
	])('$value ($unit, $lang) -> $expected', ({ value, unit, lang, expected }) => {
		expect(shownValue(value, unit, lang, tOf(lang))).toBe(expected);
	});

	it('writes a tariff path as its dated steps', () => {
		const path = [
			{ from: 2025, rate: '0.25' },
			{ from: 2026, rate: '0.15' }
		];
		expect(shownTariff(path, 'fraction', 'en', tOf('en'))).toBe('2025: 25% → 2026: 15%');
		expect(shownTariff('0.5', 'fraction', 'ko', tOf('ko'))).toBe('50%');
	});
});

/** A small preset built for these tests: a custom timetable whose list has one source, and a source for a whole tranche. */
function customPreset(): Preset {
	const mou = presetById('mou-2025') as Preset;
	const p = structuredClone(mou) as Preset;
	p.scenario.tranches = [
		{
			name: 'Cash',
			instrument: 'equity',
			amount: '30',
			returnRate: '0.05',
			lossRate: '0.01',
			schedule: { mode: 'custom', delay: 1, amounts: ['10', '20'] }
		}
	];
	p.names = { ko: { tranches: ['현금'], sectors: mou.names?.ko.sectors ?? [] } };
	p.sources = {
		'tranches[0].schedule.amounts': { label: 'A timetable', date: '2025-11' },
		'tranches[0]': { label: 'The whole tranche', date: '2025' }
	};
	return p;
}

describe('presetRows: a preset as the method page lists it', () => {
	it('groups the fields: scenario, economy, each tranche, tariffs, each sector, then other sources', () => {
		const mou = presetById('mou-2025') as Preset;
		const d = METHOD.en.defaults;
		const headings = presetRows(mou, 'en', tOf('en')).map((g) => g.heading);
		expect(headings.slice(0, 2)).toEqual([d.scenario, translate('en', 'group.economy')]);
		expect(headings[2]).toBe(`Tranche 1: ${mou.scenario.tranches[0].name}`);
		expect(headings).toContain(translate('en', 'group.tariffs'));
		expect(headings).toContain(`Sector 1: ${mou.scenario.trade.sectors[0].name}`);
	});

	it.each<{ lang: Lang; path: string; expected: Partial<SourceRow> }>([
		{ lang: 'en', path: 'name', expected: { label: 'Scenario name', value: 'Gyeongju agreement (Nov 2025 MOU)' } },
		{ lang: 'ko', path: 'name', expected: { label: '시나리오 이름', value: '2025년 11월 MOU' } },
		{ lang: 'en', path: 'horizon', expected: { value: '20 years' } },
		{ lang: 'ko', path: 'economy.gdp0', expected: { value: '2,663.3조 원' } },
		{ lang: 'ko', path: 'economy.fx0', expected: { value: '달러당 1,422.16원' } },
		{ lang: 'en', path: 'tranches[0].amount', expected: { value: '$200bn' } },
		{ lang: 'ko', path: 'tranches[0].amount', expected: { value: '2,000억 달러' } },
		{ lang: 'en', path: 'tranches[0].schedule.cap', expected: { value: '$20bn' } }
	])('MOU, $lang: $path', ({ lang, path, expected }) => {
		const mou = presetById('mou-2025') as Preset;
		const found = rowsOf(mou, lang).find((r) => r.path === path);
		expect(found).toMatchObject({ path, ...expected });
		expect(found?.source).toBe(mou.sources[path]);
	});

	it('gives a list entry the source of its list, saying which list', () => {
		const p = customPreset();
		const groups = presetRows(p, 'en', tOf('en'));
		const tranche = groups.find((g) => g.heading === 'Tranche 1: Cash');
		expect(tranche?.rows.map((r) => [r.path, r.label, r.value, r.sourcePath ?? null])).toEqual([
			['tranches[0].instrument', 'Structure', 'Cash equity', null],
			['tranches[0].schedule.mode', 'Timetable', translate('en', 'mode.custom'), null],
			['tranches[0].schedule.delay', translate('en', 'field.delay'), '1 year', null],
			[
				'tranches[0].schedule.amounts[0]',
				`${translate('en', 'field.amounts')} 2`,
				'$10bn',
				'tranches[0].schedule.amounts'
			],
			[
				'tranches[0].schedule.amounts[1]',
				`${translate('en', 'field.amounts')} 3`,
				'$20bn',
				'tranches[0].schedule.amounts'
			],
			...(tranche?.rows.slice(5).map((r) => [r.path, r.label, r.value, null]) ?? [])
		]);
		expect(tranche?.rows[3].source?.label).toBe('A timetable');
		// The fields the structure uses: the preset's values, else the model's default, marked.
		const rest = tranche?.rows.slice(5) ?? [];
		expect(rest.find((r) => r.path === 'tranches[0].returnRate')).toMatchObject({ value: '5%', modelDefault: false });
		expect(rest.find((r) => r.path === 'tranches[0].lossRate')).toMatchObject({ value: '1%', modelDefault: false });
		expect(rest.filter((r) => !/returnRate|lossRate/.test(r.path)).every((r) => r.modelDefault === true)).toBe(true);
	});

	it('lists a source given for a path no row shows in a last group, and names tranches in Korean', () => {
		const p = customPreset();
		const groups = presetRows(p, 'ko', tOf('ko'));
		expect(groups.map((g) => g.heading)).toContain('트랜치 1: 현금');
		const last = groups[groups.length - 1];
		expect(last.heading).toBe(METHOD.ko.defaults.otherSources);
		expect(last.rows).toEqual([
			{ path: 'tranches[0]', label: 'tranches[0]', value: '', source: p.sources['tranches[0]'] }
		]);
	});

	it('fills the table caption in each language', () => {
		const mou = presetById('mou-2025') as Preset;
		expect(tableCaption(mou, 'en')).toBe('Nov 2025 MOU: fields, values and sources');
		expect(tableCaption(mou, 'ko')).toBe('2025년 11월 MOU: 항목별 값과 출처');
	});

	describe.each(PRESETS.map((p) => [p.id, p] as const))('every preset: %s', (_, p) => {
		it.each(LANGS)('every path in its sources appears in some row (%s)', (lang) => {
			const rows = rowsOf(p, lang);
			const listed = new Set(rows.flatMap((r) => [r.path, r.sourcePath ?? r.path]));
			for (const path of Object.keys(p.sources)) expect(listed.has(path), path).toBe(true);
		});

		it.each(LANGS)('no row lacks a value: a field shows its value (or —), a listed source its source (%s)', (lang) => {
			for (const r of rowsOf(p, lang)) {
				expect(r.label.trim(), r.path).not.toBe('');
				expect(r.value, r.path).not.toMatch(/undefined|NaN|null|\[object|\{\w+\}/);
				if (r.value === '') {
					// Only the rows of "Other sources": a path with its source, and nothing to show as a value.
					expect(r.label, r.path).toBe(r.path);
					expect(r.source, r.path).toBeDefined();
				}
			}
		});

		it('gives each row the source sourceFor gives for its path, naming the list when it is the list’s', () => {
			for (const r of rowsOf(p, 'en')) {
				expect(r.source, r.path).toBe(sourceFor(p, r.path));
				const own = Object.prototype.hasOwnProperty.call(p.sources, r.path);
				if (r.source === undefined || own) expect(r.sourcePath, r.path).toBeUndefined();
				else expect(r.path.startsWith(`${r.sourcePath}[`), r.path).toBe(true);
			}
		});
	});
});

describe('changedRows: what a preset changes from the first', () => {
	const base = (lang: Lang) => presetRows(PRESETS[0], lang, tOf(lang));
	const keyOf = (r: SourceRow) =>
		JSON.stringify([r.path, r.label, r.value, r.code, r.modelDefault, r.source, r.sourcePath]);

	it.each(LANGS)('leaves nothing of the first preset compared with itself (%s)', (lang) => {
		expect(changedRows(base(lang), base(lang))).toEqual([]);
	});

	it('keeps a row whose value differs, or whose source differs, and drops the rest of its group', () => {
		const groups: SourceGroup[] = [
			{
				heading: 'G',
				rows: [
					{ path: 'a', label: 'A', value: '1', source: { label: 'S', date: '2026-01-01' } },
					{ path: 'b', label: 'B', value: '2', source: { label: 'S', date: '2026-01-01' } },
					{ path: 'c', label: 'C', value: '3' }
				]
			},
			{ heading: 'H', rows: [{ path: 'd', label: 'D', value: '4' }] }
		];
		const other: SourceGroup[] = [
			{
				heading: 'G2',
				rows: [
					{ path: 'a', label: 'A', value: '1', source: { label: 'S', date: '2026-01-01' } },
					{ path: 'b', label: 'B', value: '2', source: { label: 'T', date: '2026-01-01' } },
					{ path: 'c', label: 'C', value: '30' },
					{ path: 'e', label: 'E', value: '5' }
				]
			},
			{ heading: 'H', rows: [{ path: 'd', label: 'D', value: '4' }] }
		];
		expect(changedRows(other, groups)).toEqual([{ heading: 'G2', rows: other[0].rows.slice(1) }]);
	});

	describe.each(PRESETS.slice(1).map((p) => [p.id, p] as const))('every other preset: %s', (_, p) => {
		it.each(LANGS)('a row is left out only when the first preset says the same at its path (%s)', (lang) => {
			const said = new Set(base(lang).flatMap((g) => g.rows.map(keyOf)));
			const all = rowsOf(p, lang);
			const kept = new Set(changedRows(presetRows(p, lang, tOf(lang)), base(lang)).flatMap((g) => g.rows.map(keyOf)));
			for (const r of all) expect(kept.has(keyOf(r)) || said.has(keyOf(r)), r.path).toBe(true);
			for (const r of all) if (kept.has(keyOf(r))) expect(said.has(keyOf(r)), r.path).toBe(false);
		});
	});
});
