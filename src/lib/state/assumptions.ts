/**
 * One line of key assumptions for exported charts: the scenario's name, what is
 * pledged in each structure, the discount rate, the elasticity and the tariffs.
 */
import {
	formatMoney,
	formatNumber,
	formatPercent,
	type Currency,
	type Lang,
	type MessageKey,
	type Translate
} from '../i18n/index';
import { Decimal, INSTRUMENTS, parseDecimal, type Dec, type ScenarioJson } from '../model/index';

function num(value: unknown): Dec {
	const d = parseDecimal(value);
	return typeof d === 'string' ? new Decimal(0) : d;
}

/** The most common deal and no-deal tariffs, weighted by exports ("15% vs 25%"). */
function tariffs(json: ScenarioJson, lang: Lang): string | null {
	const weight = new Map<string, Dec>();
	for (const s of json.trade.sectors) {
		if (num(s.tariffDeal).eq(num(s.tariffNoDeal))) continue;
		const key = `${num(s.tariffDeal)}|${num(s.tariffNoDeal)}`;
		weight.set(key, (weight.get(key) ?? new Decimal(0)).plus(num(s.exports0)));
	}
	let best: string | null = null;
	for (const [key, w] of weight) if (best === null || w.gt(weight.get(best) as Dec)) best = key;
	if (best === null) return null;
	const [deal, noDeal] = best.split('|').map((x) => formatPercent(lang, Number(x), 0));
	return `${deal} / ${noDeal}`;
}

/** The key assumptions of a scenario as one line of text, in the page's language. */
export function keyAssumptions(json: ScenarioJson, lang: Lang, currency: Currency, t: Translate): string {
	const fx = Number(json.economy.fx0);
	const parts: string[] = [];
	if (json.name) parts.push(json.name);
	const byInstrument = INSTRUMENTS.map((instrument) => {
		const total = json.tranches
			.filter((x) => x.instrument === instrument)
			.reduce(
				(sum, x) =>
					sum.plus(
						x.schedule.mode === 'custom'
							? (x.schedule.amounts ?? []).reduce((a: Dec, b) => a.plus(num(b)), new Decimal(0))
							: num(x.amount)
					),
				new Decimal(0)
			);
		return total.isZero()
			? null
			: `${t(`instrument.${instrument}` as MessageKey)} ${formatMoney(lang, total.toNumber(), currency, fx)}`;
	}).filter((x): x is string => x !== null);
	if (byInstrument.length > 0) parts.push(byInstrument.join(', '));
	parts.push(`${t('field.discountRate')} ${formatPercent(lang, Number(json.discountRate), 1)}`);
	const tariff = tariffs(json, lang);
	if (tariff) parts.push(`${t('chart.tariff.deal')} / ${t('chart.tariff.noDeal')} ${tariff}`);
	parts.push(`${t('field.elasticity')} ${formatNumber(lang, Number(json.trade.elasticity), 2)}`);
	return parts.join(' · ');
}
