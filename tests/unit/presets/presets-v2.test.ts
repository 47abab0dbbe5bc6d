/**
 * Presets, version 2 (issue #12): every preset validates and simulates, has a source for
 * every field it sets, and its results are pinned, because a published preset id must
 * always mean the same numbers (share links are a preset plus differences). A change of
 * a preset's data must be deliberate: make a NEW dated preset instead.
 */
import { describe, expect, it } from 'vitest';
import { checkFormula, evaluateFormula } from '../../../src/lib/formula/index';
import {
	Decimal,
	rateAt,
	simulate,
	validateScenario,
	type Dec,
	type Scenario,
	type ScenarioJson
} from '../../../src/lib/model/index';
import {
	DEFAULT_PRESET_ID,
	EARLIER_PRESET_IDS,
	LINK_BASE_PRESET_ID,
	PRESETS,
	presetById,
	sourceFor,
	type Preset
} from '../../../src/lib/presets/index';
import pins from '../../fixtures/preset-pins.json';

/** What is pinned of a preset's results: full decimal strings, computed by the engine. */
interface Pin {
	npvDeal: string;
	npvInvestment: string;
	npvTariffBenefit: string;
	npvFiscal: string;
	npvTerminal: string;
	peakNetExposure: string;
	paybackYear: number | null;
	breakEvenYear: number | null;
	tranches: { koreaIrr: string | null; recoupYear: number | null }[];
}

/**
 * The results of every preset id, as the engine computed them on 2026-12 (the six
 * earlier ones equal their version-1 results: mou-2025 is examples/gyeongju.expected.json
 * to 20 significant digits). Compared to 1e-20 relative, so that only a change of the
 * engine's last digits, never of a preset's data, passes.
 * They live in tests/fixtures/preset-pins.json.
 */
const PINS = pins as Record<string, Pin>;

const OLD_IDS = [
	'mou-2025',
	'korea-proposal-2025-08',
	'us-demand-2025-09',
	'japan-style',
	'threat-2026-01',
	'court-ruling-2026-02'
];
const NEW_IDS = [
	'as-it-stands-2026-12',
	'ieepa-voided-2026-12',
	'terms-end-2029-pay-2026-12',
	'terms-end-2029-stop-2026-12',
	'section-301-15-2026-12',
	'won-1500-2026-12',
	'chips-phase-2-2026-12',
	'japan-deal-2026-12'
];
/** The Dec 2026 presets about Korea (the Japan comparison has its own sectors). */
const KOREAN_NEW_IDS = NEW_IDS.filter((id) => id !== 'japan-deal-2026-12');

const TEXT_FIELDS = new Set(['version', 'name', 'instrument', 'mode', 'expr']);
const PATH_FIELDS = new Set(['tariffNoDeal', 'tariffDeal', 'competitorTariffNoDeal', 'competitorTariffDeal']);

/** The path of every field a preset sets that needs a source: numbers, tariff paths (whole) and legal bases. */
function fieldPaths(value: unknown, path = ''): string[] {
	if (Array.isArray(value)) return value.flatMap((v, j) => fieldPaths(v, `${path}[${j}]`));
	if (typeof value === 'object' && value !== null)
		return Object.entries(value).flatMap(([k, v]) => {
			const child = path ? `${path}.${k}` : k;
			if (TEXT_FIELDS.has(k)) return [];
			if (PATH_FIELDS.has(k)) return [child];
			return fieldPaths(v, child);
		});
	return [path];
}

const preset = (id: string): Preset => {
	const p = presetById(id);
	if (!p) throw new Error(`no preset ${id}`);
	return p;
};

function validated(p: Preset): Scenario {
	const v = validateScenario(p.scenario, { checkFormula });
	if (!v.ok) throw new Error(`${p.id}: ${JSON.stringify(v.problems)}`);
	return v.scenario;
}

const runs = new Map<string, ReturnType<typeof simulate>>();
function run(id: string) {
	let r = runs.get(id);
	if (!r) {
		r = simulate(validated(preset(id)), { evaluateFormula });
		runs.set(id, r);
	}
	return r;
}

function close(actual: Dec | null, expected: string | null, what: string) {
	if (expected === null) return expect(actual, what).toBeNull();
	expect(actual, what).not.toBeNull();
	const e = new Decimal(expected);
	const tolerance = Decimal.max(1, e.abs()).times('1e-20');
	expect((actual as Dec).minus(e).abs().lte(tolerance), `${what}: ${String(actual)} != ${expected}`).toBe(true);
}

const HANGUL = /[\uac00-\ud7a3]/;
const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

describe('presets v2: the list', () => {
	it('has every earlier id and every Dec 2026 id, once each', () => {
		const ids = PRESETS.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect([...ids].sort()).toEqual([...OLD_IDS, ...NEW_IDS].sort());
		for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
	});

	it('puts the new default first, the current presets before the earlier ones', () => {
		expect(DEFAULT_PRESET_ID).toBe('as-it-stands-2026-12');
		expect(PRESETS[0].id).toBe(DEFAULT_PRESET_ID);
		const earlier = PRESETS.map((p) => p.earlier === true);
		expect(earlier.indexOf(true)).toBe(NEW_IDS.length);
		expect(earlier.slice(NEW_IDS.length).every(Boolean)).toBe(true);
		expect(PRESETS.map((p) => p.id).slice(0, NEW_IDS.length)).toEqual(NEW_IDS);
	});

	it('lists the earlier presets, and links without p= keep the MOU as their base', () => {
		expect(EARLIER_PRESET_IDS).toEqual(OLD_IDS);
		expect(LINK_BASE_PRESET_ID).toBe('mou-2025');
		expect(preset(LINK_BASE_PRESET_ID).earlier).toBe(true);
		expect(preset(DEFAULT_PRESET_ID).earlier).toBeUndefined();
	});

	it('dates every preset and titles it in English and Korean', () => {
		for (const p of PRESETS) {
			expect(p.asOf, p.id).toMatch(/^20\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/);
			for (const text of [p.title.en, p.title.ko, p.description.en, p.description.ko]) expect(text.trim()).not.toBe('');
			expect(p.title.ko, p.id).toMatch(HANGUL);
			expect(p.description.ko, p.id).toMatch(HANGUL);
			expect(p.title.en.length, p.id).toBeLessThanOrEqual(40);
			expect((p.scenario.name ?? '').length, p.id).toBeLessThanOrEqual(80);
		}
		for (const id of NEW_IDS) expect(preset(id).asOf).toBe('2026-12-01');
	});

	it('names every tranche and sector in Korean, in order', () => {
		for (const p of PRESETS) {
			const names = p.names?.ko;
			expect(names, p.id).toBeDefined();
			expect(names?.tranches, p.id).toHaveLength(p.scenario.tranches.length);
			expect(names?.sectors, p.id).toHaveLength(p.scenario.trade.sectors.length);
			for (const name of [...(names?.tranches ?? []), ...(names?.sectors ?? [])]) expect(name, p.id).toMatch(HANGUL);
			expect(new Set(names?.sectors).size, p.id).toBe(names?.sectors.length);
		}
		expect(preset('as-it-stands-2026-12').names?.ko.sectors[0]).toBe('승용차');
	});
});

describe('presets v2: every preset', () => {
	it('validates and simulates to finite results', () => {
		for (const p of PRESETS) {
			const projection = run(p.id);
			expect(projection.years).toHaveLength(Number(p.scenario.horizon));
			for (const [key, value] of Object.entries(projection.summary)) {
				if (key === 'tranches') continue;
				if (value !== null && typeof value === 'object') expect(value.isFinite(), `${p.id} ${key}`).toBe(true);
			}
			expect(projection.summary.tranches).toHaveLength(p.scenario.tranches.length);
			projection.summary.tranches.forEach((t, k) => {
				expect(t.name).toBe(p.scenario.tranches[k].name);
				for (const value of [t.npvKorea, t.npvUs, t.koreaIrr])
					if (value !== null) expect(value.isFinite(), `${p.id} tranches[${k}]`).toBe(true);
			});
		}
	});

	it('has a dated source for every field it sets, and no source for a field it does not set', () => {
		for (const p of PRESETS) {
			const paths = fieldPaths(p.scenario);
			expect(paths.length).toBeGreaterThan(20);
			for (const path of paths) {
				const source = sourceFor(p, path);
				expect(source, `${p.id}: ${path}`).toBeDefined();
				expect(source?.label.trim(), `${p.id}: ${path}`).not.toBe('');
				expect(source?.date, `${p.id}: ${path}`).toMatch(/^(19|20)\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/);
				if (source?.url !== undefined) expect(source.url).toMatch(/^https?:\/\/\S+$/);
			}
			for (const key of Object.keys(p.sources)) expect(paths, `${p.id}: stale source ${key}`).toContain(key);
		}
	});

	it('the Dec 2026 presets label every source in Korean too', () => {
		for (const id of NEW_IDS) {
			const p = preset(id);
			for (const [path, source] of Object.entries(p.sources)) expect(source.labelKo, `${id}: ${path}`).toMatch(HANGUL);
		}
	});

	it('a step of a tariff path falls back to the source of the whole path', () => {
		const p = preset('as-it-stands-2026-12');
		const whole = sourceFor(p, 'trade.sectors[3].tariffDeal');
		expect(whole?.note).toContain('54/365');
		expect(sourceFor(p, 'trade.sectors[3].tariffDeal[1].rate')).toBe(whole);
		expect(sourceFor(p, 'trade.sectors[3].tariffDeal[0].from')).toBe(whole);
		expect(sourceFor(p, 'trade.sectors[3].tariffDeal[0].nope')).toBeUndefined();
	});

	it('are frozen', () => {
		for (const id of NEW_IDS) {
			const p = preset(id);
			expect(Object.isFrozen(p.scenario.trade.sectors[0]), id).toBe(true);
			expect(Object.isFrozen(p.names?.ko.sectors), id).toBe(true);
		}
	});
});

describe('presets v2: pinned results', () => {
	it('covers every preset id', () => {
		expect(Object.keys(PINS).sort()).toEqual(PRESETS.map((p) => p.id).sort());
	});

	for (const [id, pin] of Object.entries(PINS))
		it(`${id} gives the results it was published with`, () => {
			const s = run(id).summary;
			close(s.npvDeal, pin.npvDeal, `${id} npvDeal`);
			close(s.npvInvestment, pin.npvInvestment, `${id} npvInvestment`);
			close(s.npvTariffBenefit, pin.npvTariffBenefit, `${id} npvTariffBenefit`);
			close(s.npvFiscal, pin.npvFiscal, `${id} npvFiscal`);
			close(s.npvTerminal, pin.npvTerminal, `${id} npvTerminal`);
			close(s.peakNetExposure, pin.peakNetExposure, `${id} peakNetExposure`);
			expect(s.paybackYear, `${id} paybackYear`).toBe(pin.paybackYear);
			expect(s.breakEvenYear, `${id} breakEvenYear`).toBe(pin.breakEvenYear);
			expect(s.tranches).toHaveLength(pin.tranches.length);
			pin.tranches.forEach((t, k) => {
				close(s.tranches[k].koreaIrr, t.koreaIrr, `${id} tranches[${k}].koreaIrr`);
				expect(s.tranches[k].recoupYear, `${id} tranches[${k}].recoupYear`).toBe(t.recoupYear);
			});
		});
});

describe('presets v2: what the Dec 2026 presets say', () => {
	const scenario = (id: string) => validated(preset(id));
	const json = (id: string): ScenarioJson => preset(id).scenario;
	const range = (id: string) => {
		const s = scenario(id);
		return years(s.startYear, s.startYear + s.horizon - 1);
	};

	it('uses one data year for exports: 2024, before the tariffs, at KORUS baselines', () => {
		for (const id of KOREAN_NEW_IDS) {
			const sectors = json(id).trade.sectors;
			const total = sectors.reduce((sum, s) => sum.plus(String(s.exports0)), new Decimal(0));
			expect(total.toString(), id).toBe('127.8');
			for (const s of sectors) expect(String(s.tariffBaseline), `${id} ${s.name}`).toBe('0');
			for (const k of sectors.keys()) expect(preset(id).sources[`trade.sectors[${k}].exports0`].label).toMatch(/2024/);
		}
	});

	it('is a version-2 scenario with the sourced v2 fields', () => {
		const s = json('as-it-stands-2026-12');
		expect(s.version).toBe(2);
		expect(s.economy.taxRatio).toBe('0.253');
		expect(s.trade).toMatchObject({ shortRunElasticity: '-0.76', adjustmentYears: 8, substitutionElasticity: '5' });
		expect(s.tranches[0]).toMatchObject({ continuationYears: 100, schedule: { mode: 'cap', cap: '20', delay: 1 } });
		expect(s.tranches[1].schedule).toMatchObject({ delay: 1 });
		expect(s.economy).toMatchObject({ gdp0: '2663.3', realGrowth: '0.021', reserves0: '427.62' });
	});

	it('pays nothing in 2026: no capital call was reported before 2027', () => {
		for (const id of KOREAN_NEW_IDS) {
			const first = run(id).years[0];
			expect(first.year).toBe(2026);
			expect(first.disbursed.isZero(), id).toBe(true);
			expect(first.guaranteed.isZero(), id).toBe(true);
		}
	});

	it('turns the part-year rates of 2026 into yearly rates by days', () => {
		const weighted = (ieepa: number, after: number) =>
			new Decimal(ieepa)
				.times(54)
				.plus(new Decimal('0.1').times(150))
				.plus(new Decimal(after).times(161))
				.div(365)
				.toDecimalPlaces(4)
				.toString();
		const s2026 = (id: string, k: number, field: 'tariffDeal' | 'tariffNoDeal') =>
			rateAt(scenario(id).trade.sectors[k][field], 2026).toString();
		expect(s2026('as-it-stands-2026-12', 6, 'tariffDeal')).toBe(weighted(0.15, 0));
		expect(s2026('as-it-stands-2026-12', 6, 'tariffNoDeal')).toBe(weighted(0.25, 0));
		expect(s2026('ieepa-voided-2026-12', 6, 'tariffDeal')).toBe(weighted(0, 0));
		expect(s2026('section-301-15-2026-12', 6, 'tariffDeal')).toBe(weighted(0.15, 0.15));
		expect(s2026('section-301-15-2026-12', 6, 'tariffNoDeal')).toBe(weighted(0.25, 0.25));
		expect(54 + 150 + 161).toBe(365);
	});

	it('the deal world is never above the no-deal world, for Korea or its competitors', () => {
		for (const id of [...KOREAN_NEW_IDS, 'japan-deal-2026-12']) {
			const s = scenario(id);
			for (const sector of s.trade.sectors)
				for (const y of range(id)) {
					const deal = rateAt(sector.tariffDeal, y);
					const noDeal = rateAt(sector.tariffNoDeal, y);
					expect(deal.lte(noDeal), `${id} ${sector.name} ${y}`).toBe(true);
					expect(deal.gte(0) && noDeal.lte(5), `${id} ${sector.name} ${y}`).toBe(true);
					if (sector.competitorTariffDeal !== undefined && sector.competitorTariffNoDeal !== undefined)
						expect(rateAt(sector.competitorTariffDeal, y).lte(rateAt(sector.competitorTariffNoDeal, y))).toBe(true);
				}
		}
	});

	it('as it stands: cars and parts 15% with the deal and 25% without, steel 50% both, the surcharge gone after 2026', () => {
		const s = scenario('as-it-stands-2026-12');
		const [cars, parts, chips, machinery, steel, pharma, other] = s.trade.sectors;
		for (const y of range('as-it-stands-2026-12')) {
			for (const sector of [cars, parts]) {
				expect(rateAt(sector.tariffDeal, y).toString()).toBe('0.15');
				expect(rateAt(sector.tariffNoDeal, y).toString()).toBe('0.25');
				expect(sector.legalBasis).toBe('s232');
			}
			expect(rateAt(steel.tariffDeal, y).toString()).toBe('0.5');
			expect(rateAt(steel.tariffNoDeal, y).toString()).toBe('0.5');
			for (const sector of [chips, pharma]) expect(rateAt(sector.tariffNoDeal, y).isZero()).toBe(true);
			if (y > 2026) for (const sector of [machinery, other]) expect(rateAt(sector.tariffNoDeal, y).isZero()).toBe(true);
		}
		expect(rateAt(cars.competitorTariffDeal as Dec, 2030).toString()).toBe('0.15');
		expect(run('as-it-stands-2026-12').years.every((y) => y.tariffBenefit.gte(0))).toBe(true);
	});

	it('IEEPA voided: only the Section 232 sectors differ between the worlds', () => {
		const sectors = scenario('ieepa-voided-2026-12').trade.sectors;
		const differ = sectors.filter((s) =>
			range('ieepa-voided-2026-12').some((y) => !rateAt(s.tariffDeal, y).eq(rateAt(s.tariffNoDeal, y)))
		);
		expect(differ.map((s) => s.legalBasis)).toEqual(['s232', 's232']);
		expect(differ.map((s) => s.name)).toEqual(['Passenger cars', 'Auto parts']);
		expect(
			run('ieepa-voided-2026-12').summary.npvTariffBenefit.lt(run('as-it-stands-2026-12').summary.npvTariffBenefit)
		).toBe(true);
	});

	it('the terms end in January 2029: no benefit from 2029, with payments going on or stopping', () => {
		const pay = run('terms-end-2029-pay-2026-12');
		const stop = run('terms-end-2029-stop-2026-12');
		expect(json('terms-end-2029-pay-2026-12').dealRisk).toEqual({ hazard: '0', endYear: 2028, paymentsContinue: '1' });
		expect(json('terms-end-2029-stop-2026-12').dealRisk).toEqual({ hazard: '0', endYear: 2028, paymentsContinue: '0' });
		for (const r of [pay, stop])
			for (const y of r.years) if (y.year > 2028) expect(y.tariffBenefit.isZero(), String(y.year)).toBe(true);
		expect(pay.summary.disbursedTotal.toString()).toBe('200');
		expect(stop.summary.disbursedTotal.toString()).toBe('40');
		expect(stop.years.filter((y) => y.disbursed.gt(0)).map((y) => y.year)).toEqual([2027, 2028]);
		expect(pay.summary.npvDeal.lt(stop.summary.npvDeal)).toBe(true);
	});

	it('Section 301 restores 15% under the deal and 25% without it, from 2027', () => {
		const other = scenario('section-301-15-2026-12').trade.sectors[6];
		expect(other.legalBasis).toBe('s301');
		expect(rateAt(other.tariffDeal, 2027).toString()).toBe('0.15');
		expect(rateAt(other.tariffNoDeal, 2045).toString()).toBe('0.25');
		expect(
			run('section-301-15-2026-12').summary.npvTariffBenefit.gt(run('as-it-stands-2026-12').summary.npvTariffBenefit)
		).toBe(true);
	});

	it('the won at 1,500 changes the burden on GDP and, through the FX clause, the pace of the calls', () => {
		const s = json('won-1500-2026-12');
		expect(s.economy.fx0).toBe('1500');
		expect(s.tranches[0].schedule).toEqual({ mode: 'cap', cap: '15', delay: 1 });
		const won = run('won-1500-2026-12');
		expect(won.years[0].gdpUsd.lt(run('as-it-stands-2026-12').years[0].gdpUsd)).toBe(true);
		expect(won.years.filter((y) => y.disbursed.gt(0))).toHaveLength(14);
	});

	it('semiconductors, phase 2: 25% without the deal from 2027, none with it', () => {
		const chips = scenario('chips-phase-2-2026-12').trade.sectors[2];
		expect(rateAt(chips.tariffNoDeal, 2026).isZero()).toBe(true);
		expect(rateAt(chips.tariffNoDeal, 2027).toString()).toBe('0.25');
		expect(rateAt(chips.tariffDeal, 2040).isZero()).toBe(true);
	});

	it("Japan's deal: USD 550 bn of cash in 2026-2028, against Japan's GDP in yen (USD 4.2 trn)", () => {
		const s = json('japan-deal-2026-12');
		expect(s.tranches).toHaveLength(1);
		expect(s.tranches[0]).toMatchObject({
			amount: '550',
			schedule: { mode: 'even', years: 3 },
			recoupInterest: '0.045'
		});
		const v = scenario('japan-deal-2026-12');
		expect(v.economy.gdp0.times(1000).div(v.economy.fx0).toString()).toBe('4200');
		const r = run('japan-deal-2026-12');
		expect(r.summary.disbursedTotal.minus(550).abs().lt('1e-30')).toBe(true);
		expect(r.years[0].gdpUsd.gt(4000) && r.years[0].gdpUsd.lt(4500)).toBe(true);
		expect(preset('japan-deal-2026-12').sources['economy.gdp0'].note).toMatch(/YEN/);
	});
});
