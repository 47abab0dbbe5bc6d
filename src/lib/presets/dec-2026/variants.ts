/**
 * Variants of "As it stands, Dec 2026", each changing one thing the sources leave open:
 * the IEEPA tariffs, the end of the terms with this US administration, Section 301, the
 * won, and a Phase 2 chip tariff (deal-facts-2026.md A.3, A.4 and "Implications").
 */
import type { DealRiskJson } from '../../model/index';
import { lazyPreset, type Preset, type Source, type SourceMap, type Sourced } from '../types';
import { NAMES_KO_2026 } from './as-it-stands';
import { composeV2 } from './compose';
import { ECONOMY_2026 } from './economy';
import { CHIPS_PHASE_2, IEEPA_VOIDED, SECTION_301, sectorsOf, AS_IT_STANDS } from './sectors';
import { CASH_2026, MASGA_2026, withTerms } from './tranches';

const MOU = [CASH_2026, MASGA_2026] as const;

/** The IEEPA tariffs count for nothing: only Section 232 differs between the worlds. */
const voided = () =>
	composeV2({
		name: 'IEEPA voided: only Section 232 differs (Dec 2026)',
		tranches: MOU,
		sectors: sectorsOf(IEEPA_VOIDED)
	});
export const IEEPA_VOIDED_2026_12: Preset = lazyPreset(
	{
		id: 'ieepa-voided-2026-12',
		title: { en: 'IEEPA voided: only Section 232 differs', ko: 'IEEPA 무효: 232조만 차이' },
		description: {
			en: 'As it stands, but the IEEPA tariffs of January–February 2026 count for nothing, as if the Supreme Court’s ruling voided them from the start: the deal’s only tariff benefit is the Section 232 cut on cars and parts (25% to 15%).',
			ko: '현재와 같되, 대법원 판결로 2026년 1~2월의 IEEPA 관세가 처음부터 무효였던 것으로 본다: 합의의 관세 혜택은 자동차·부품의 232조 관세 인하(25%→15%)뿐이다.'
		},
		asOf: '2026-12-01',
		names: NAMES_KO_2026
	},
	voided
);

const END_2028: Source = {
	label: 'The terms last until this US administration ends (January 2029): 2028 is the last full year',
	labelKo: '합의 조건은 현 미 행정부 임기(2029년 1월)까지 유지: 2028년이 마지막 해',
	date: '2025-11-14',
	url: 'https://seoulreporter.com/seoul-boasts-of-fail-safes-however-us-retains-remaining-say-over-350-billion-in-investments',
	note: 'Project selection is to finish by January 2029, the end of Trump’s term (Japan: commitments before 2029-01-19). Assumption: the tariff terms end with it; no source says they do.'
};
const NO_HAZARD: Source = {
	...END_2028,
	label: 'No other risk that the terms end before 2029',
	labelKo: '2029년 이전에 합의 조건이 끝날 위험은 없다고 본다',
	note: 'Assumption: only the end year is modelled; no yearly hazard was found in the sources.'
};

function termsEnd(paymentsContinue: '1' | '0', source: Source): Sourced<DealRiskJson> {
	return {
		json: { hazard: '0', endYear: 2028, paymentsContinue },
		sources: { hazard: NO_HAZARD, endYear: END_2028, paymentsContinue: source }
	};
}

const payGoesOn = () =>
	composeV2({
		name: 'Terms end Jan 2029, payments go on (Dec 2026)',
		tranches: MOU,
		sectors: sectorsOf(AS_IT_STANDS),
		dealRisk: termsEnd('1', {
			label: 'Payments, capped each year, continue after project selection ends in January 2029',
			labelKo: '2029년 1월 프로젝트 선정이 끝난 뒤에도 연간 한도 내 납입은 계속',
			date: '2025-11-14',
			url: 'https://allthe.news/en/articles/us-deputy-secretary-hails-joint-fact-sheet-as-new-chapter-in-alliance',
			note: 'The contract as reported: every scheduled payment is still made once the tariff terms have ended.'
		})
	});
export const TERMS_END_2029_PAY_2026_12: Preset = lazyPreset(
	{
		id: 'terms-end-2029-pay-2026-12',
		title: { en: 'Terms end Jan 2029, payments go on', ko: '2029년 1월 조건 종료, 납입은 계속' },
		description: {
			en: 'As it stands, but the deal’s tariff terms end with this US administration in January 2029 (no tariff benefit from 2029), while Korea keeps paying its capital calls, capped each year, as the MOU provides.',
			ko: '현재와 같되, 합의의 관세 조건이 현 미 행정부와 함께 2029년 1월에 끝나고(2029년부터 관세 혜택 없음), 한국은 MOU대로 연간 한도 내 캐피털 콜을 계속 납입한다.'
		},
		asOf: '2026-12-01',
		names: NAMES_KO_2026
	},
	payGoesOn
);

const payStops = () =>
	composeV2({
		name: 'Terms end Jan 2029, payments stop (Dec 2026)',
		tranches: MOU,
		sectors: sectorsOf(AS_IT_STANDS),
		dealRisk: termsEnd('0', {
			label: 'Korea may decline to fund a project; the US may then impose a tariff of its choosing',
			labelKo: '한국은 프로젝트 납입을 거부할 수 있고, 이 경우 미국은 임의의 관세를 부과할 수 있다',
			date: '2025-11-14',
			url: 'https://seoulreporter.com/seoul-boasts-of-fail-safes-however-us-retains-remaining-say-over-350-billion-in-investments',
			note: 'Assumption: once the tariff terms have ended there is no tariff left to lose, so Korea makes no further payment.'
		})
	});
export const TERMS_END_2029_STOP_2026_12: Preset = lazyPreset(
	{
		id: 'terms-end-2029-stop-2026-12',
		title: { en: 'Terms end Jan 2029, payments stop', ko: '2029년 1월 조건 종료, 납입도 중단' },
		description: {
			en: 'As it stands, but the deal’s tariff terms end with this US administration in January 2029 and Korea, with no tariff relief left to lose, makes no payment from 2029: only the calls of 2027 and 2028 are paid.',
			ko: '현재와 같되, 합의의 관세 조건이 2029년 1월 현 미 행정부와 함께 끝나고, 잃을 관세 혜택이 없는 한국은 2029년부터 납입하지 않는다: 2027·2028년 캐피털 콜만 납입.'
		},
		asOf: '2026-12-01',
		names: NAMES_KO_2026
	},
	payStops
);

const s301 = () =>
	composeV2({
		name: 'Section 301 restores 15% (Dec 2026)',
		tranches: MOU,
		sectors: sectorsOf(SECTION_301)
	});
export const SECTION_301_15_2026_12: Preset = lazyPreset(
	{
		id: 'section-301-15-2026-12',
		title: { en: 'Section 301 restores 15%', ko: '301조로 15% 복원' },
		description: {
			en: 'As it stands, but when the Section 122 surcharge expires in July 2026 the US restores the deal’s structure under Section 301: 15% on Korea’s goods with the deal (and on Japan’s and the EU’s), 25% without it. An assumption: no Section 301 rate was found.',
			ko: '현재와 같되, 2026년 7월 122조 추가관세가 만료되면 미국이 301조로 합의 구조를 복원한다: 합의 시 한국산(일본·EU산도) 15%, 합의가 없으면 25%. 301조 세율은 확인되지 않은 가정이다.'
		},
		asOf: '2026-12-01',
		names: NAMES_KO_2026
	},
	s301
);

const WON_1500: Source = {
	label: 'KRW per USD above 1,500 on 2026-03-04 (high 1,506), the first time since March 2009; 1,505.0 on 2026-03-19',
	labelKo: '원/달러 환율 2026-03-04 1,500원 돌파(고가 1,506원), 2009년 3월 이후 처음; 2026-03-19 1,505.0원',
	date: '2026-03-04',
	url: 'https://www.etoday.co.kr/news/view/2561539',
	note: 'With no drift, 1,500 is the rate of every year of the horizon. A low-quality source puts the won near 1,528 in mid-June 2026 (deal-facts-2026.md A.4).'
};
const FX_CLAUSE: Source = {
	label:
		'FX clause: if funding may cause "disorderly movements of Korean won", Korea may ask to adjust the amount and timing',
	labelKo: '외환 조항: 납입이 "원화의 무질서한 변동"을 일으킬 수 있으면 한국은 금액과 시기 조정을 요청할 수 있다',
	date: '2025-11-13',
	url: 'https://koreajoongangdaily.joins.com/news/2025-11-14/national/diplomacy/White-House-releases-joint-fact-sheet-on-KoreaUS-trade-and-defense-talks/2454378',
	note: 'Assumption: Korea invokes it and the US agrees to cap the calls at USD 15 bn a year, about what reserve income covers (Finance Minister Koo, 2025-10-30: "about $15 bn", https://www.ebn.co.kr/news/articleView.html?idxno=1684545). The Special Act made FX-market stabilisation measures law.'
};
const won = () =>
	composeV2({
		name: 'The won at 1,500 (Dec 2026)',
		tranches: [
			withTerms(CASH_2026, { schedule: { mode: 'cap', cap: '15', delay: 1 } }, { 'schedule.cap': FX_CLAUSE }),
			MASGA_2026
		],
		sectors: sectorsOf(AS_IT_STANDS),
		economy: {
			json: { ...ECONOMY_2026.json, fx0: '1500' },
			sources: { ...ECONOMY_2026.sources, fx0: WON_1500 } satisfies SourceMap
		}
	});
export const WON_1500_2026_12: Preset = lazyPreset(
	{
		id: 'won-1500-2026-12',
		title: { en: 'The won at 1,500', ko: '원/달러 1,500원' },
		description: {
			en: 'As it stands, but the won stays at 1,500 per dollar, where it traded in March 2026, and Korea uses the MOU’s FX clause: the US agrees to cap the calls at USD 15 bn a year, about what reserve income covers, so the USD 200 bn takes 14 years instead of 10.',
			ko: '현재와 같되, 원/달러 환율이 2026년 3월 수준인 1,500원에 머물고 한국이 MOU의 외환 조항을 활용한다: 미국이 캐피털 콜을 외환보유액 운용수익 수준인 연 150억 달러로 제한하는 데 동의해 2,000억 달러 납입에 10년이 아닌 14년이 걸린다.'
		},
		asOf: '2026-12-01',
		names: NAMES_KO_2026
	},
	won
);

const chips = () =>
	composeV2({
		name: 'Semiconductor tariffs, phase 2 (Dec 2026)',
		tranches: MOU,
		sectors: sectorsOf(CHIPS_PHASE_2)
	});
export const CHIPS_PHASE_2_2026_12: Preset = lazyPreset(
	{
		id: 'chips-phase-2-2026-12',
		title: { en: 'Semiconductor tariffs, phase 2', ko: '반도체 관세 2단계' },
		description: {
			en: 'As it stands, plus a broad Section 232 tariff on chips from 2027 (Phase 2; its outcome was not found): 25% on Korean chips without the deal, none with it, since the deal promises Korea terms "no less favorable" than Taiwan’s duty-free quotas.',
			ko: '현재와 같되, 2027년부터 반도체 전반에 232조 관세가 부과된다(2단계, 결과 미확인): 합의가 없으면 한국산 반도체에 25%, 합의가 있으면 대만의 무관세 쿼터보다 "불리하지 않은" 대우로 0%.'
		},
		asOf: '2026-12-01',
		names: NAMES_KO_2026
	},
	chips
);
