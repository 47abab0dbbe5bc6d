/**
 * The time frame, Korea's economy and the trade parameters of the Dec 2026 presets
 * (deal-facts-2026.md A.1 and A.4, deal-facts.md section 3, model-review.md T2, D1, D2
 * and E6), each with its source. The base year is 2025; year 1 is 2026.
 */
import type { ScenarioJson } from '../../model/index';
import type { Source, SourceMap, Sourced } from '../types';

/** The Special Act of 2026-03-12: the implementing law and its investment corporation. */
export const SPECIAL_ACT: Source = {
	label: 'Special Act on Korea–US strategic investment passed on 2026-03-12 (226 for, 8 against)',
	labelKo: '한미 전략적 투자 특별법 국회 본회의 통과 (2026-03-12, 찬성 226, 반대 8)',
	date: '2026-03-12',
	url: 'https://www.koreaherald.com/article/10693013'
};

/** The Korea–US Strategic Investment Corporation under the Special Act. */
export const CORPORATION: Source = {
	label: 'Korea–US Strategic Investment Corporation: capital KRW 2 trn, dissolved within 20 years',
	labelKo: '한미전략투자공사: 자본금 2조 원, 20년 내 해산',
	date: '2026-03-12',
	url: 'https://www.koreaherald.com/article/10692479',
	note: 'The Nov 2025 bill had said KRW 3 trn. The KRW 2 trn (about USD 1.35–1.4 bn) is government money paid into the corporation, a funding source inside the USD 200 bn, not an outlay on top of it; the timing of its injection is left to a presidential decree (not found). Also https://m.segye.com/view/20260312513185?OutUrl=google.'
};

/** When the first capital call can come: none was found by mid-2026. */
export const FIRST_CALL_2027: Source = {
	label:
		'Assumption: the first payment is in 2027 (schedule delay 1), because no capital call was reported by mid-2026',
	labelKo: '가정: 2026년 중반까지 캐피털 콜이 보도되지 않아 첫 납입을 2027년으로 둔다 (지연 1년)',
	date: '2026-03-12',
	url: 'https://biz.heraldcorp.com/article/10693076',
	note: 'The Special Act takes effect 3 months after promulgation (about mid-June 2026, derived) and investment decisions come only after that. No selected project, capital call or disbursement was found up to the end of the sources (deal-facts-2026.md A.2 and A.6). If a call came in the second half of 2026, set the delay to 0.'
};

/** Time frame and discount rate of the Dec 2026 presets. */
export const TIME_FRAME_2026 = {
	json: { startYear: 2026, horizon: 20, discountRate: '0.04' },
	sources: {
		startYear: {
			...SPECIAL_ACT,
			label: 'Year 1 is 2026, the year the Special Act passed; the base year is 2025',
			labelKo: '1년차는 특별법이 통과된 2026년, 기준연도는 2025년',
			note: 'Every value "in the base year" is a 2025 value, except the exports (2024, before the tariffs) and the reserves (the latest month found, February 2026).'
		},
		horizon: {
			...CORPORATION,
			label: 'Horizon of 20 years: the Korea–US Strategic Investment Corporation is dissolved within 20 years',
			labelKo: '분석 기간 20년: 한미전략투자공사는 20년 내 해산'
		},
		discountRate: {
			label: 'Korea’s 5-year USD FX stabilisation bond priced at 3.915% (UST + 12 bp); 4% used',
			labelKo: '5년 만기 외평채(달러) 발행금리 3.915% (미 국채 + 12bp); 4% 적용',
			date: '2026-02',
			url: 'https://english.moef.go.kr/pc/selectTbPressCenterDtl.do?boardCd=N0001&seq=6349',
			note: 'Korea’s cost of USD money, rounded up to the 4% of the earlier presets so that they compare. A nominal USD rate. KDI’s social rate of 3–4.5% is real (about 5–6.5% nominal): see model-review.md D1.'
		}
	}
} satisfies { json: Pick<ScenarioJson, 'startYear' | 'horizon' | 'discountRate'>; sources: SourceMap };

const BOK_MAY_2026 = 'https://biz.chosun.com/en/en-policy/2026/05/28/OARYYORFKVHRTPBPRGGH7GUWUU/?outputType=amp';

/** Korea's economy: 2025 GDP, the Bank of Korea's May 2026 outlook, the won and the reserves as last found. */
export const ECONOMY_2026 = {
	json: {
		gdp0: '2663.3',
		realGrowth: '0.021',
		inflation: '0.023',
		fx0: '1467.1',
		fxDrift: '0',
		reserves0: '427.62',
		reservesGrowth: '0',
		taxRatio: '0.253'
	},
	sources: {
		gdp0: {
			label: 'Bank of Korea: nominal GDP 2025, KRW 2,663.3 trn (+4.2%)',
			labelKo: '한국은행: 2025년 명목 GDP 2,663.3조 원 (+4.2%)',
			date: '2026-03-10',
			url: 'https://www.thehansindia.com/business/s-koreas-per-capita-income-edges-up-to-stay-in-36000-range-1055194'
		},
		realGrowth: {
			label: 'Bank of Korea forecast (May 2026): real growth 2.6% in 2026, 2.1% in 2027',
			labelKo: '한국은행 전망 (2026년 5월): 실질성장률 2026년 2.6%, 2027년 2.1%',
			date: '2026-05-28',
			url: BOK_MAY_2026,
			note: 'The 2027 rate is used for every year: 2026 is lifted by a chip boom the BoK assumes (chip export volume +16%), and potential growth is about 1.8%. KDI 2.5%, IMF and ADB 1.9% for 2026. No later BoK forecast was found. Also https://www.southkoreanews.net/news/279087291/bok-lifts-s-korea-growth-forecast-to-26-in-2026-amid-robust-chip-driven-exports.'
		},
		inflation: {
			label: 'Bank of Korea forecast (May 2026): consumer prices +2.7% in 2026, +2.3% in 2027',
			labelKo: '한국은행 전망 (2026년 5월): 소비자물가 2026년 2.7%, 2027년 2.3% 상승',
			date: '2026-05-28',
			url: BOK_MAY_2026,
			note: 'The 2027 rate is used for the GDP deflator in every year, like the growth rate.'
		},
		fx0: {
			label: 'KRW per USD, December 2025 average: 1,467.1',
			labelKo: '원/달러 환율 2025년 12월 평균 1,467.1원',
			date: '2025-12-30',
			url: 'https://biz.chosun.com/en/en-policy/2025/12/30/4S6DLFSVBFFIDAXH63TFFZSZNE/?outputType=amp',
			note: 'With no drift this is the rate of every year. The latest full month found; the 2025 average was 1,422.16 and the year-end close 1,439.0. In 2026 the won traded above 1,500 on 4 and 19 March (see the preset "The won at 1,500"); no reliable close after March 2026 was found (deal-facts-2026.md A.4).'
		},
		fxDrift: {
			label: 'Assumption: no trend in the won, because no forecast was found',
			labelKo: '가정: 환율 전망을 찾지 못해 추세 없음',
			date: '2026-03-19',
			url: 'https://www.wikitree.co.kr/articles/1126194',
			note: 'The won opened at 1,505.0 on 2026-03-19; its later path is not known from the sources.'
		},
		reserves0: {
			label: 'Bank of Korea: FX reserves USD 427.62 bn at end-February 2026',
			labelKo: '한국은행: 2026년 2월 말 외환보유액 4,276.2억 달러',
			date: '2026-03-05',
			url: 'https://biz.heraldcorp.com/article/10687048',
			note: 'The latest month found (end-December 2025: USD 428.05 bn); later months were not found (deal-facts-2026.md A.4).'
		},
		reservesGrowth: {
			label:
				'Assumption: reserves stay flat; the pledge is funded from reserve income and guaranteed bonds, with "no use of reserve principal"',
			labelKo: '가정: 외환보유액 유지. 투자 재원은 외환보유액 운용수익과 정부보증채로 조달하며 원금은 쓰지 않는다',
			date: '2026-03-12',
			url: 'https://m.segye.com/view/20260312513185?OutUrl=google',
			note: 'The Special Act funds the investment fund from the corporation, assets entrusted by the BoK and the FX Stabilization Fund, guaranteed bonds and borrowing. The Finance Minister put reserve income at about USD 15 bn a year (2025-10-30).'
		},
		taxRatio: {
			label: 'Korea’s national burden ratio (taxes and social contributions) was 25.3% of GDP in 2024',
			labelKo: '2024년 국민부담률(조세 + 사회보장기여금) GDP 대비 25.3%',
			date: '2026-01-06',
			url: 'https://cm.asiae.co.kr/en/article/2026010620554280381',
			note: 'The state’s share of the income the tariffs save: the fiscal view (model-review.md D2, E5).'
		}
	}
} satisfies { json: ScenarioJson['economy']; sources: SourceMap };

const BLP =
	'https://www.ucl.ac.uk/economics/events/2021/mar/long-and-short-run-trade-elasticities-nitya-pandalai-nayar-ut-austin';

/** The trade parameters of the Dec 2026 presets: a phased-in elasticity and competitors. */
export const TRADE_PARAMETERS_2026 = {
	json: {
		elasticity: '-1.75',
		exporterAbsorption: '0.18',
		valueAddedShare: '0.6',
		shortRunElasticity: '-0.76',
		adjustmentYears: 8,
		substitutionElasticity: '5'
	},
	sources: {
		elasticity: {
			label: 'Boehm, Levchenko and Pandalai-Nayar (AER 2023): long-run trade elasticity −1.75 to −2.25',
			labelKo: 'Boehm·Levchenko·Pandalai-Nayar (AER 2023): 장기 무역탄력성 −1.75 ~ −2.25',
			date: '2023-04',
			url: BLP,
			note: 'The low end of the long-run range, reached after the adjustment years.'
		},
		shortRunElasticity: {
			label: 'Boehm, Levchenko and Pandalai-Nayar (AER 2023): trade elasticity −0.76 after one year',
			labelKo: 'Boehm·Levchenko·Pandalai-Nayar (AER 2023): 1년 후 무역탄력성 −0.76',
			date: '2023-04',
			url: BLP,
			note: 'Also https://new.cepr.org/publications/dp14645 (model-review.md T2).'
		},
		adjustmentYears: {
			label: 'Boehm, Levchenko and Pandalai-Nayar (AER 2023): 7 to 10 years to reach the long run; 8 used',
			labelKo: 'Boehm·Levchenko·Pandalai-Nayar (AER 2023): 장기 탄력성 도달에 7~10년; 8년 적용',
			date: '2023-04',
			url: BLP,
			note: '8 years is the default suggested in model-review.md E6.'
		},
		substitutionElasticity: {
			label: 'Fontagné, Guimbard and Orefice: product-level tariff elasticities "centered around −5"',
			labelKo: 'Fontagné·Guimbard·Orefice: 품목별 관세탄력성은 "−5 부근에 집중"',
			date: '2026-12',
			url: 'https://sites.google.com/view/product-level-trade-elasticity',
			note: 'Dated by model-review.md (T2, E6), which cites it as the substitution elasticity between import sources; the paper’s own date was not recorded. A KITA estimate for cars is lower (1.34, via KB Securities 2018, deal-facts-2026.md B.2).'
		},
		exporterAbsorption: {
			label: 'Goldman Sachs: foreign exporters eventually absorb 18% of US tariffs',
			labelKo: '골드만삭스: 해외 수출업체가 결국 미국 관세의 18%를 부담',
			date: '2025-10-12',
			url: 'https://summamoney.com/investing/the-daily/us-businesses-and-consumers-shoulder-the-bulk-of-tariff-cost-burden-goldman-sachs-finds',
			note: 'Later studies find less for all exporters (Kiel Institute 4%, NY Fed 6–14%, CBO 5%), while Hyundai and Kia held US car prices and bore most of the tariff in 2025 (deal-facts-2026.md B.2): one economy-wide share sits between them.'
		},
		valueAddedShare: {
			label: 'OECD-WTO TiVA: foreign content is 40% of Korea’s exports (2009)',
			labelKo: 'OECD-WTO 부가가치무역(TiVA): 한국 수출의 해외 부가가치 비중 40% (2009년)',
			date: '2013-01',
			url: 'http://www.businessinsider.com/great-graphic-value-added-trade-2013-1',
			note: 'UNCTAD-Eora gives 56% domestic value added (2010); a recent 65–70% was not confirmed.'
		}
	}
} satisfies Sourced<Omit<ScenarioJson['trade'], 'sectors'>>;
