/**
 * Words and numbers for the analysis tools: lever values in the unit a control shows
 * (percent for fractions), and the goal-seek answer as a sentence in the page's
 * language (whether a goal is met is analysis/goalSeek.ts meetsGoal). Pure functions,
 * tested in tests/unit/state/analysis/text.test.ts.
 */
import { formatNumber, formatPercent, formatUsdBn, type Lang, type MessageKey, type Translate } from '../../i18n/index';
import type { GoalTarget } from '../../analysis/index';
import type { Unit } from '../../model/index';
import { shownNumber } from '../units';

/** A lever value for people: "47.8%", "$26.2bn" / "262억 달러", "-1.50". */
export function leverValueText(lang: Lang, unit: Unit, value: string | number, decimals = 1): string {
	const x = Number(value);
	if (unit === 'fraction') return formatPercent(lang, x, decimals);
	if (unit === 'usdBn') return formatUsdBn(lang, x, lang === 'ko' ? Math.max(0, decimals - 1) : decimals);
	if (unit === 'years' || unit === 'year') return formatNumber(lang, x, 0);
	return formatNumber(lang, x, Math.max(decimals, 2));
}

/** A lever value with no trailing zeros, at most `maxDecimals` decimals: "10%", "0.13%", "-2.25". */
export function leverValueShort(lang: Lang, unit: Unit, value: string | number, maxDecimals = 2): string {
	const x = unit === 'usdBn' && lang === 'ko' ? Number(value) * 10 : shownNumber(unit, value);
	const at = (d: number) => Math.round(x * 10 ** d) / 10 ** d;
	let d = 0;
	while (d < maxDecimals && Math.abs(at(d) - at(maxDecimals)) > 1e-9) d++;
	if (unit === 'usdBn' && lang === 'ko') d++;
	return unit === 'number' ? formatNumber(lang, Number(value), d) : leverValueText(lang, unit, value, d);
}

/** Decimals that show a value to about its tolerance (in shown units), between 1 and 6. */
export function toleranceDecimals(unit: Unit, tolerance: string | number): number {
	const tol = Math.abs(shownNumber(unit, tolerance));
	if (!(tol > 0) || !Number.isFinite(tol)) return 4;
	return Math.min(6, Math.max(1, Math.ceil(-Math.log10(tol))));
}

/** What the deal should achieve, as the form holds it. */
export type GoalKind = 'npvZero' | 'payback' | 'peakExposure';
export const GOAL_KINDS: readonly GoalKind[] = ['npvZero', 'payback', 'peakExposure'];

/**
 * Which side of the solved value meets the goal, from where the scenario's own value sits
 * and whether it meets the goal; null when the two values are equal.
 */
export function goalSide(metNow: boolean, current: number, solved: number): 'atLeast' | 'atMost' | null {
	if (current === solved) return null;
	const above = current > solved;
	return above === metNow ? 'atLeast' : 'atMost';
}

/** A finished goal seek, with what the sentence needs. */
export interface GoalAnswer {
	goal: GoalTarget;
	/** The lever's id and label key (its label is made when shown, in the page's language). */
	leverRef: { id: string; labelKey: string };
	unit: Unit;
	range: { min: string; max: string };
	/** The lever's value in the scenario that was solved. */
	current: string;
	/** Whether that scenario met the goal. */
	metNow: boolean;
	startYear: number;
	result:
		| { status: 'solved'; value: string; tolerance: string; iterations: number; everywhere?: boolean }
		| { status: 'unreachable'; reason: string };
}

/** The answer in words: the main sentence, and a detail line with the exact value and tolerance. */
export function goalSentence(a: GoalAnswer, lever: string, lang: Lang, t: Translate): { text: string; detail: string } {
	const fmt = (v: string | number, d = 1) => leverValueText(lang, a.unit, v, d);
	const min = fmt(a.range.min);
	const max = fmt(a.range.max);
	const r = a.result;
	if (r.status === 'unreachable') return { text: t('goal.unreachable', { lever, min, max }), detail: '' };
	if (r.everywhere) return { text: t('goal.everywhere', { lever, min, max }), detail: '' };
	const decimals = toleranceDecimals(a.unit, r.tolerance);
	const detail = t('goal.detail', {
		exact: fmt(r.value, decimals),
		tolerance: tolText(lang, a.unit, r.tolerance, decimals),
		steps: r.iterations,
		current: fmt(a.current)
	});
	const side = goalSide(a.metNow, Number(a.current), Number(r.value)) ?? 'atLeast';
	const params = { lever, value: fmt(r.value) };
	const g = a.goal;
	if (g.kind === 'npvZero') {
		const more = t(side === 'atLeast' ? 'goal.side.above' : 'goal.side.below');
		return { text: `${t('goal.answer.npvZero', params)} ${more}`, detail };
	}
	if (g.kind === 'payback')
		return {
			text: t(`goal.answer.payback.${side}`, { ...params, years: g.years, year: a.startYear + g.years - 1 }),
			detail
		};
	return {
		text: t(`goal.answer.peakExposure.${side}`, { ...params, max: formatPercent(lang, Number(g.maxToGdp), 1) }),
		detail
	};
}

function tolText(lang: Lang, unit: Unit, tolerance: string, decimals: number): string {
	const x = shownNumber(unit, tolerance);
	const shown = x > 0 && x < 10 ** -decimals ? 10 ** -decimals : x;
	return leverValueText(lang, unit, unit === 'fraction' ? shown / 100 : shown, decimals);
}

/** A lever's label with its shown unit, for an axis: "Annual cap ($bn)", "Korea's share until recouped (%)". */
export function withUnit(label: string, unit: Unit, t: Translate): string {
	const keys: Partial<Record<Unit, MessageKey>> = {
		usdBn: 'unit.usdBn',
		krwTrn: 'unit.krwTrn',
		krwPerUsd: 'unit.krwPerUsd',
		years: 'unit.years'
	};
	const key = keys[unit];
	const suffix = unit === 'fraction' ? '%' : key ? t(key) : '';
	return suffix ? `${label} (${suffix})` : label;
}
