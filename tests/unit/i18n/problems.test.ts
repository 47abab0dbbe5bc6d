import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINK_TEXTS } from '../../../src/lib/i18n/linkNotices';
import { problemText, useLinkTexts } from '../../../src/lib/i18n/problems';
import { ko } from '../../../src/lib/i18n/ko';
import { decodeLink, type LinkNotice } from '../../../src/lib/link/index';
import {
	isDecimal,
	LINK_MESSAGE_EN,
	linkMessageText,
	MESSAGE_EN,
	toProblem,
	readNumber,
	validateScenario,
	type Message,
	type MessageCode,
	type MessageParam,
	type Problem
} from '../../../src/lib/model/index';
import { presetById } from '../../../src/lib/presets/index';

// The link reader's texts, as the page gets them when the reader loads (state/persist.svelte.ts).
useLinkTexts(LINK_TEXTS);

/** Every code's English template (problems and link notices). */
const TEMPLATES: Record<MessageCode, string> = { ...MESSAGE_EN, ...LINK_MESSAGE_EN };
/** Every code's Korean template: the page's messages for problems, linkNotices.ts for notices. */
const koTemplate = (code: MessageCode): string =>
	code.startsWith('link.')
		? LINK_TEXTS.ko[code as keyof typeof LINK_MESSAGE_EN]
		: ko[`problem.${code as keyof typeof MESSAGE_EN}`];
const CODES = Object.keys(TEMPLATES) as MessageCode[];
const HOLE = /\{(\w+)\}/g;
const holes = (template: string) => [...template.matchAll(HOLE)].map((m) => m[1]).sort();
const HANGUL = /[\uac00-\ud7a3]/;

/**
 * English left in a Korean text once the params are taken out: words of three letters
 * or more that are not identifiers (field paths, link params, formats).
 */
function english(text: string, params: readonly string[] = []): string[] {
	let rest = text;
	for (const p of [...params].sort((a, b) => b.length - a.length)) {
		if (p) rest = rest.replace(new RegExp(`(?<!\\w)${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\w)`, 'g'), ' ');
	}
	rest = rest
		.replace(/\{from, rate\}/g, ' ')
		.replace(/\b[a-z]\w*(\.\w+|\[[^\]]*\])+/g, ' ') // tranches[1].grace, trade.substitutionElasticity
		.replace(/\b(JSON|MB|lang|seed|en|ko|year_rate)\b/g, ' ');
	return rest.match(/[A-Za-z]{3,}/g) ?? [];
}

/** Every text param of a message, nested ones too (they are data, not the template's words). */
function textParams(message: { params: Readonly<Record<string, MessageParam>> }): string[] {
	return Object.values(message.params).flatMap((v) =>
		typeof v === 'object' ? textParams(v) : typeof v === 'string' ? [v] : []
	);
}

/** A message of `code` with a distinct placeholder value in each hole. */
function sample(code: MessageCode): Message {
	const params = Object.fromEntries(holes(TEMPLATES[code]).map((h, k) => [h, `«${k}»`]));
	return { code, params } as Message;
}

/** The codes written in a source file (`code: 'link.grace'`, `code: x ? 'a' : 'b'`). */
function codesIn(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(/code: ([^,}]+)/g)].flatMap((m) => [...m[1].matchAll(/'([\w.]+)'/g)].map((q) => q[1]));
}

describe('every code has its text in English and Korean', () => {
	it.each(CODES)('%s', (code) => {
		const message = sample(code);
		const en = problemText('en', message);
		const kor = problemText('ko', message);
		expect(en).toBe(linkMessageText(message));
		expect(holes(koTemplate(code))).toEqual(holes(TEMPLATES[code]));
		expect(kor).not.toMatch(HOLE);
		if (/[A-Za-z]/.test(TEMPLATES[code].replace(HOLE, ''))) {
			expect(kor).toMatch(HANGUL);
			expect(english(kor, textParams(message))).toEqual([]);
		}
	});
});

/** A valid v2 scenario: the default preset. */
const valid = () => JSON.parse(JSON.stringify(presetById('as-it-stands-2026-12')?.scenario));
type Json = ReturnType<typeof valid>;
const broken = (change: (j: Json) => void): unknown => {
	const j = valid();
	change(j);
	return j;
};
const refuse = () => 'refused by the test';

/** Documents that between them break every rule validate.ts names. */
const DOCUMENTS: [string, unknown][] = [
	['not an object', 42],
	['no version, fields missing or of the wrong kind', { name: 5, tranches: {}, trade: [] }],
	['a version that does not exist', broken((j) => (j.version = 3))],
	[
		'numbers out of range, not numbers, not whole, not finite',
		broken((j) => {
			j.horizon = 0;
			j.discountRate = '5';
			j.economy.realGrowth = 'lots';
			j.startYear = 2030.5;
			j.economy.gdp0 = Infinity;
			j.economy.fx0 = -1;
			j.trade.elasticity = 99;
			j.economy.inflation = -5;
			j.tranches[0].schedule = { mode: 'custom', amounts: ['-1'] };
			j.dealRisk = { hazard: 2 };
		})
	],
	[
		'broken tranches',
		broken((j) => {
			const t = j.tranches[0];
			j.name = 'x'.repeat(500);
			j.tranches = [
				'tranche',
				{ ...t, instrument: 'bond', schedule: { mode: 'weekly' } },
				{ ...t, instrument: 'loan', tenor: 5, grace: 7 },
				{ ...t, schedule: { mode: 'custom', amounts: [] } },
				{ ...t, schedule: { mode: 'formula', expr: 5 }, name: undefined },
				{ ...t, schedule: { mode: 'formula', expr: 'x'.repeat(300) } },
				{ ...t, schedule: { mode: 'formula', expr: 't' } },
				{ ...t, schedule: { mode: 'custom', amounts: Array(200).fill('1') } },
				...Array(5).fill(t)
			];
			j.dealRisk = 'soon';
		})
	],
	[
		'broken sectors and tariffs',
		broken((j) => {
			const [s0, s1, s2] = j.trade.sectors;
			s0.tariffDeal = 'high';
			s0.tariffNoDeal = [];
			s0.legalBasis = 'treaty';
			s1.tariffDeal = [{ from: 2030, rate: '0.1' }, { from: 2029, rate: '0.1' }, 7];
			s1.tariffNoDeal = Array(30).fill({ from: 2030, rate: '0.1' });
			s2.shareOfUsImports = '0.1';
			delete j.trade.substitutionElasticity;
			j.trade.sectors[3] = null;
			j.economy = 'big';
		})
	]
];

describe('every problem validate.ts can produce has a code both languages render', () => {
	const problems: Problem[] = DOCUMENTS.flatMap(([, doc]) => {
		const v = validateScenario(doc, { checkFormula: refuse });
		return v.ok ? [] : v.problems;
	});
	// No field has a maximum without a minimum, but the rule has words for it.
	const atMost = readNumber('2', { unit: 'number', max: '1', slider: { min: '0', max: '1', step: '1' } });
	if (!isDecimal(atMost)) problems.push(toProblem('x', atMost));

	it('the documents above reach every code written in validate.ts', () => {
		const seen = new Set<string>(problems.map((p) => p.code));
		expect(codesIn('src/lib/model/validate.ts').filter((code) => !seen.has(code))).toEqual([]);
	});

	it('in English each problem is its message, in Korean it is Korean', () => {
		for (const p of problems) {
			expect(problemText('en', p)).toBe(p.message);
			const kor = problemText('ko', p);
			expect(kor, p.message).toMatch(HANGUL);
			expect(english(kor, textParams(p)), `${p.path}: ${kor}`).toEqual([]);
		}
	});
});

/** Links that between them give most notices the link reader can write. */
const LINKS: string[] = [
	'v=1&d=0.05&rg=2&h=abc&zz=1&name=%3Cscript%3E&p=nope&lang=fr&seed=-1&d=0.06',
	'v=1&t2.a=5&t8.a=5&s12.x=1&tn=9&sn=99',
	'v=1&t4.a=5&s4.x=1',
	'v=1&tn=abc&sn=7&s6.x=abc&h=2.5&t0.name=' + 'x'.repeat(100),
	'v=1&t0.m=even&t1.c=5&t1.tn=2&t0.a=100&t1.m=custom&t1.am=1,2',
	'v=1&tn=4&t2.r=abc&t2.m=formula&t2.f=t&t1.m=formula&t1.f=t&t3.m=custom&t3.am=1,2&t3.a=5',
	'v=2&s0.td=' +
		Array.from({ length: 21 }, (_, k) => `${2030 + k}_0.1`).join('*') +
		'&t0.m=custom&t0.am=' +
		'1,'.repeat(200) +
		'1',
	'v=2&t0=equity,1,cap,0,0,0,0,0,0,0,0,0,0,0,0,0,0&=1&=2&t0.tr=2026_0.1*2025_0.1&s0.td=2026_0.1*2025_0.1',
	'v=2&s0.td=2026_x&s1.td=a_0.1&s2.td=0.1_0.1_0.1&t0.am=1,x&t0.m=custom&t1.f=&t1.m=formula&t2.i=bond',
	'v=2&s0.sh=0.1&a.p=mou-2025&a.s0.sh=0.1&t0.cy=abc&s0.lb=treaty&d=1' + '0'.repeat(500),
	'v=abc',
	'v=9',
	Array.from({ length: 60 }, (_, k) => `x${k}=1`).join('&'),
	'v=2&' + Array.from({ length: 1001 }, (_, k) => `d=0.0${k % 9}`).join('&'),
	'x'.repeat(70_000)
];

describe('every link notice has a code both languages render', () => {
	const notices: LinkNotice[] = LINKS.flatMap((link) => decodeLink(link, { checkFormula: refuse }).notices);

	it('the links above reach every notice the link reader writes', () => {
		const seen = new Set<string>();
		const walk = (m: { code: string; params: Readonly<Record<string, MessageParam>> }) => {
			seen.add(m.code);
			for (const v of Object.values(m.params)) if (typeof v === 'object') walk(v);
		};
		notices.forEach(walk);
		const written = readdirSync('src/lib/link')
			.filter((f) => f.endsWith('.ts'))
			.flatMap((f) => codesIn(`src/lib/link/${f}`));
		const unreachable = [
			// When the reader itself fails, or a version cannot be migrated (the code's own faults)
			'link.unreadable',
			'link.noUpgrade',
			'link.oldVersion',
			'link.formulaUnchecked',
			// A range problem the model always words itself; a preset's schedule without a field (no preset pays upfront)
			'outOfRange',
			'link.presetSchedule'
		];
		expect(written.filter((code) => !seen.has(code) && !unreachable.includes(code))).toEqual([]);
	});

	it('in English each notice is its message, in Korean it is Korean', () => {
		for (const n of notices) {
			expect(problemText('en', n)).toBe(n.message);
			const kor = problemText('ko', n);
			expect(kor, n.message).toMatch(HANGUL);
			expect(english(kor, [n.param, ...textParams(n)]), kor).toEqual([]);
		}
	});
});
