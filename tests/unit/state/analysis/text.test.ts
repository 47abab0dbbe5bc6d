import { describe, expect, it } from 'vitest';
import {
	DEFAULT_TORNADO_SPECS,
	defaultMonteCarloConfig,
	goalSeek,
	leverById
} from '../../../../src/lib/analysis/index';
import { en } from '../../../../src/lib/i18n/en';
import { ko } from '../../../../src/lib/i18n/ko';
import { messageKey, translate, type MessageKey } from '../../../../src/lib/i18n/index';
import {
	goalSentence,
	goalSide,
	leverValueShort,
	leverValueText,
	toleranceDecimals,
	withUnit,
	type GoalAnswer
} from '../../../../src/lib/state/analysis/text';
import { fixture } from '../../analysis/scenarios';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
const tKo = (key: MessageKey, params?: Record<string, string | number>) => translate('ko', key, params);

describe('lever values for people', () => {
	it.each([
		['fraction', '0.4776', 1, 'en', '47.8%'],
		['fraction', '0.0013', 2, 'en', '0.13%'],
		['usdBn', '26.2264', 1, 'en', '$26.2bn'],
		['usdBn', '26.2264', 1, 'ko', '262억 달러'],
		['usdBn', '-3', 1, 'en', '−$3.0bn'],
		['number', '-1.75', 1, 'en', '-1.75'],
		['years', '10', 1, 'en', '10']
	] as const)('%s %s with %i decimals in %s reads %s', (unit, value, decimals, lang, text) => {
		expect(leverValueText(lang, unit, value, decimals)).toBe(text);
	});

	it.each([
		['fraction', '0.1', '10%'],
		['fraction', '0.111', '11.1%'],
		['fraction', '0.0013', '0.13%'],
		['number', '-2.25', '-2.25'],
		['number', '-2', '-2'],
		['usdBn', '20', '$20bn']
	] as const)('short: %s %s reads %s', (unit, value, text) => {
		expect(leverValueShort('en', unit, value)).toBe(text);
	});

	it('shows a solved value to about its tolerance', () => {
		expect(toleranceDecimals('fraction', '0.000001')).toBe(4);
		expect(toleranceDecimals('usdBn', '0.000149')).toBe(4);
		expect(toleranceDecimals('usdBn', '0.5')).toBe(1);
		expect(toleranceDecimals('fraction', '0')).toBe(4);
	});

	it('names the unit on an axis', () => {
		expect(withUnit('Annual cap', 'usdBn', t)).toBe('Annual cap ($bn)');
		expect(withUnit("Korea's share", 'fraction', t)).toBe("Korea's share (%)");
		expect(withUnit('Elasticity', 'number', t)).toBe('Elasticity');
	});
});

describe('goals', () => {
	it.each([
		[true, 50, 47.8, 'atLeast'],
		[false, 50, 47.8, 'atMost'],
		[true, 10, 20, 'atMost'],
		[false, 10, 20, 'atLeast'],
		[true, 5, 5, null]
	] as const)('met now %s at %d, solved %d: the goal needs %s', (met, current, solved, side) => {
		expect(goalSide(met, current, solved)).toBe(side);
	});
});

describe('the goal-seek answer in words', () => {
	const gyeongju = fixture('gyeongju');
	const lever = leverById('tranches[0].koreaShareBeforeRecoup');
	const answer = (result: GoalAnswer['result'], goal: GoalAnswer['goal'] = { kind: 'npvZero' }): GoalAnswer => ({
		goal,
		leverRef: { id: lever.id, labelKey: lever.labelKey },
		unit: lever.unit,
		range: lever.range,
		current: '0.5',
		metNow: true,
		startYear: 2026,
		result
	});

	it("says the default scenario's break-even share until recouped, with its tolerance", () => {
		const result = goalSeek(gyeongju, lever, { kind: 'npvZero' });
		const s = goalSentence(answer(result), "Korea's share until recouped", 'en', t);
		expect(s.text).toBe(
			"Korea's share until recouped would have to be 47.8% for the deal to break even. Above that value the deal is worth more to Korea than no deal."
		);
		expect(s.detail).toBe('Solved value 47.7606%, to within ±0.0001% (20 bisection steps). Now: 50.0%.');
	});

	it('says so when no value in the range reaches the goal', () => {
		const s = goalSentence(answer({ status: 'unreachable', reason: 'x' }), 'Cap', 'en', t);
		expect(s.text).toMatch(/^No value in the lever's range reaches the target: Cap from 0\.0% to 100\.0%/);
		expect(s.detail).toBe('');
	});

	it('gives the side and the year of a payback goal, in Korean too', () => {
		const result = { status: 'solved' as const, value: '0.3', tolerance: '0.000001', iterations: 20 };
		const goal = { kind: 'payback' as const, years: 10 };
		expect(goalSentence({ ...answer(result, goal), metNow: false }, 'Share', 'en', t).text).toBe(
			'Share would have to be at most 30.0% for Korea to be paid back within 10 years (by 2035).'
		);
		expect(goalSentence({ ...answer(result, goal), metNow: false }, '배분율', 'ko', tKo).text).toBe(
			'한국이 10년 안에(2035년까지) 투자금을 회수하려면 배분율 값이 30.0% 이하여야 합니다.'
		);
	});

	it('says when every value already meets the goal', () => {
		const result = { status: 'solved' as const, value: '0.5', tolerance: '0', iterations: 0, everywhere: true };
		const goal = { kind: 'peakExposure' as const, maxToGdp: '0.5' };
		expect(goalSentence(answer(result, goal), 'Share', 'en', t).text).toBe(
			'Every value of Share from 0.0% to 100.0% already meets this goal.'
		);
	});
});

describe('the analysis texts', () => {
	it('have a source note, in English and Korean, for every default tornado range and Monte Carlo input', () => {
		const keys = [
			...DEFAULT_TORNADO_SPECS.map((spec) => `tornado.source.${spec.lever}`),
			...defaultMonteCarloConfig(fixture('gyeongju')).inputs.map((input) => `mc.source.${input.lever}`)
		];
		for (const key of keys) {
			const k = messageKey(key);
			expect(k, key).not.toBeNull();
			expect(en[k as MessageKey].length, key).toBeGreaterThan(40);
			expect(ko[k as MessageKey], key).toMatch(/[가-힣]/);
		}
		expect(messageKey('tornado.source.no-such-lever')).toBeNull();
		expect(messageKey('toString')).toBeNull();
	});

	it('are all in Korean, with the same placeholders', () => {
		const analysisKeys = (Object.keys(en) as MessageKey[]).filter((k) =>
			/^(analysis|goal|frontier|tornado|mc)\./.test(k)
		);
		expect(analysisKeys.length).toBeGreaterThan(100);
		const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const k of analysisKeys) {
			expect(ko[k], k).toBeTruthy();
			expect(ko[k] === en[k] && /[A-Za-z]{4}/.test(en[k].replace(/\{\w+\}/g, '')), k).toBe(false);
			expect(holes(ko[k]), k).toEqual(holes(en[k]));
		}
	});
});
