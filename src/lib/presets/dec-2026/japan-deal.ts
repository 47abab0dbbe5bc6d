/**
 * Japan's USD 550 bn under its own MOU, with Japan's economy and exports, for comparison
 * with Korea's presets in A/B (deal-facts.md section 2, deal-facts-2026.md A.2 and B.4).
 *
 * The engine's currency fields are named for Korea ("KRW trn", "KRW per USD"); here they
 * hold YEN: gdp0 is in yen trillions and fx0 in yen per dollar, so that GDP in dollars
 * (gdp0 × 1000 / fx0) is Japan's. Most of Japan's data are not in the research: those
 * values are stated assumptions.
 */
import type { ScenarioJson, SectorJson, TrancheJson } from '../../model/index';
import { lazyPreset, type Preset, type Source, type Sourced } from '../types';
import { composeV2 } from './compose';
import { TRADE_PARAMETERS_2026 } from './economy';
import { BASIS_122, BASIS_232, flat, RECIPROCAL_DEAL_2026, RECIPROCAL_NO_DEAL_2026 } from './tariffs';
import { PATHS } from './sectors';
import { CONTINUATION_100, TERMS_KO } from './tranches';

const STL_FED = 'https://www.stlouisfed.org/on-the-economy/2025/nov/analyzing-japan-550-billion-pledge-invest-us';
const AKAZAWA = 'https://jp24h.com/post/399623.html';
const PIPER = 'https://www.europesays.com/?p=2513473';
const NOT_FOUND = 'no source for it is in the research (deal-facts.md section 2 and deal-facts-2026.md B.4 hold none)';

const JAPAN_SPLIT: Source = {
	label: 'Japan’s MOU: 50/50 until Japan recovers its "deemed allocation amount", then 90% US / 10% Japan',
	labelKo: '일본 MOU: "간주 배분액"을 회수할 때까지 50:50, 이후 미국 90 : 일본 10',
	date: '2025-11',
	url: STL_FED
};

const cash = {
	json: {
		name: 'Japan’s strategic investment (cash)',
		instrument: 'equity',
		amount: '550',
		schedule: { mode: 'even', years: 3 },
		returnRate: '0.06',
		lossRate: '0.01',
		koreaLossShare: '1',
		koreaShareBeforeRecoup: '0.5',
		koreaShareAfterRecoup: '0.1',
		recoupInterest: '0.045',
		terminalRecovery: '0',
		continuationYears: 100
	},
	sources: {
		amount: {
			label: 'Japan’s pledge: USD 550 bn (2025-07-22), MOU signed 2025-09-04',
			labelKo: '일본의 투자 약속 5,500억 달러 (2025-07-22), MOU 서명 2025-09-04',
			date: '2025-09-04',
			url: STL_FED,
			note: 'Modelled all as cash equity under the MOU’s split, as the St. Louis Fed reads it ("resembles a loan"). Akazawa said only 1–2% is equity and the rest JBIC/NEXI loans and guarantees (https://jp24h.com/post/399623.html).'
		},
		'schedule.years': {
			label: 'Japan: projects committed before 2029-01-19, with no annual cap; paid evenly in 2026–2028 (assumption)',
			labelKo: '일본: 2029-01-19 이전 프로젝트 약정, 연간 한도 없음; 2026~2028년 균등 납입(가정)',
			date: '2026-02-17',
			url: 'https://cm.asiae.co.kr/en/article/2026021809175708175',
			note: 'Japan’s first three projects (USD 36 bn) were announced on 2026-02-17 and a second round above USD 100 bn was floated in March 2026 (https://japannews.yomiuri.co.jp/politics/politics-government/20260308-315057/), so payments start in 2026. The deadline: https://www.hudson.org/trade/investing-security-success-analysis-us-japan-550-billion-strategic-investment-fund-william-chou.'
		},
		returnRate: TERMS_KO.equityReturn,
		lossRate: TERMS_KO.equityLoss,
		koreaLossShare: {
			...TERMS_KO.noUsLossSharing,
			label: 'No US sharing of Japan’s losses is reported',
			labelKo: '미국의 일본 손실 분담은 보도되지 않음'
		},
		koreaShareBeforeRecoup: JAPAN_SPLIT,
		koreaShareAfterRecoup: JAPAN_SPLIT,
		recoupInterest: {
			...JAPAN_SPLIT,
			label: 'Japan’s deemed interest rate: 6-month SOFR (about 4%) plus a risk spread; 4.5% used',
			labelKo: '일본의 간주이자율: 6개월 SOFR(약 4%) + 위험 가산금리; 4.5% 적용',
			note: 'Katz (https://richardkatz.substack.com/p/correction-on-the-terms-of-japans, via model-review.md S1). Assumption: a spread of half a point, because the spread is not public.'
		},
		terminalRecovery: {
			...CONTINUATION_100,
			label: 'Nothing is paid for what is left at the end of the continuation (2145)',
			labelKo: '잔존가치 반영 기간이 끝나는 2145년에 남은 자산은 0으로 본다'
		},
		continuationYears: CONTINUATION_100
	}
} satisfies Sourced<TrancheJson>;

const assumption = (label: string, labelKo: string, note: string, date = '2025-10-22', url = PIPER): Source => ({
	label: `Assumption: ${label}`,
	labelKo: `가정: ${labelKo}`,
	date,
	url,
	note
});

/** Japan's economy, in yen (see the file comment). */
const economy = {
	json: {
		gdp0: '617.4',
		realGrowth: '0.005',
		inflation: '0.02',
		fx0: '147',
		fxDrift: '0',
		reserves0: '1200',
		reservesGrowth: '0',
		taxRatio: '0.34'
	},
	sources: {
		gdp0: {
			label:
				'Japan’s GDP about USD 4.2 trn (derived from Piper Sandler: USD 550 bn over 3 years = 4.4% of GDP a year), in yen: ¥617.4 trn',
			labelKo: '일본 GDP 약 4.2조 달러 (Piper Sandler: 3년간 5,500억 달러 = 연 GDP의 4.4%에서 도출), 엔화로 617.4조 엔',
			date: '2025-10-22',
			url: PIPER,
			note: 'This field holds YEN trillions, not KRW: 4,200 USD bn × 147 yen per USD / 1000 = 617.4, so that GDP in dollars is USD 4.2 trn with fx0 = 147. Derivation of the 4.2: deal-facts.md section 3 ("Japan ($550B/3)/~$4.2T = 4.4%").'
		},
		realGrowth: assumption(
			'Japan’s real growth 0.5% a year',
			'일본 실질성장률 연 0.5%',
			`No forecast for Japan was found: ${NOT_FOUND}. Only the ratios to GDP depend on it.`
		),
		inflation: assumption(
			'Japan’s GDP deflator 2% a year (the Bank of Japan’s price target)',
			'일본 GDP 디플레이터 연 2% (일본은행 물가 목표)',
			`No forecast for Japan was found: ${NOT_FOUND}.`
		),
		fx0: {
			label: 'Yen per USD about 147 (derived: Akazawa’s ¥10 trn ≈ USD 68 bn)',
			labelKo: '엔/달러 약 147엔 (아카자와: 10조 엔 ≈ 680억 달러에서 도출)',
			date: '2025-07-26',
			url: AKAZAWA,
			note: 'This field holds YEN per USD, not KRW. 10,000 / 68 = 147.06, rounded; no drift.'
		},
		fxDrift: assumption(
			'no trend in the yen',
			'엔화 추세 없음',
			`No forecast was found: ${NOT_FOUND}.`,
			'2025-07-26',
			AKAZAWA
		),
		reserves0: assumption(
			'Japan’s FX reserves USD 1,200 bn',
			'일본 외환보유액 1조 2,000억 달러',
			`The order of magnitude of Japan’s reserves, from general knowledge: ${NOT_FOUND}. Check it before quoting a ratio to reserves.`
		),
		reservesGrowth: assumption('reserves stay flat', '외환보유액 유지', `As for Korea; ${NOT_FOUND}.`),
		taxRatio: assumption(
			'Japan’s taxes and social contributions about 34% of GDP',
			'일본의 조세·사회보장기여금 GDP 대비 약 34%',
			`From general knowledge of OECD revenue statistics: ${NOT_FOUND}. Korea’s is 25.3%.`
		)
	}
} satisfies Sourced<ScenarioJson['economy']>;

/** Japan's trade parameters: Korea's, without competitors (Japan's import shares were not found). */
const T = TRADE_PARAMETERS_2026;
const tradeSources = {
	elasticity: T.sources.elasticity,
	shortRunElasticity: T.sources.shortRunElasticity,
	adjustmentYears: T.sources.adjustmentYears,
	exporterAbsorption: T.sources.exporterAbsorption,
	valueAddedShare: T.sources.valueAddedShare
};
const tradeParameters = {
	json: {
		elasticity: T.json.elasticity,
		exporterAbsorption: T.json.exporterAbsorption,
		valueAddedShare: T.json.valueAddedShare,
		shortRunElasticity: T.json.shortRunElasticity,
		adjustmentYears: T.json.adjustmentYears
	},
	sources: {
		...tradeSources,
		exporterAbsorption: {
			...tradeSources.exporterAbsorption,
			note: 'As for Korea. Japanese carmakers absorbed more: in July 2025 their car exports to the US fell 28.4% in value but only 3.2% in volume (https://wenewsenglish.com/japan-automakers-start-passing-on-trump-tariff-costs-to-us-consumers).'
		},
		valueAddedShare: {
			...tradeSources.valueAddedShare,
			note: `Korea’s share, used for Japan: ${NOT_FOUND}.`
		}
	}
} satisfies Sourced<Omit<ScenarioJson['trade'], 'sectors'>>;

const JAPAN_EXPORTS_NOTE = `Japan’s exports to the US by sector are not in the research: ${NOT_FOUND}. An order of magnitude from general knowledge (US imports from Japan about USD 148 bn in 2024), to be checked before quoting. Steel and aluminium, at 50% in both worlds, are left out.`;
const GROWTH_2: Source = assumption(
	'Japan’s exports to the US grow 2% a year at the baseline tariff, as assumed for Korea',
	'일본의 대미 수출은 한국과 같이 연 2% 증가',
	`No forecast was found: ${NOT_FOUND}.`
);
const JAPAN_AUTOS_EO =
	'https://koreajoongangdaily.joins.com/news/2025-09-05/business/industry/Trump-signs-order-to-bring-lower-Japanese-auto-tariffs-into-effect/2392343';

const cars = {
	json: {
		name: 'Cars and parts (Japan)',
		exports0: '48',
		growth: '0.02',
		tariffBaseline: '0.025',
		tariffNoDeal: flat('0.275'),
		tariffDeal: flat('0.15'),
		legalBasis: 's232'
	},
	sources: {
		exports0: assumption(
			'Japan’s car and parts exports to the US about USD 48 bn (2024)',
			'일본의 대미 자동차·부품 수출 약 480억 달러 (2024년)',
			JAPAN_EXPORTS_NOTE
		),
		growth: GROWTH_2,
		tariffBaseline: {
			label: 'Japanese cars paid the 2.5% MFN rate before 2025 (derived: 27.5% = 25% Section 232 + 2.5%)',
			labelKo: '일본산 자동차는 2025년 이전 MFN 2.5% 부담 (27.5% = 232조 25% + 2.5%에서 도출)',
			date: '2025-09-05',
			url: JAPAN_AUTOS_EO,
			note: 'For parts the same 2.5% is an assumption: Japan’s parts rates are not in the research.'
		},
		tariffNoDeal: {
			label: 'Japanese cars: 27.5% before the deal (Section 232 25% + MFN 2.5%)',
			labelKo: '일본산 자동차: 합의 전 27.5% (232조 25% + MFN 2.5%)',
			date: '2025-09-05',
			url: JAPAN_AUTOS_EO,
			note: 'Section 232 survived the IEEPA ruling: the no-deal rate for the whole horizon.'
		},
		tariffDeal: {
			label: 'Japan’s deal: cars and parts at 15% all-in (executive order of 2025-09-04)',
			labelKo: '일본 합의: 자동차·부품 15% 일괄 (2025-09-04 행정명령)',
			date: '2025-09-05',
			url: 'https://blog.freshfields.us/post/102l47q/new-executive-order-implements-the-united-statesjapan-trade-agreement',
			note: 'A Section 232 rate, unaffected by the IEEPA ruling. Assumption: 15% for the whole horizon.'
		},
		legalBasis: BASIS_232
	}
} satisfies Sourced<SectorJson>;

const other = {
	json: {
		name: 'Other goods (Japan)',
		exports0: '100',
		growth: '0.02',
		tariffBaseline: '0',
		tariffNoDeal: PATHS.reciprocalNoDeal,
		tariffDeal: PATHS.reciprocalDeal,
		legalBasis: 's122'
	},
	sources: {
		exports0: assumption(
			'Japan’s other exports to the US about USD 100 bn (2024)',
			'일본의 기타 대미 수출 약 1,000억 달러 (2024년)',
			JAPAN_EXPORTS_NOTE
		),
		growth: GROWTH_2,
		tariffBaseline: assumption(
			'Japan’s MFN rates taken as 0%',
			'일본의 MFN 세율은 0%로 본다',
			`The average MFN rate on Japan’s other goods was not found: ${NOT_FOUND}. The same error is in both worlds.`
		),
		tariffNoDeal: {
			...RECIPROCAL_NO_DEAL_2026,
			note: `The same path as for Korea: the 25% letter of 2025-07-07 went to Japan and Korea alike. ${RECIPROCAL_NO_DEAL_2026.note ?? ''}`
		},
		tariffDeal: {
			...RECIPROCAL_DEAL_2026,
			note: `The same path as for Korea: Japan’s deal set 15% all-in from 2025-08-07 (https://blog.freshfields.us/post/102l47q/new-executive-order-implements-the-united-statesjapan-trade-agreement). ${RECIPROCAL_DEAL_2026.note ?? ''}`
		},
		legalBasis: BASIS_122
	}
} satisfies Sourced<SectorJson>;

const composed = () =>
	composeV2({
		name: 'Japan’s deal, Japan’s economy (Dec 2026)',
		tranches: [cash],
		sectors: [cars, other],
		economy,
		tradeParameters
	});

/** Japan's USD 550 bn under its own terms, measured against Japan's economy and exports. */
export const JAPAN_DEAL_2026_12: Preset = lazyPreset(
	{
		id: 'japan-deal-2026-12',
		title: { en: 'Japan’s deal, Japan’s economy', ko: '일본의 합의, 일본 경제' },
		description: {
			en: 'Japan’s USD 550 bn under its own MOU, for comparison with Korea’s: all cash, no annual cap, projects committed before January 2029 (paid here in 2026–2028), 50:50 until Japan recovers its money with a deemed interest, then 90:10 for the US. Ratios are to Japan’s GDP and reserves, in yen (the currency fields hold yen here). Japan’s exports, growth, reserves and tax ratio are not in the research: they are stated assumptions.',
			ko: '일본의 5,500억 달러를 일본 자체 MOU 조건으로 본 것(한국과 비교용): 전액 현금, 연간 한도 없음, 2029년 1월 이전 프로젝트 약정(여기서는 2026~2028년 납입), 간주이자를 포함해 회수할 때까지 50:50, 이후 미국 90 : 일본 10. 비율은 일본의 GDP와 외환보유액 기준이며 통화 항목은 엔화다. 일본의 수출·성장률·외환보유액·조세부담률은 자료가 없어 가정이다.'
		},
		asOf: '2026-12-01',
		names: {
			ko: { tranches: ['일본 전략투자 (현금)'], sectors: ['자동차·부품 (일본)', '기타 품목 (일본)'] }
		}
	},
	composed
);
