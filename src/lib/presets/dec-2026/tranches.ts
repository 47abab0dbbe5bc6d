/**
 * The MOU's two parts as they stood in Dec 2026: no payment before 2027, and the cash
 * equity followed past the horizon (continuation), each term with its source.
 */
import type { TrancheJson } from '../../model/index';
import {
	EQUITY_LOSS,
	EQUITY_RETURN,
	FINANCING_TERMS,
	GUARANTEE_CALLS,
	GUARANTEE_FEE,
	MASGA_GUARANTEES,
	MOU_CASH,
	MOU_SPLIT,
	NO_US_LOSS_SHARING,
	PRINCIPAL_ONLY
} from '../tranches';
import type { Source, SourceMap, Sourced } from '../types';
import { CORPORATION, FIRST_CALL_2027, SPECIAL_ACT } from './economy';

/** Korean labels of the terms shared with the Nov 2025 MOU preset. */
export const TERMS_KO = {
	equityReturn: { ...EQUITY_RETURN, labelKo: '가정: 연 6% 수익, 국부펀드 목표수익률 6.1%(Invesco) 부근' },
	equityLoss: { ...EQUITY_LOSS, labelKo: '가정: 매년 자본의 1% 손실' },
	noUsLossSharing: { ...NO_US_LOSS_SHARING, labelKo: 'MOU에 미국의 손실 분담은 보도되지 않음' },
	split: { ...MOU_SPLIT, labelKo: 'MOU: 한국이 원금을 회수할 때까지 수익 50:50, 이후 미국 90 : 한국 10' },
	principalOnly: {
		...PRINCIPAL_ONLY,
		labelKo: '한국 보도: 한국은 "원금"을 회수',
		note: 'Japan’s MOU adds a "deemed interest rate"; whether Korea’s does was not confirmed. The Special Act (2026-03-12) requires projects’ cash flows to cover principal and interest, a selection test, not the split.'
	},
	guaranteeFee: { ...GUARANTEE_FEE, labelKo: '가정: 보증수수료 연 0.5%' },
	guaranteeCalls: { ...GUARANTEE_CALLS, labelKo: '가정: 매년 보증 대출의 0.5% 대위변제' },
	financingTerms: { ...FINANCING_TERMS, labelKo: '가정: 만기 10년, 거치 2년의 선박·프로젝트 금융' }
} satisfies Record<string, Source>;

/** Following the equity past the horizon. */
export const CONTINUATION_100: Source = {
	label:
		'Continuation: the equity is followed 100 years past the horizon (the engine’s maximum), for what it still pays',
	labelKo: '잔존가치: 분석 기간 이후 100년(엔진 최대치) 동안 지분의 분배금을 계속 반영',
	date: '2026-12',
	url: 'https://ppponline.affinitext.com/public/book?id=1343&toc_id=444201',
	note: 'The model review (model-review.md E1, F6) recommends a perpetual continuation: the UK Green Book counts "any residual value of capital assets at the end of the appraisal period". The engine allows at most 100 years; at 4% a flow 100 years after 2045 is worth under 2% of its face value. Nothing is paid for what is left at the end (terminalRecovery 0).'
};

const CASH_AMOUNT: Source = {
	label: 'USD 200 bn in cash, paid by capital call as projects proceed; the Special Act keeps the USD 20 bn yearly cap',
	labelKo: '현금 2,000억 달러, 프로젝트 진행에 따라 캐피털 콜로 납입; 특별법은 연 200억 달러 한도를 유지',
	date: '2026-03-12',
	url: 'https://www.voakorea.com/a/south-korea-passes-special-bill-to-implement-its-350-billion-u-s-investment-pledge-20260312/8124069.html',
	note: `USD 200 bn: https://cm.asiae.co.kr/en/article/2025102921273117534 (2025-10-29). ${CORPORATION.note ?? ''}`
};
const CASH_CAP: Source = {
	label: 'USD 20 bn a year at most: the joint fact sheet (2025-11-13), made law by the Special Act',
	labelKo: '연간 최대 200억 달러: 공동 팩트시트(2025-11-13), 특별법으로 법제화',
	date: '2026-03-12',
	url: 'https://www.voakorea.com/a/south-korea-passes-special-bill-to-implement-its-350-billion-u-s-investment-pledge-20260312/8124069.html',
	note: 'Fact sheet: https://koreajoongangdaily.joins.com/news/2025-11-14/national/diplomacy/White-House-releases-joint-fact-sheet-on-KoreaUS-trade-and-defense-talks/2454378.'
};
const NO_TERMINAL: Source = {
	...CONTINUATION_100,
	label: 'Nothing is paid for what is left at the end of the continuation (2145)',
	labelKo: '잔존가치 반영 기간이 끝나는 2145년에 남은 자산은 0으로 본다'
};

/** The cash part: USD 200 bn, at most USD 20 bn a year from 2027, followed 100 years past 2045. */
export const CASH_2026 = {
	json: {
		...MOU_CASH.json,
		schedule: { mode: 'cap', cap: '20', delay: 1 },
		continuationYears: 100
	},
	sources: {
		amount: CASH_AMOUNT,
		'schedule.cap': CASH_CAP,
		'schedule.delay': FIRST_CALL_2027,
		returnRate: TERMS_KO.equityReturn,
		lossRate: TERMS_KO.equityLoss,
		koreaLossShare: TERMS_KO.noUsLossSharing,
		koreaShareBeforeRecoup: TERMS_KO.split,
		koreaShareAfterRecoup: TERMS_KO.split,
		recoupInterest: TERMS_KO.principalOnly,
		terminalRecovery: NO_TERMINAL,
		continuationYears: CONTINUATION_100
	}
} satisfies Sourced<TrancheJson>;

/** The shipbuilding part: USD 150 bn of guarantees over 10 years from 2027. */
export const MASGA_2026 = {
	json: { ...MASGA_GUARANTEES.json, schedule: { mode: 'even', years: 10, delay: 1 } },
	sources: {
		amount: {
			...SPECIAL_ACT,
			label:
				'Shipbuilding (MASGA) USD 150 bn; the Special Act’s fund lends and guarantees for shipbuilding cooperation',
			labelKo: '조선 협력(MASGA) 1,500억 달러; 특별법의 기금이 조선 협력에 대출·보증',
			url: 'https://m.segye.com/view/20260312513185?OutUrl=google',
			note: 'USD 150 bn via corporate FDI, policy guarantees and ship financing (https://biz.chosun.com/en/en-policy/2025/11/14/7ZQVLCRMZZGQ5AS5TNAUW35OIA/?outputType=amp). Modelled as guarantees: Korean firms lead, the state backs rather than pays; no split between FDI and guarantees was found.'
		},
		'schedule.years': {
			label: 'Assumption: spread over 10 years, like the cash ("installments over the next 10 years")',
			labelKo: '가정: 현금과 같이 10년에 걸쳐 분할 ("향후 10년간 분할 납입")',
			date: '2025-10-29',
			url: 'https://www.koreadailyus.com/korea-u-s-finalize-bilateral-trade-deal-agree-on-350-billion-investment-details'
		},
		'schedule.delay': FIRST_CALL_2027,
		returnRate: TERMS_KO.guaranteeFee,
		lossRate: TERMS_KO.guaranteeCalls,
		koreaLossShare: TERMS_KO.noUsLossSharing,
		tenor: TERMS_KO.financingTerms,
		grace: TERMS_KO.financingTerms
	}
} satisfies Sourced<TrancheJson>;

/** Korean names of the two tranches. */
export { TRANCHES_KO as TRANCHE_NAMES_KO } from '../names-ko';

/** A tranche with some terms changed and the sources of the changes. */
export function withTerms(
	base: Sourced<TrancheJson>,
	json: Partial<TrancheJson>,
	sources: SourceMap
): Sourced<TrancheJson> {
	return { json: { ...base.json, ...json }, sources: { ...base.sources, ...sources } };
}
