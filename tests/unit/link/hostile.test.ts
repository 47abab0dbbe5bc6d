import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFormula } from '../../../src/lib/formula/index';
import { decodeLink, encodeLink, MAX_LINK_LENGTH } from '../../../src/lib/link/index';
import { checkNumber, ECONOMY_FIELDS, SCENARIO_FIELDS, type ScenarioJson } from '../../../src/lib/model/index';
import gyeongju from '../../fixtures/gyeongju.json';
import { scenario } from './arbitrary';
import { canonical, expectSound } from './helpers';

const mou = canonical(gyeongju as ScenarioJson);
const KEYS = [
	'v',
	'p',
	'name',
	'sy',
	'h',
	'd',
	'gdp',
	'rg',
	'fx',
	'el',
	'tn',
	'sn',
	't0.a',
	't0.m',
	't0.c',
	't0.y',
	't0.am',
	't0.f',
	't1.g',
	't1.tn',
	't7.i',
	't8.a',
	's0.x',
	's11.td',
	't0',
	's1',
	'a.p',
	'a.t0.a',
	'lang',
	'seed',
	'__proto__',
	'constructor'
];
const VALUES = [
	'',
	'0',
	'-1',
	'1e400',
	'-1e400',
	'1e-400',
	'NaN',
	'Infinity',
	'-Infinity',
	'0x10',
	'1,5',
	'2026',
	'99999999999999999999',
	'formula',
	'cap',
	'custom',
	'loan',
	'japan-style',
	'ko',
	'__proto__',
	'toString',
	'<script>alert(1)</script>',
	'min(A,t)',
	'import("fs")',
	'%',
	'%E0%A4%A',
	'%ED%A0%80',
	' 0.5 ',
	'1'.repeat(100)
];

/** Random query strings: junk, known keys with hostile values, and valid links cut and spliced. */
const query = fc.oneof(
	fc.string({ maxLength: 300 }),
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc
		.array(
			fc.tuple(
				fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })),
				fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 20 }))
			),
			{ maxLength: 40 }
		)
		.map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')),
	fc.tuple(scenario, fc.nat(), fc.nat(), fc.string({ maxLength: 30 })).map(([s, cut, at, junk]) => {
		const q = encodeLink({ scenario: s });
		const i = at % (q.length + 1);
		return q.slice(0, i) + junk + q.slice(i + (cut % 20));
	})
);

describe('decodeLink never throws and always gives a valid scenario', () => {
	it('for thousands of random and mutated query strings', () => {
		fc.assert(
			fc.property(query, fc.boolean(), (q, withFormulas) => {
				expectSound(decodeLink(q, withFormulas ? { checkFormula } : {}));
			}),
			{ numRuns: 2000 }
		);
	}, 60_000);

	it('for the hostile cases: garbage, long junk, future versions, markup, duplicates, prototype keys, odd numbers', () => {
		const cases = [
			'',
			'?',
			'&&&===&',
			'%%%zz%',
			'\u0000\uffff\ud800',
			'x'.repeat(5000),
			'&='.repeat(2500),
			'?v=99',
			'?name=<script>alert(1)</script>',
			'v=1&d=0.05&d=0.06&d=abc',
			'__proto__=1&constructor=2&prototype=3&toString=4&__proto__.x=5&t0.__proto__=6&a.__proto__=7',
			'p=__proto__',
			'p=constructor',
			'p=toString',
			'gdp=1e400&fx=1e-400&res=99999999999999999999999999999999',
			'd=NaN&rg=Infinity&inf=-Infinity&h=1e400&sy=2026.5&tn=1e400&sn=NaN',
			'https://example.org/?v=1&t0.am=' + '1,'.repeat(80),
			'v=1&t0.f=' + 'A'.repeat(300) + '&t0.m=formula',
			'v=1&tn=8&t7.m=formula&t7.f=x',
			'v=1&t0=,,,,,,,,,,,,,,,,,,,,1&s0=1,2,3,4,5,6,7',
			'v=1&' + Array.from({ length: 1500 }, (_, k) => `k${k}=${k}`).join('&')
		];
		for (const input of cases) {
			const decoded = decodeLink(input, { checkFormula });
			expectSound(decoded);
		}
		expect(({} as Record<string, unknown>).x).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('x');
	});

	it('for input that is not a string at all', () => {
		for (const input of [null, undefined, 42, {}, [], Symbol('x')]) expectSound(decodeLink(input as unknown as string));
	});

	it('refuses a link longer than MAX_LINK_LENGTH as a whole', () => {
		const decoded = decodeLink('v=1&d=0.05&name=' + 'x'.repeat(MAX_LINK_LENGTH));
		expect(decoded.state.scenario).toEqual(mou);
		expect(decoded.notices).toMatchObject([{ param: '(link)', reason: 'too-long', used: 'mou-2025' }]);
		expect(decoded.notices[0].value).toHaveLength(60);
	});
});

describe('notices say what was wrong and what was used instead; the rest of the link applies', () => {
	it('each bad value keeps the preset value, and the good ones apply', () => {
		const decoded = decodeLink('?v=1&d=0.05&rg=2&h=abc&zz=1&name=%3Cscript%3E&p=nope&lang=fr&seed=-1&d=0.06');
		expectSound(decoded);
		const s = decoded.state.scenario;
		expect(s.discountRate).toBe('0.06');
		expect(s.name).toBe('<script>');
		expect(s.economy.realGrowth).toBe('0.018');
		expect(s.horizon).toBe(20);
		expect(decoded.state.lang).toBeUndefined();
		expect(decoded.state.seed).toBeUndefined();
		expect(decoded.notices.map((n) => [n.param, n.reason, n.used])).toEqual([
			['d', 'invalid', '0.06'],
			['lang', 'invalid', ''],
			['seed', 'invalid', ''],
			['p', 'unknown-preset', 'mou-2025'],
			['rg', 'out-of-range', '0.018'],
			['h', 'invalid', '20'],
			['zz', 'unknown-param', '']
		]);
		for (const n of decoded.notices) expect(n.message).toContain(n.param);
		expect(decoded.notices.find((n) => n.param === 'rg')?.message).toBe(
			'rg (economy.realGrowth) must be between -0.5 and 0.5; 0.018 (from the preset mou-2025) was used instead.'
		);
	});

	it('a number param either takes effect exactly or gives a notice', () => {
		const specs = [
			['d', SCENARIO_FIELDS.discountRate, (s: ScenarioJson) => s.discountRate],
			['gdp', ECONOMY_FIELDS.gdp0, (s: ScenarioJson) => s.economy.gdp0],
			['rg', ECONOMY_FIELDS.realGrowth, (s: ScenarioJson) => s.economy.realGrowth],
			['h', SCENARIO_FIELDS.horizon, (s: ScenarioJson) => String(s.horizon)]
		] as const;
		const value = fc.oneof(fc.constantFrom(...VALUES), fc.double().map(String), fc.string({ maxLength: 12 }));
		fc.assert(
			fc.property(fc.constantFrom(...specs), value, ([key, meta, read], v) => {
				const decoded = decodeLink(`v=1&${key}=${encodeURIComponent(v)}`);
				expectSound(decoded);
				const checked = checkNumber(v, meta);
				if (typeof checked === 'string') {
					expect(decoded.notices).toHaveLength(1);
					expect(decoded.notices[0].param).toBe(key);
				} else {
					expect(decoded.notices).toEqual([]);
					expect(read(decoded.state.scenario)).toBe(checked.toString());
				}
			}),
			{ numRuns: 1000 }
		);
	}, 60_000);

	it('params of tranches the scenario does not have, or beyond the limit, are reported', () => {
		const decoded = decodeLink('v=1&t2.a=5&t8.a=5&s12.x=1&tn=9');
		expectSound(decoded);
		expect(decoded.state.scenario.tranches).toHaveLength(8);
		expect(decoded.notices.map((n) => [n.param, n.reason])).toEqual([
			['tn', 'too-many'],
			['t8.a', 'too-many'],
			['s12.x', 'too-many']
		]);
		expect(decoded.state.scenario.tranches[2].amount).toBe('5');
		const fewer = decodeLink('v=1&t2.a=5');
		expect(fewer.notices).toMatchObject([{ param: 't2.a', reason: 'out-of-range' }]);
		expect(fewer.notices[0].message).toContain('tn=3');
	});

	it('a schedule that lacks its field, params its mode does not read, and grace beyond the tenor', () => {
		const decoded = decodeLink('v=1&t0.m=even&t1.c=5&t1.tn=2&t0.a=100&t1.m=custom&t1.am=1,2');
		expectSound(decoded);
		const [t0, t1] = decoded.state.scenario.tranches;
		expect(t0.schedule).toEqual({ mode: 'cap', cap: '20' });
		expect(t1.schedule).toEqual({ mode: 'custom', amounts: ['1', '2'] });
		expect(t1.grace).toBe(1);
		expect(decoded.notices.map((n) => [n.param, n.reason, n.used])).toEqual([
			['t0.m', 'invalid', 'cap'],
			['t1.c', 'invalid', ''],
			['t1.tn', 'out-of-range', '1']
		]);
	});

	it('the comparison scenario is read the same way, its notices under a.', () => {
		const decoded = decodeLink('v=1&a.p=japan-style&a.d=7&a.lang=ko&a.t0.c=5');
		expectSound(decoded);
		expect(decoded.state.comparePreset).toBe('japan-style');
		expect(decoded.notices.map((n) => [n.param, n.reason])).toEqual([
			['a.d', 'out-of-range'],
			['a.lang', 'unknown-param'],
			['a.t0.c', 'invalid']
		]);
	});

	it('lists at most 50 notices, then says how many more there were', () => {
		const decoded = decodeLink(Array.from({ length: 200 }, (_, k) => `x${k}=1`).join('&'));
		expect(decoded.notices).toHaveLength(51);
		expect(decoded.notices[50]).toMatchObject({ param: '(link)', reason: 'too-many' });
		expect(decoded.notices[50].message).toContain('150 more');
	});
});
