import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFormula } from '../../../src/lib/formula/index';
import {
	decodeLink,
	encodeLink,
	LINK_MIGRATIONS,
	LINK_SOFT_LIMIT,
	LINK_BASE_PRESET_ID,
	LINK_VERSION,
	linkHasFormula,
	templateTranche,
	upgradeParams,
	type LinkState
} from '../../../src/lib/link/index';
import { scenarioToJson, type ScenarioJson } from '../../../src/lib/model/index';
import { PRESETS, presetById } from '../../../src/lib/presets/index';
import gyeongju from '../../fixtures/gyeongju.json';
import { scenario } from './arbitrary';
import { everyFieldChanged } from './every-field';
import { canonical, expectSameJson, expectSound } from './helpers';

const mou = gyeongju as ScenarioJson;
const preset = (id: string) => presetById(id)?.scenario as ScenarioJson;

const linkState = fc.record(
	{
		scenario,
		lang: fc.constantFrom('en' as const, 'ko' as const),
		compare: fc.option(scenario, { nil: null }),
		seed: fc.integer({ min: 0, max: 4294967295 }),
		preset: fc.constantFrom(...PRESETS.map((p) => p.id), 'no-such-preset')
	},
	{ requiredKeys: ['scenario'] }
);

describe('a share link gives back exactly the state it was made from', () => {
	it('for thousands of random scenarios with every field, comparisons, languages and seeds', () => {
		fc.assert(
			fc.property(linkState, (state: LinkState) => {
				const query = encodeLink(state);
				expect(query.startsWith(`v=${LINK_VERSION}`)).toBe(true);
				const decoded = decodeLink(query);
				expect(decoded.notices).toEqual([]);
				const expected = canonical(state.scenario);
				expectSameJson(decoded.state.scenario, expected);
				expectSameJson(scenarioToJson(decoded.scenario), expected);
				expectSameJson(decoded.state.compare ?? null, state.compare ? canonical(state.compare) : null);
				expect(decoded.state.lang).toBe(state.lang);
				expect(decoded.state.seed).toBe(state.seed);
				if (state.preset && presetById(state.preset)) expect(decoded.state.preset).toBe(state.preset);
			}),
			{ numRuns: 1000 }
		);
	}, 60_000);

	it('also when the link is a full address, or starts with ?', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				const query = encodeLink({ scenario: s });
				for (const input of [`https://example.org/pledge/?${query}#top`, `?${query}`, `/pledge?${query}`]) {
					const decoded = decodeLink(input);
					expect(decoded.notices).toEqual([]);
					expectSameJson(decoded.state.scenario, canonical(s));
				}
			}),
			{ numRuns: 200 }
		);
	}, 60_000);
});

describe('links are short and readable', () => {
	it('the link base (mou-2025) is just v=2, and a v=1 link opens as it did', () => {
		expect(encodeLink({ scenario: mou })).toBe('v=2');
		expect(encodeLink({ scenario: mou, preset: LINK_BASE_PRESET_ID })).toBe('v=2');
		expect(decodeLink('v=1').state.scenario).toEqual(canonical(mou));
		expect(decodeLink('').state.scenario).toEqual(canonical(mou));
		expect(decodeLink('v=1&p=mou-2025').notices).toEqual([]);
	});

	it('a preset is its id, and one change is one param', () => {
		for (const p of PRESETS) {
			const expected = p.id === LINK_BASE_PRESET_ID ? 'v=2' : `v=2&p=${p.id}`;
			expect(encodeLink({ scenario: p.scenario })).toBe(expected);
		}
		const japan = structuredClone(preset('japan-style'));
		japan.discountRate = '0.05';
		japan.tranches[0].schedule = { mode: 'cap', cap: '15' };
		expect(encodeLink({ scenario: japan, lang: 'ko' })).toBe('v=2&p=japan-style&lang=ko&d=0.05&t0.m=cap&t0.c=15');
	});

	it('names are data: encoded, never markup', () => {
		const s = { ...structuredClone(mou), name: '<b>A & B</b> = 50% + "more"' };
		const query = encodeLink({ scenario: s });
		expect(query).toBe('v=2&name=%3Cb%3EA+%26+B%3C%2Fb%3E+%3D+50%25+%2B+%22more%22');
		expect(decodeLink(query).state.scenario.name).toBe(s.name);
	});

	it('a scenario without a name, from a preset with one, is written as a bare `name`', () => {
		const s = structuredClone(mou);
		delete s.name;
		expect(encodeLink({ scenario: s })).toBe('v=2&name');
		expect(decodeLink('v=1&name').state.scenario.name).toBeUndefined();
		expect(decodeLink('v=1&name=').state.scenario.name).toBe('');
	});

	it('an added tranche is written against the template of the page\'s "add tranche"', () => {
		const s = structuredClone(mou);
		s.tranches.push(templateTranche(2));
		expect(encodeLink({ scenario: s })).toBe('v=2&tn=3');
		const fewer = structuredClone(mou);
		fewer.tranches.pop();
		expect(encodeLink({ scenario: fewer })).toBe('v=2&tn=1');
	});

	it('a comparison is written under a. with its own preset', () => {
		const query = encodeLink({ scenario: mou, compare: preset('us-demand-2025-09'), seed: 42 });
		expect(query).toBe('v=2&seed=42&a.p=us-demand-2025-09');
		const decoded = decodeLink(query);
		expect(decoded.state.compare).toEqual(canonical(preset('us-demand-2025-09')));
		expect(decoded.state.comparePreset).toBe('us-demand-2025-09');
	});
});

describe('a scenario with every field changed (8 tranches, 12 sectors)', () => {
	const s = everyFieldChanged();
	const query = encodeLink({ scenario: s });

	it(`stays under ${LINK_SOFT_LIMIT} characters, packed, and decodes without notices`, () => {
		expect(query.length).toBeLessThan(LINK_SOFT_LIMIT);
		expect(query).toMatch(/&t0=/);
		const decoded = decodeLink(query);
		expect(decoded.notices).toEqual([]);
		expect(decoded.state.scenario).toEqual(canonical(s));
	});

	it('changes every field of the preset it is written against', () => {
		const base = canonical(preset(decodeLink(query).state.preset as string));
		const changed = canonical(s);
		expect(changed.tranches).toHaveLength(8);
		expect(changed.trade.sectors).toHaveLength(12);
		expect(changed.discountRate).not.toBe(base.discountRate);
		for (const key of Object.keys(base.economy) as (keyof ScenarioJson['economy'])[])
			expect(changed.economy[key]).not.toBe(base.economy[key]);
		base.tranches.forEach((t, k) => {
			for (const key of Object.keys(t) as (keyof typeof t)[])
				if (key !== 'schedule') expect(changed.tranches[k][key], `${k}.${key}`).not.toEqual(t[key]);
		});
	});

	it('is readable below the limit: the same scenario with 4 tranches is not packed', () => {
		const small = structuredClone(s);
		small.tranches = small.tranches.slice(0, 4);
		small.trade.sectors = small.trade.sectors.slice(0, 4);
		const q = encodeLink({ scenario: small });
		expect(q).not.toMatch(/&t\d=|&s\d=/);
		expect(decodeLink(q).state.scenario).toEqual(canonical(small));
	});
});

describe('formulas from links', () => {
	it('linkHasFormula finds them, so the page can load the formula module first', () => {
		expect(linkHasFormula('v=1&t0.m=formula&t0.f=min(20,A)')).toBe(true);
		expect(linkHasFormula('https://x.org/?v=1&a.t1.f=t*2')).toBe(true);
		expect(linkHasFormula('v=1&t0=,,formula')).toBe(true);
		expect(linkHasFormula('v=1&t0.c=5')).toBe(false);
		expect(linkHasFormula('%%%')).toBe(false);
		expect(linkHasFormula(undefined as unknown as string)).toBe(false);
	});

	it('an admitted formula is used', () => {
		const decoded = decodeLink('v=1&t0.m=formula&t0.f=min(25%2C+A%2F8)', { checkFormula });
		expect(decoded.notices).toEqual([]);
		expect(decoded.state.scenario.tranches[0].schedule).toEqual({ mode: 'formula', expr: 'min(25, A/8)' });
	});

	it("a refused formula leaves the preset's schedule, with a notice", () => {
		const decoded = decodeLink('v=1&t0.m=formula&t0.f=import("fs")', { checkFormula });
		expect(decoded.state.scenario.tranches[0].schedule).toEqual({ mode: 'cap', cap: '20' });
		expect(decoded.notices).toMatchObject([{ param: 't0.f', reason: 'rejected-formula', value: 'import("fs")' }]);
		expect(decoded.notices[0].message).toContain('t0.f');
		expect(decoded.notices[0].message).toContain('was used instead');
	});

	it('a refused formula of a tranche the preset does not have becomes a cap of a tenth of the amount', () => {
		const decoded = decodeLink('v=1&tn=3&t2.a=120&t2.m=formula&t2.f=x%3D1', { checkFormula });
		expect(decoded.state.scenario.tranches[2].schedule).toEqual({ mode: 'cap', cap: '12' });
		expect(decoded.notices.map((n) => n.reason)).toEqual(['rejected-formula']);
	});
});

describe('versions and migrations', () => {
	it('v2 adds the params of MODEL.md v2: a v1 link migrates unchanged', () => {
		expect(LINK_VERSION).toBe(2);
		expect(LINK_MIGRATIONS.map((m) => m.from)).toEqual([1]);
		const params = [{ key: 'd', value: '0.05', bare: false }];
		expect(upgradeParams(params, 1)).toEqual(params);
	});

	it('a link without v is read as the current version', () => {
		const decoded = decodeLink('p=japan-style');
		expect(decoded.notices).toEqual([]);
		expect(decoded.state.preset).toBe('japan-style');
	});

	const v0 = {
		from: 0,
		migrate: (params: readonly { key: string; value: string; bare: boolean }[]) =>
			params.map((p) => ({ ...p, key: p.key === 'discount' ? 'd' : p.key === 'gdp0' ? 'gdp' : p.key }))
	};

	it('an old link is upgraded through the migrations', () => {
		const decoded = decodeLink('v=0&discount=0.05&gdp0=3000&lang=ko', { migrations: [v0, ...LINK_MIGRATIONS] });
		expect(decoded.notices).toEqual([]);
		expect(decoded.state.scenario.discountRate).toBe('0.05');
		expect(decoded.state.scenario.economy.gdp0).toBe('3000');
		expect(decoded.state.lang).toBe('ko');
		expect(upgradeParams([{ key: 'discount', value: '1', bare: false }], 0, [v0, ...LINK_MIGRATIONS])).toEqual([
			{ key: 'd', value: '1', bare: false }
		]);
	});

	it('an old link without a migration, a future link or a broken migration is refused as a whole, with a notice', () => {
		const broken = {
			from: 0,
			migrate: () => {
				throw new Error('boom');
			}
		};
		for (const [input, options] of [
			['v=0&d=0.05', {}],
			['?v=99&d=0.05', {}],
			['v=abc&d=0.05', {}],
			['v=0&d=0.05', { migrations: [broken] }]
		] as const) {
			const decoded = decodeLink(input, options);
			expectSound(decoded);
			expect(decoded.state.scenario).toEqual(canonical(mou));
			expect(decoded.notices).toHaveLength(1);
			expect(decoded.notices[0]).toMatchObject({ param: 'v', reason: 'unsupported-version', used: 'mou-2025' });
		}
	});
});
