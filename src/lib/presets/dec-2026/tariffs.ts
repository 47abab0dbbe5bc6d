/**
 * US tariffs on Korean goods as paths by calendar year and legal basis, as they stood in
 * Dec 2026 (deal-facts.md 1d, deal-facts-2026.md A.3), with the sources of every step.
 *
 * Paths are by calendar year, so 2026, when the legal basis changed twice, is a
 * time-weighted rate: the days under each regime over 365 (see DAYS_2026).
 */
import type { TariffJson, TariffStepJson } from '../../model/index';
import type { Source } from '../types';

/** A tariff path from [calendar year, rate] steps. */
export function path(...steps: [number, string][]): TariffStepJson[] {
	return steps.map(([from, rate]) => ({ from, rate }));
}

/** One rate for every year, written as a path of one step. */
export const flat = (rate: string): TariffJson => path([2026, rate]);

/**
 * How 2026 was turned into one yearly rate: IEEPA was collected from 1 January until the
 * executive order that ended its collection on 24 February (54 days); the Section 122
 * surcharge ran from 24 February to 24 July (150 days); the rest of the year is 161 days.
 */
export const DAYS_2026 =
	'2026 is time-weighted by days: IEEPA rate × 54/365 (1 Jan–23 Feb: the Supreme Court ruled on 20 Feb and collection ended on 24 Feb) + Section 122 rate × 150/365 (24 Feb–23 Jul) + the rate after × 161/365 (24 Jul–31 Dec), rounded to 4 decimals.';

const RULING_URL =
	'https://www.foley.com/insights/publications/2026/02/what-every-multinational-should-know-aboutmanaging-the-aftermath-of-the-supreme-courts-ieepa-tariff-decision-part-i';
const S122_URL = 'https://www.jmrodgers.com/cbp-issues-guidance-on-temporary-10-percent-section-122-import-surcharge';
const AFTER_JULY =
	'Assumption: from 24 Jul 2026 the Section 122 surcharge lapsed and nothing replaced it, because no source was found for what followed its expiry (deal-facts-2026.md A.3 and A.6): the KORUS rate (0%) applies in both worlds.';

/** IEEPA reciprocal tariff under the deal, then Section 122, then (assumption) nothing. */
export const RECIPROCAL_DEAL_2026: Source = {
	label:
		'IEEPA 15% all-in under the deal until the 2026-02-20 ruling; Section 122 surcharge 10% from 2026-02-24 to 2026-07-24; assumption after',
	labelKo: '합의 시 IEEPA 15%(2026-02-20 판결까지) → 122조 추가관세 10%(2026-02-24~07-24) → 이후는 가정',
	date: '2026-02-24',
	url: S122_URL,
	note: `Steps: 15% (Federal Register notice 2025-12-04, https://www.ghy.com/?p=24418); the IEEPA ruling (${RULING_URL}); 10% Section 122 on top of MFN/KORUS rates, not raised to 15% by any proclamation found (deal-facts-2026.md A.3). ${DAYS_2026} 2026: 0.15 × 54/365 + 0.10 × 150/365 + 0 = 0.0633. ${AFTER_JULY} The surcharge’s exemptions for energy and certain electronics also cover part of these goods (share not found), so 10% is an upper bound for them.`
};

/** IEEPA reciprocal tariff without the deal, then Section 122, then (assumption) nothing. */
export const RECIPROCAL_NO_DEAL_2026: Source = {
	label:
		'IEEPA 25% without the deal until the 2026-02-20 ruling; Section 122 surcharge 10% from 2026-02-24 (all countries, deal or not); assumption after',
	labelKo:
		'합의 없으면 IEEPA 25%(2026-02-20 판결까지) → 122조 추가관세 10%(2026-02-24~, 합의와 무관하게 모든 국가) → 이후는 가정',
	date: '2026-02-24',
	url: S122_URL,
	note: `Steps: 25% (letter of 2025-07-07, https://www.business-standard.com/world-news/donald-trump-25-percent-tariff-south-korea-japan-august-2025-us-trade-125070701293_1.html); the IEEPA ruling (${RULING_URL}); 10% Section 122. ${DAYS_2026} 2026: 0.25 × 54/365 + 0.10 × 150/365 + 0 = 0.0781. ${AFTER_JULY}`
};

/** Both worlds when the IEEPA tariffs count for nothing: only the surcharge, equal for all. */
export const S122_ONLY_2026: Source = {
	label: 'IEEPA voided: only the 10% Section 122 surcharge (2026-02-24 to 2026-07-24), the same deal or not',
	labelKo: 'IEEPA 무효: 122조 추가관세 10%(2026-02-24~07-24)만 남고 합의 여부와 무관',
	date: '2026-02-24',
	url: S122_URL,
	note: `The IEEPA duties of Jan–Feb 2026 are left out of both worlds, as if the ruling voided them from the start (refunds go back to the Court of International Trade; their outcome was not found, deal-facts-2026.md A.6). ${DAYS_2026} 2026: 0.10 × 150/365 = 0.0411. ${AFTER_JULY}`
};

const S301_NOTE = `Assumption: no Section 301 determination or rate was found (deal-facts-2026.md A.6). Dong-A (2026-03-12) expected Korea’s rate to "return to around 15% from July" via Section 301; USTR opened an excess-capacity investigation of 16 economies including Korea on 2026-03-11 (https://www.koreaherald.com/article/10692432), and Greer said existing deals "remain".`;

/** Section 301 at 15% from the end of the surcharge, under the deal. */
export const S301_DEAL_15: Source = {
	label: 'Assumption: Section 301 restores 15% under the deal from 2026-07-24',
	labelKo: '가정: 2026-07-24부터 301조로 합의 관세 15% 복원',
	date: '2026-03-12',
	url: 'https://www.donga.com/news/article/all/20260312/133517768/1',
	note: `${S301_NOTE} Steps before: as in "As it stands". ${DAYS_2026} 2026: 0.15 × 54/365 + 0.10 × 150/365 + 0.15 × 161/365 = 0.1295; 15% from 2027.`
};

/** Section 301 at 25% from the end of the surcharge, without the deal. */
export const S301_NO_DEAL_25: Source = {
	label: 'Assumption: without the deal, Section 301 restores the threatened 25% from 2026-07-24',
	labelKo: '가정: 합의가 없으면 2026-07-24부터 301조로 위협했던 25% 부과',
	date: '2026-03-12',
	url: 'https://www.donga.com/news/article/all/20260312/133517768/1',
	note: `${S301_NOTE} Section 301 has no rate cap; 25% is the reciprocal rate threatened before the deal (letter of 2025-07-07). ${DAYS_2026} 2026: 0.25 × 54/365 + 0.10 × 150/365 + 0.25 × 161/365 = 0.1884; 25% from 2027.`
};

/** Section 232 on cars and parts under the deal: 15%, untouched by the ruling. */
export const AUTOS_DEAL_15_2026: Source = {
	label: 'Section 232 on cars and parts: 15% under the deal from 2025-11-01, unaffected by the IEEPA ruling',
	labelKo: '자동차·부품 232조 관세: 합의로 2025-11-01부터 15%, IEEPA 판결의 영향 없음',
	date: '2026-02-22',
	url: 'https://www.newspub.kr/content?category=11&dark=0&nid=699a657836714e6ba5dd0608',
	note: 'Federal Register 2025-12-04 (https://koreajoongangdaily.joins.com/news/2025-12-04/business/economy/Federal-Register-publishes-retroactive-reduction-of-US-tariffs-on-Korean-auto-exports/2469640). Cars, trucks and parts are exempt from the Section 122 surcharge. The 25% announced on 2026-01-26 was not carried out: Lutnick indicated "no tariff increase and no Federal Register notice" (2026-03-08, https://www.donga.com/news/article/all/20260309/133492083/2). Assumption: 15% for the whole horizon, since no later change was found.'
};

/** Section 232 on cars and parts without the deal: 25%. */
export const AUTOS_NO_DEAL_25_2026: Source = {
	label: 'Section 232 on cars (from 2025-04-03) and parts (from 2025-05-03): 25% without the deal',
	labelKo: '합의가 없으면 자동차(2025-04-03~)·부품(2025-05-03~) 232조 관세 25%',
	date: '2025-03-27',
	url: 'https://biz.chosun.com/en/en-policy/2025/03/27/IMUZAODVVJFJLGSRXSGQST2Y4E',
	note: 'Section 232 survived the IEEPA ruling (2026-02-22), so 25% stays the no-deal rate for the whole horizon.'
};

/** Steel and aluminium: 50% under Section 232, deal or not. */
export const STEEL_50_2026: Source = {
	label: 'Section 232 on steel and aluminium: 50% from 2025-06-04, deal or not, unaffected by the ruling',
	labelKo: '철강·알루미늄 232조 관세: 2025-06-04부터 50%, 합의 여부·판결과 무관',
	date: '2026-02-22',
	url: 'https://m.seoul.co.kr/news/economy/2026/02/23/20260223003002',
	note: 'The 50% dates from https://news.kbs.co.kr/news/pc/view/view.do?ncd=8269897. Assumption: 50% for the whole horizon. The 50% on the steel content of derivative machinery is not modelled.'
};

/** Semiconductors: no broad tariff in either world as of the sources. */
export const CHIPS_ZERO_2026: Source = {
	label:
		'Semiconductors: exempt from the reciprocal tariff; Section 232 Phase 1 (2026-01-15) covers only some advanced AI chips',
	labelKo: '반도체: 상호관세 면제; 232조 1단계(2026-01-15)는 일부 첨단 AI 칩에만 적용',
	date: '2026-01-16',
	url: 'https://www.donga.com/news/Economy/article/all/20260116/133168694/2',
	note: 'Korean officials say memory chips are not covered. Phase 2 was due after a Commerce report of 1 Jul 2026; its outcome was not found (deal-facts-2026.md A.6), so 0% in both worlds (see the preset "Semiconductor tariffs, phase 2").'
};

/** Semiconductors, Phase 2 without the deal: an assumed broad 25%. */
export const CHIPS_PHASE2_NO_DEAL: Source = {
	label: 'Assumption: without the deal, a broad Section 232 chip tariff of 25% from 2027 (Phase 2)',
	labelKo: '가정: 합의가 없으면 2027년부터 반도체 전반에 232조 관세 25% (2단계)',
	date: '2026-01-15',
	url: 'https://particle.news/story/south-koreas-president-plays-down-us-100-chip-tariff-threat-as-taiwan-wins-duty-free-quotas',
	note: 'Phase 2 was not found (deal-facts-2026.md A.6): the rate is Phase 1’s 25% applied broadly from 2027, after the Commerce report due 1 Jul 2026. Lutnick told memory makers to "pay a 100% tariff, or build in America": 100% is the upper end. 0% in 2026.'
};

/** Semiconductors, Phase 2 under the deal: Taiwan's terms, duty-free within quotas. */
export const CHIPS_PHASE2_DEAL: Source = {
	label:
		'Deal: chips "no less favorable" than Taiwan, which won duty-free quotas (2.5× planned US capacity, 1.5× after)',
	labelKo:
		'합의: 반도체는 대만보다 불리하지 않게. 대만은 무관세 쿼터(미국 내 계획 생산능력의 2.5배, 완공 후 1.5배) 확보',
	date: '2026-01-15',
	url: 'https://particle.news/story/south-koreas-president-plays-down-us-100-chip-tariff-threat-as-taiwan-wins-duty-free-quotas',
	note: 'Assumption: Korea’s chip exports fit within such quotas (Samsung about USD 38.9 bn and SK hynix about USD 4.1 bn of US investment, deal-facts-2026.md A.3), so 0% under the deal. The MOU clause: https://investmentguruindia.com/newsdetail/south-korea-us-sign-mou-on-350-billion-investment-pledge-under-trade-deal649786.'
};

/** Pharmaceuticals: exempt from the reciprocal tariff and the surcharge; no 232 tariff in force. */
export const PHARMA_ZERO_2026: Source = {
	label: 'Medicines: exempt from the Section 122 surcharge; no Section 232 pharma tariff was in force',
	labelKo: '의약품: 122조 추가관세 면제, 232조 의약품 관세 미시행',
	date: '2026-02-24',
	url: S122_URL,
	note: 'Pharmaceuticals were carved out of the reciprocal tariff (model-review.md T6) and the 232 tariff was not yet in force in Jan 2026 (http://m.yakup.com/news/index.html?mode=view&nid=322387). The deal caps a future pharma tariff at 15% for Korea; a low-quality undated page reports 100% with 15% for Korea-origin goods (deal-facts-2026.md A.3). Assumption: 0% in both worlds, as nothing in force was found.'
};

/** Legal basis labels. */
export const BASIS_232: Source = {
	label: 'Section 232 (national security): survived the IEEPA ruling',
	labelKo: '232조(국가안보): IEEPA 판결 후에도 유지',
	date: '2026-02-22',
	url: 'https://www.newspub.kr/content?category=11&dark=0&nid=699a657836714e6ba5dd0608'
};
export const BASIS_122: Source = {
	label: 'IEEPA until the 2026-02-20 ruling, then Section 122 (150 days)',
	labelKo: '2026-02-20 판결까지 IEEPA, 이후 122조(150일)',
	date: '2026-02-24',
	url: S122_URL,
	note: 'The label names the legal basis of 2026; after July 2026 it is an assumption (see the tariff paths).'
};
export const BASIS_301: Source = {
	label: 'Section 301 (assumption): the excess-capacity investigation opened 2026-03-11',
	labelKo: '301조(가정): 2026-03-11 개시된 과잉생산 조사',
	date: '2026-03-11',
	url: 'https://www.koreaherald.com/article/10692432'
};
export const BASIS_MFN: Source = {
	label: 'MFN/KORUS rates only: exempt from the surcharge, no Section 232 tariff in force',
	labelKo: 'MFN/한미 FTA 세율만 적용: 추가관세 면제, 232조 관세 미시행',
	date: '2026-02-24',
	url: S122_URL
};

/** Competitors (Japan, EU) on cars: 15% under their own deals, in both of Korea's worlds. */
export const COMPETITORS_CARS_15: Source = {
	label: 'Japan’s cars: 27.5% → 15% all-in under its deal (executive order of 2025-09-04), deal or no deal for Korea',
	labelKo: '일본산 자동차: 자국 합의로 27.5% → 15%(2025-09-04 행정명령), 한국의 합의 여부와 무관',
	date: '2025-09-05',
	url: 'https://blog.freshfields.us/post/102l47q/new-executive-order-implements-the-united-statesjapan-trade-agreement',
	note: 'A Section 232 rate, so unaffected by the IEEPA ruling. The EU is taken at 15% too (model-review.md E6); no EU source is in the research. Assumption: 15% for the whole horizon.'
};
/** Competitors' car tariff before 2025: the 2.5% MFN rate. */
export const COMPETITORS_CARS_MFN: Source = {
	label: 'Competitors paid the 2.5% MFN rate on cars before 2025 (derived: Japan’s 27.5% = 25% Section 232 + 2.5%)',
	labelKo: '경쟁국은 2025년 이전 자동차에 MFN 2.5% 부담 (일본 27.5% = 232조 25% + 2.5%에서 도출)',
	date: '2025-09-05',
	url: 'https://koreajoongangdaily.joins.com/news/2025-09-05/business/industry/Trump-signs-order-to-bring-lower-Japanese-auto-tariffs-into-effect/2392343',
	note: 'Korean cars paid 0% under KORUS. For parts the same 2.5% and the same 15% are an assumption: Japan’s parts rates are not in the research.'
};
/** Competitors on reciprocal lines: the same rates as Korea under the deal. */
export const COMPETITORS_AS_DEAL: Source = {
	label: 'Japan and the EU: 15% all-in under IEEPA like Korea under the deal, then the same Section 122 surcharge',
	labelKo: '일본·EU: 합의한 한국과 같이 IEEPA 15%(일괄), 이후 같은 122조 추가관세',
	date: '2026-02-22',
	url: 'https://cm.asiae.co.kr/article/2026022214273866227',
	note: 'So in both of Korea’s worlds the competitors pay what Korea pays under the deal. Assumption: their MFN rates (not found) are taken as 0%, so Korea’s KORUS edge after the ruling (KITA’s reading) is not modelled.'
};
/** Korea's share of US imports: only the overall share and steel's were found. */
export const SHARE_ALL_IMPORTS: Source = {
	label: 'Korea’s share of all US imports, Jan–Nov 2025: 3.6% (9th; KITA)',
	labelKo: '미국 전체 수입 중 한국 비중 2025년 1~11월 3.6% (9위, 한국무역협회)',
	date: '2026-02-18',
	url: 'https://www.koreaherald.com/article/10677751',
	note: 'Assumption: the overall share stands for this sector’s, because no sector share was found (deal-facts-2026.md B.3 has only the US’s share of Korea’s exports). For cars Korea’s true share is larger, which would make its loss to competitors somewhat smaller.'
};
export const SHARE_STEEL: Source = {
	label: 'Korea: 4th-largest supplier, about 9% of US steel imports (2024)',
	labelKo: '한국: 미국 철강 수입 4위, 약 9% (2024년)',
	date: '2025-03-12',
	url: 'https://ajupress.com/view/20250312124857252',
	note: 'Competitors pay the same 50%, so the share changes nothing here.'
};
