/**
 * The tariff facts the presets cite (deal-facts.md sections 1d and 4b): one source per
 * rate, reused by every sector and preset that applies it.
 */
import type { Source } from './types';

/** MOTIE's 2025 export figures by sector (via DBR). */
export const MOTIE_2025 = 'https://dbr.donga.com/kfocus/view/en/article_no/1660';
const CARS_TARIFFS = 'https://biz.chosun.com/en/en-policy/2025/03/27/IMUZAODVVJFJLGSRXSGQST2Y4E';

/** KORUS FTA: no tariff on most Korean goods before 2025. */
export const KORUS_ZERO: Source = {
	label: 'KORUS FTA: 0% on most Korean goods before 2025 (passenger cars since 2016)',
	date: '2025-03-27',
	url: CARS_TARIFFS
};
/** The 25% reciprocal tariff threatened before the deal. */
export const RECIPROCAL_25: Source = {
	label: 'Reciprocal tariff of 25% on Korea (letter of 2025-07-07, effective 2025-08-01)',
	date: '2025-07-07',
	url: 'https://www.business-standard.com/world-news/donald-trump-25-percent-tariff-south-korea-japan-august-2025-us-trade-125070701293_1.html'
};
/** The deal's 15% reciprocal rate. */
export const RECIPROCAL_15: Source = {
	label: 'Deal: reciprocal tariff 15%, all-in (Federal Register notice)',
	date: '2025-12-04',
	url: 'https://www.ghy.com/?p=24418'
};
/** Section 232 on cars and parts before the deal. */
export const AUTOS_232_25: Source = {
	label: 'Section 232: 25% on cars from 2025-04-03 and on parts from 2025-05-03',
	date: '2025-03-27',
	url: CARS_TARIFFS
};
/** The deal's 15% on cars and parts. */
export const AUTOS_DEAL_15: Source = {
	label: 'Federal Register: cars and parts at 15%, retroactive to 2025-11-01',
	date: '2025-12-04',
	url: 'https://koreajoongangdaily.joins.com/news/2025-12-04/business/economy/Federal-Register-publishes-retroactive-reduction-of-US-tariffs-on-Korean-auto-exports/2469640'
};
/** Export growth: no forecast was found. */
export const GROWTH_ASSUMED: Source = {
	label: 'Assumption: exports to the US grow with the economy',
	date: '2026-01-15',
	url: MOTIE_2025,
	note: 'No forecast was found. Exports to the US rose 10.5% in 2024 and fell 3.8% in 2025 (MOTIE).'
};

/** Steel and aluminium: 50%, deal or not. */
export const STEEL_50: Source = {
	label: 'Section 232 on steel and aluminium: 25% from 2025-03-12, 50% from 2025-06-04; not covered by the deal',
	date: '2025-06-04',
	url: 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8269897'
};
/** Jan 2026: Trump's announced return to 25% while the implementing act was pending. */
export const THREAT_25: Source = {
	label: 'Trump: tariffs on Korean autos, lumber, pharmaceuticals and reciprocal goods to go from 15% back to 25%',
	date: '2026-01-27',
	url: 'https://www.koreaherald.com/article/10663227',
	note: 'Announced on 2026-01-26 because the National Assembly had not passed the implementing act; no executive order was seen. The bill was still pending on 2026-03-03.'
};

/** Feb 2026: the IEEPA ruling and the Section 122 surcharge that replaced the reciprocal tariff. */
export const SECTION_122: Source = {
	label: 'Supreme Court voids the IEEPA tariffs (2026-02-20); a 10% Section 122 surcharge applies from 2026-02-24',
	date: '2026-02-20',
	url: 'https://www.ussc.edu.au/by-the-numbers-how-do-the-new-section-122-tariffs-compare-to-ieepa-tariffs',
	note: 'The surcharge applies to every country, deal or not, for 150 days unless Congress extends it; Trump said he would raise it to 15%. Kept at 10% for the whole horizon here.'
};
