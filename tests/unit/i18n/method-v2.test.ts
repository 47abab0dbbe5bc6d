import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMULA_FUNCTIONS } from '../../../src/lib/formula/functions';
import * as formula from '../../../src/lib/formula/index';
import { METHOD, type MethodContent, type MethodSection } from '../../../src/lib/i18n/method';
import { methodEn } from '../../../src/lib/i18n/methodEn';
import { methodKo } from '../../../src/lib/i18n/methodKo';

const LANGS: [string, MethodContent][] = [
	['en', methodEn],
	['ko', methodKo]
];

/** Every formula line of a section, its own and its rules', in page order. */
const formulaLines = (s: MethodSection): string[] => [
	...(s.formulas ?? []),
	...(s.terms ?? []).flatMap((term) => term.formulas)
];

/** Every text of a section a reader sees: heading, paragraphs, rule names and texts, formulas. */
const allText = (s: MethodSection): string =>
	[s.heading, ...s.paragraphs, ...(s.terms ?? []).flatMap((t) => [t.term, t.text]), ...formulaLines(s)].join('\n');

/** The fields MODEL.md v2 adds, each of which the page must put in words. */
const V2_FIELDS = [
	'hazard',
	'endYear',
	'paymentsContinue',
	'continuationYears',
	'terminalValueKorea',
	'npvTerminal',
	'npvFiscal',
	'taxRatio',
	'shortRunElasticity',
	'adjustmentYears',
	'substitutionElasticity',
	'shareOfUsImports',
	'koreaIrr',
	'recoupYear'
];

describe('the method page in English and Korean (MODEL.md v2)', () => {
	it('is the content the page shows for each language', () => {
		expect(METHOD.en).toBe(methodEn);
		expect(METHOD.ko).toBe(methodKo);
	});

	it('has the same sections, with the same ids, in the same order', () => {
		expect(methodKo.sections.map((s) => s.id)).toEqual(methodEn.sections.map((s) => s.id));
		expect(methodKo.defaults.id).toBe(methodEn.defaults.id);
	});

	it('has, section by section, the same number of rules and of formula lines in both languages', () => {
		const shape = (c: MethodContent) =>
			c.sections.map((s) => ({
				id: s.id,
				terms: (s.terms ?? []).length,
				formulas: formulaLines(s).length,
				formulasPerTerm: (s.terms ?? []).map((t) => t.formulas.length)
			}));
		expect(shape(methodKo)).toEqual(shape(methodEn));
	});

	it('lists the functions a formula may call from the formula module’s own list, in both languages', () => {
		expect(formula.FORMULA_FUNCTIONS).toBe(FORMULA_FUNCTIONS);
		const all = (c: MethodContent) => c.sections.map(allText).join('\n');
		expect(all(methodEn)).toContain(
			`the functions ${FORMULA_FUNCTIONS.slice(0, -1).join(', ')} and ${FORMULA_FUNCTIONS.at(-1)} are allowed`
		);
		expect(all(methodKo)).toContain(`${FORMULA_FUNCTIONS.join(', ')} 함수만`);
	});

	it('takes that list from a module without mathjs, so the method page never loads mathjs', () => {
		const source = readFileSync(new URL('../../../src/lib/formula/functions.ts', import.meta.url), 'utf8');
		expect(source).not.toMatch(/^\s*import\b/m);
		for (const file of ['method.ts', 'methodEn.ts', 'methodKo.ts', 'methodHtml.ts']) {
			const text = readFileSync(new URL(`../../../src/lib/i18n/${file}`, import.meta.url), 'utf8');
			expect(text, file).not.toMatch(/from '(mathjs|\.\.\/formula(\/index)?)'/);
		}
	});

	it('gives every section a unique anchor that cannot clash with the defaults or preset tables', () => {
		const ids = methodEn.sections.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) {
			expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
			expect(id).not.toBe(methodEn.defaults.id);
			expect(id.startsWith('preset-') || id.startsWith('caption-')).toBe(false);
		}
	});

	it('has, section by section, the same number of formula lines and the identical formula text', () => {
		methodEn.sections.forEach((en, k) => {
			const ko = methodKo.sections[k];
			expect(formulaLines(ko).length, en.id).toBe(formulaLines(en).length);
			expect(formulaLines(ko), en.id).toEqual(formulaLines(en));
			expect((ko.formulas ?? []).length, en.id).toBe((en.formulas ?? []).length);
			expect(
				(ko.terms ?? []).map((t) => t.formulas),
				en.id
			).toEqual((en.terms ?? []).map((t) => t.formulas));
		});
	});

	it('writes formulas in no language: no Hangul and no English words beyond names and symbols', () => {
		// Words that are MODEL.md names (`from`, `rate` of a path), or symbols, may appear; a sentence may not.
		const sentence = /\b(the|of|and|for|if|else|when|year|paid|received|otherwise|earlier)\b/i;
		for (const s of methodEn.sections) {
			for (const line of formulaLines(s)) {
				expect(line, `${s.id}: ${line}`).not.toMatch(/[\uac00-\ud7a3]/);
				expect(line, `${s.id}: ${line}`).not.toMatch(sentence);
			}
		}
	});

	it('keeps every rule’s formulas non-empty, so the page shows no empty code block', () => {
		for (const [lang, content] of LANGS) {
			for (const s of content.sections) {
				for (const term of s.terms ?? [])
					expect(term.formulas.length, `${lang} ${s.id} ${term.term}`).toBeGreaterThan(0);
				if (s.formulas) expect(s.formulas.length, `${lang} ${s.id}`).toBeGreaterThan(0);
			}
		}
	});

	it.each(V2_FIELDS)('puts the v2 field %s in a formula or a paragraph of each language', (field) => {
		const word = new RegExp(`\\b${field}\\b`);
		for (const [lang, content] of LANGS) {
			const found = content.sections.some(
				(s) =>
					formulaLines(s).some((line) => word.test(line)) ||
					s.paragraphs.some((p) => word.test(p)) ||
					(s.terms ?? []).some((t) => word.test(t.text))
			);
			expect(found, `${field} in ${lang}`).toBe(true);
		}
	});

	it('explains the WSJ’s 6.5% of GDP in a section of its own, in both languages', () => {
		for (const [lang, content] of LANGS) {
			const section = content.sections.find((s) => /wsj|6-5/.test(s.id));
			expect(section, lang).toBeDefined();
			const text = allText(section as MethodSection);
			expect(text).toContain('6.5%');
			expect(text).toMatch(lang === 'en' ? /Wall Street Journal/ : /월스트리트저널/);
			// The arithmetic: $350bn over three years against the peak net exposure of the MOU.
			expect(text).toContain('(350 / 3)');
			expect(text).toMatch(/peakNetExposureToGdp/);
			expect(text).toMatch(/peakDisbursedToGdp/);
		}
	});

	it('has the sections the v2 model needs, in both languages', () => {
		const ids = methodEn.sections.map((s) => s.id);
		for (const id of [
			'tariff-paths',
			'competitors',
			'phase-in',
			'deal-risk',
			'continuation',
			'fiscal-view',
			'tranche-results',
			'hinges'
		]) {
			expect(ids).toContain(id);
		}
	});

	it('names each legal basis of a tariff and the February 2026 ruling, in both languages', () => {
		for (const [lang, content] of LANGS) {
			const section = content.sections.find((s) => s.id === 'tariff-paths') as MethodSection;
			const text = allText(section);
			for (const basis of ['s232', 's122', 's301', 'ieepa', 'mfn'])
				expect(text, lang).toContain(`legalBasis = ${basis}`);
			expect(text, lang).toMatch(lang === 'en' ? /20 February 2026/ : /2026년 2월 20일/);
			expect(text, lang).toMatch(lang === 'en' ? /24 July 2026/ : /7월 24일/);
		}
	});

	it('says the units: nominal US dollars, GDP in won, present values at the scenario’s rate', () => {
		const en = allText(methodEn.sections[0]);
		expect(en).toMatch(/nominal US dollars/);
		expect(en).toMatch(/GDP, which is in nominal Korean won/);
		expect(en).toMatch(/discounted at the scenario’s discount rate/);
		const ko = allText(methodKo.sections[0]);
		expect(ko).toMatch(/명목 미 달러/);
		expect(ko).toMatch(/GDP로, 명목 원화/);
		expect(ko).toMatch(/시나리오의 할인율 d로/);
	});

	it('says, where it speaks of the verdict’s fragility, that switching values are found by bisection', () => {
		for (const [lang, content] of LANGS) {
			const text = allText(content.sections.find((s) => s.id === 'hinges') as MethodSection);
			expect(text, lang).toMatch(lang === 'en' ? /bisection/ : /이분법/);
			expect(text, lang).toMatch(lang === 'en' ? /±\$100bn/ : /±1,000억 달러/);
		}
	});

	it('holds text only: nothing that reads as markup, since the page escapes it', () => {
		for (const [lang, content] of LANGS) {
			for (const s of content.sections) {
				expect(allText(s), `${lang} ${s.id}`).not.toMatch(/<\/?[a-z][^>]*>|&[a-z]+;/i);
			}
		}
	});
});
