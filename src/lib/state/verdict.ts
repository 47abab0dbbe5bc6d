/** The one plain sentence that states the verdict, in the page's language. */
import {
	formatMoney,
	formatNumber,
	formatPercent,
	translate,
	type Currency,
	type Lang,
	type MessageKey
} from '../i18n/index';
import type { Hinge, Hinges } from '../analysis/hinges';
import type { ProjectionView, TrancheView } from './view';

/** Says whether the deal beats no deal in present value, and when it breaks even. */
export function verdict(view: ProjectionView, lang: Lang, currency: Currency): string {
	const s = view.summary;
	const npv = formatMoney(lang, Math.abs(s.npvDeal), currency, view.fx0);
	const end = view.startYear + view.horizon - 1;
	if (s.npvDeal > 0) {
		return s.breakEvenYear !== null
			? translate(lang, 'verdict.good', { npv, year: s.breakEvenYear })
			: translate(lang, 'verdict.goodNoYear', { npv });
	}
	if (s.npvDeal < 0) return translate(lang, 'verdict.bad', { npv, end });
	return translate(lang, 'verdict.even');
}

/** A hinge's switching value as people read it: fractions as percent, precise enough to differ from now. */
function hingeValue(lang: Lang, h: Hinge): string {
	const x = Number(h.value);
	if (h.unit !== 'fraction') return formatNumber(lang, x, 2);
	const pct = Math.abs(x * 100);
	return formatPercent(lang, x, pct !== 0 && pct < 1 ? 2 : 1);
}

/** One hinge as a clause: "the discount rate is above 4.2%". */
function hingeClause(lang: Lang, h: Hinge): string {
	const value = hingeValue(lang, h);
	if (h.lever === 'trade.elasticity') return translate(lang, `hinge.elasticity.${h.direction}`, { value });
	if (h.lever === 'dealRisk.hazard' && h.direction === 'above') return translate(lang, 'hinge.hazard.above', { value });
	if (h.lever === 'trade.sectors[*].tariffDeal') return translate(lang, `hinge.tariff.${h.direction}`, { value });
	const raw = translate(lang, h.labelKey as MessageKey);
	// Mid-sentence in English a label starts lower-case, proper names (Korea's, US, GDP, FX)
	// aside, after "the" unless it starts with a possessive ("Korea's share", not "the Korea's share").
	let label = raw;
	if (lang === 'en') {
		if (!/^(Korea|US|GDP|FX)/.test(raw)) label = raw[0].toLowerCase() + raw.slice(1);
		if (!/^\S+'s\s/.test(raw)) label = `the ${label}`;
	}
	return translate(lang, `hinge.${h.direction}`, { label, value });
}

/**
 * What the verdict hinges on, as one sentence: "It turns negative if the discount rate is
 * above 4.2%, or if ...". Empty when the verdict is exactly even.
 */
export function hingeSentence(h: Hinges, lang: Lang): string {
	if (h.sign === 0) return '';
	if (h.hinges.length === 0) return translate(lang, 'hinge.none');
	const list = h.hinges.map((x) => hingeClause(lang, x)).join(translate(lang, 'hinge.or'));
	return translate(lang, h.sign > 0 ? 'hinge.negative' : 'hinge.positive', { list });
}

/** One plain sentence per tranche: Korea's return on its money, the recoup year, the US's part. */
export function trancheSentences(
	view: ProjectionView,
	lang: Lang,
	currency: Currency,
	nameOf: (k: number, name: string) => string = (_, name) => name
): string[] {
	const money = (x: number) => formatMoney(lang, x, currency, view.fx0);
	return view.summary.tranches.map((t: TrancheView, k) => {
		const name = nameOf(k, t.name);
		const paid = money(t.paid);
		if (t.paid === 0) return translate(lang, 'tranche.noPayment', { name });
		if (t.instrument === 'guarantee')
			return translate(lang, 'tranche.guarantee', { name, paid, npv: money(t.npvKorea) });
		const irr = t.koreaIrr === null ? null : formatPercent(lang, t.koreaIrr, 1);
		let first: string;
		if (irr === null) first = translate(lang, 'tranche.noIrr', { name, paid });
		else if (t.instrument === 'loan') first = translate(lang, 'tranche.loan', { name, paid, irr });
		else if (t.recoupYear !== null) first = translate(lang, 'tranche.equity', { name, paid, irr, year: t.recoupYear });
		else first = translate(lang, 'tranche.equityNoRecoup', { name, paid, irr, end: t.lastYear });
		if (t.instrument !== 'equity' || t.npvUs === 0) return first;
		return `${first} ${translate(lang, 'tranche.us', { npvUs: money(t.npvUs), npvKorea: money(t.npvKorea) })}`;
	});
}
