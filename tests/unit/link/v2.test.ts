/**
 * Links of version 2 (MODEL.md v2 fields): they travel as a preset plus only the
 * differences, tariff paths as `from_rate` steps joined by `*`, and a v=1 link keeps
 * exactly its meaning.
 */
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../../src/lib/link/index';
import { simulate, validateScenario, type ScenarioJson } from '../../../src/lib/model/index';
import { presetById } from '../../../src/lib/presets/index';
import { canonical, expectSameJson, expectSound } from './helpers';

const mou = presetById('mou-2025')!.scenario;

/** The MOU with every v2 field set away from its default. */
function everyV2Field(): ScenarioJson {
	const s = structuredClone(mou) as ScenarioJson;
	s.economy.taxRatio = '0.253';
	s.dealRisk = { hazard: '0.05', endYear: 2028, paymentsContinue: '0.25' };
	s.tranches[0].continuationYears = 30;
	s.trade.shortRunElasticity = '-0.76';
	s.trade.adjustmentYears = 8;
	s.trade.substitutionElasticity = '4';
	s.trade.sectors[0] = {
		...s.trade.sectors[0],
		tariffNoDeal: [
			{ from: 2026, rate: '0.25' },
			{ from: 2029, rate: '0.1' }
		],
		tariffDeal: [
			{ from: 2026, rate: '0.15' },
			{ from: 2027, rate: '0.15' },
			{ from: 2029, rate: '0' }
		],
		legalBasis: 's232',
		shareOfUsImports: '0.16',
		competitorTariffBaseline: '0.025',
		competitorTariffDeal: [
			{ from: 2026, rate: '0.15' },
			{ from: 2031, rate: '0.1' }
		]
	};
	return s;
}

describe('links of version 2', () => {
	it('every v2 field round-trips exactly, as differences from the preset', () => {
		const s = everyV2Field();
		const query = encodeLink({ scenario: s });
		expect(query.startsWith('v=2&')).toBe(true);
		expect(query).toContain('s0.td=2026_0.15*2027_0.15*2029_0');
		expect(query).toContain('hz=0.05');
		expect(query).toContain('ey=2028');
		expect(query).toContain('t0.cy=30');
		const decoded = decodeLink(query);
		expectSound(decoded);
		expect(decoded.notices).toEqual([]);
		expectSameJson(decoded.state.scenario, canonical(s));
	});

	it('a path is read from its link text, and the v2 results follow it', () => {
		const decoded = decodeLink('v=2&s0.td=2026_0.15*2028_0.25&hz=0.1');
		expect(decoded.notices).toEqual([]);
		const td = decoded.state.scenario.trade.sectors[0].tariffDeal;
		expect(td).toEqual([
			{ from: 2026, rate: '0.15' },
			{ from: 2028, rate: '0.25' }
		]);
		const plain = simulate(decodeLink('v=2').scenario).summary.npvDeal;
		expect(simulate(decoded.scenario).summary.npvDeal.lt(plain)).toBe(true);
	});

	it('a broken path, year or legal basis keeps the preset value and names the param', () => {
		for (const [param, value] of [
			['s0.td', '2028_0.15*2026_0.25'],
			['s0.td', '2026_0.15*2027'],
			['s0.tnd', '1999_0.1'],
			['s0.lb', 'section-999'],
			['ey', '2300'],
			['hz', '1.5'],
			['t0.cy', '101']
		]) {
			const decoded = decodeLink(`v=2&${param}=${value}`);
			expectSound(decoded);
			expect(decoded.notices).toHaveLength(1);
			expect(decoded.notices[0].param).toBe(param);
			expectSameJson(decoded.state.scenario, canonical(mou));
		}
	});

	it('an empty optional param unsets it: the end year, the substitution elasticity', () => {
		const s = everyV2Field();
		const withoutEnd = structuredClone(s);
		withoutEnd.dealRisk = { ...withoutEnd.dealRisk, endYear: null };
		const query = encodeLink({ scenario: withoutEnd, compare: s });
		const decoded = decodeLink(query);
		expect(decoded.notices).toEqual([]);
		expect(decoded.state.scenario.dealRisk?.endYear).toBeNull();
		expect(decoded.state.compare?.dealRisk?.endYear).toBe(2028);
	});

	it('a v=1 link means exactly what it meant: the v1 fields, every v2 field at its default', () => {
		const v1 = decodeLink('v=1&d=0.05&t0.c=15&s1.td=0.1');
		expect(v1.notices).toEqual([]);
		const expected = structuredClone(mou) as ScenarioJson;
		expected.discountRate = '0.05';
		(expected.tranches[0].schedule as { cap: string }).cap = '15';
		expected.trade.sectors[1].tariffDeal = '0.1';
		expectSameJson(v1.state.scenario, canonical(expected));
		const v = validateScenario(v1.state.scenario);
		expect(v.ok && v.scenario.dealRisk.hazard.isZero()).toBe(true);
		expect(v.ok && v.scenario.tranches.every((t) => t.continuationYears === 0)).toBe(true);
	});
});
