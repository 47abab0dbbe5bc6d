/** The one plain sentence that states the verdict, in the page's language. */
import { formatMoney, translate, type Currency, type Lang } from '../i18n/index';
import type { ProjectionView } from './view';

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
