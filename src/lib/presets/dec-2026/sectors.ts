/**
 * Korea's exports to the US by sector in ONE data year, 2024, before the 2025 tariffs, so
 * that every baseline tariff is the KORUS rate (deal-facts.md 4a and 4b, deal-facts-2026.md
 * A.5 and B.3), and the tariff regimes of the Dec 2026 presets.
 */
import type { SectorJson } from '../../model/index';
import { KORUS_ZERO } from '../tariffs';
import type { Source, SourceMap, Sourced } from '../types';
import {
	AUTOS_DEAL_15_2026,
	AUTOS_NO_DEAL_25_2026,
	BASIS_122,
	BASIS_232,
	BASIS_301,
	BASIS_MFN,
	CHIPS_PHASE2_DEAL,
	CHIPS_PHASE2_NO_DEAL,
	CHIPS_ZERO_2026,
	COMPETITORS_AS_DEAL,
	COMPETITORS_CARS_15,
	COMPETITORS_CARS_MFN,
	flat,
	path,
	PHARMA_ZERO_2026,
	RECIPROCAL_DEAL_2026,
	RECIPROCAL_NO_DEAL_2026,
	S122_ONLY_2026,
	S301_DEAL_15,
	S301_NO_DEAL_25,
	SHARE_ALL_IMPORTS,
	SHARE_STEEL,
	STEEL_50_2026
} from './tariffs';

const MOTIE_2024 = 'https://www.sakshipost.com/news/south-koreas-exports-rise-82-pc-2024-new-annual-record-363892';
const MOTIE_2025 = 'https://dbr.donga.com/kfocus/view/en/article_no/1660';
const BASE_YEAR_NOTE =
	'A 2024 figure, before the 2025 tariffs, stands for the 2025 base year at KORUS rates (assumption: no growth from 2024 to 2025 at those rates); 2025’s own figures were measured under tariffs of 10–25%.';

const KORUS: Source = {
	...KORUS_ZERO,
	labelKo: '한미 FTA: 2025년 이전 대부분의 한국산 제품 관세 0% (승용차는 2016년부터)'
};

const GROWTH: Source = {
	label: 'Assumption: exports to the US grow 2% a year at the baseline tariff',
	labelKo: '가정: 기준 관세에서 대미 수출은 연 2% 증가',
	date: '2026-01-15',
	url: MOTIE_2025,
	note: 'No forecast was found. Exports to the US rose 10.5% in 2024 and fell 3.8% in 2025 (MOTIE); early 2026 readings were up 70–80% on chips (deal-facts-2026.md A.5), too volatile to extrapolate.'
};

interface Base {
	name: string;
	nameKo: string;
	exports0: [string, Source];
	growth: [string, Source];
	tariffBaseline: [string, Source];
}

/** One sector's tariffs in one preset, with their sources. */
export interface Regime {
	json: Partial<SectorJson>;
	sources: SourceMap;
}

/** The 2024 sectors, in the order every Dec 2026 Korean preset lists them. */
export const BASES = {
	cars: {
		name: 'Passenger cars',
		nameKo: '승용차',
		exports0: [
			'34.74',
			{
				label: 'Passenger car exports to the US, 2024: USD 34.744 bn (MOTIE)',
				labelKo: '2024년 대미 승용차 수출 347.44억 달러 (산업통상자원부)',
				date: '2025-03-27',
				url: 'https://biz.chosun.com/en/en-international/2025/03/27/42LM7HMUC5FXXNNWIVK4RODMTM',
				note: `US data give USD 36.6 bn. ${BASE_YEAR_NOTE}`
			}
		],
		growth: ['0.02', GROWTH],
		tariffBaseline: ['0', KORUS]
	},
	parts: {
		name: 'Auto parts',
		nameKo: '자동차 부품',
		exports0: [
			'8.22',
			{
				label: 'Auto parts exports to the US, 2024: USD 8.22 bn (36.5% of all parts exports)',
				labelKo: '2024년 대미 자동차 부품 수출 82.2억 달러 (부품 수출의 36.5%)',
				date: '2024-12',
				url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=191172',
				note: `Dated by the data year. ${BASE_YEAR_NOTE}`
			}
		],
		growth: ['0.02', GROWTH],
		tariffBaseline: ['0', KORUS]
	},
	chips: {
		name: 'Semiconductors',
		nameKo: '반도체',
		exports0: [
			'10.28',
			{
				label: 'Semiconductor exports to the US, 2024: about USD 10.28 bn (derived: 2025’s USD 13.37 bn / 1.30)',
				labelKo: '2024년 대미 반도체 수출 약 102.8억 달러 (2025년 133.7억 달러 ÷ 1.30으로 도출)',
				date: '2026-01-15',
				url: MOTIE_2025,
				note: `MOTIE: USD 13.37 bn in 2025, +30%. ING cross-check: about USD 9.9 bn (https://fxmag.com/commodities/tariffs-reshape-koreas-trade-landscape-in-1h25-export-struggles-and-sectoral-shifts). ${BASE_YEAR_NOTE}`
			}
		],
		growth: [
			'0.03',
			{
				...GROWTH,
				label: 'Assumption: chip exports to the US grow 3% a year',
				labelKo: '가정: 대미 반도체 수출은 연 3% 증가',
				note: 'Chip exports to the US grew 30% in 2025 and more in early 2026; a slower pace is assumed over 20 years.'
			}
		],
		tariffBaseline: ['0', KORUS]
	},
	machinery: {
		name: 'General machinery',
		nameKo: '일반기계',
		exports0: [
			'14.88',
			{
				label:
					'General machinery exports to the US, 2024: about USD 14.88 bn (derived: 2025’s USD 12.32 bn / (1 − 0.172))',
				labelKo: '2024년 대미 일반기계 수출 약 148.8억 달러 (2025년 123.2억 달러 ÷ (1 − 0.172)로 도출)',
				date: '2026-01-15',
				url: MOTIE_2025,
				note: BASE_YEAR_NOTE
			}
		],
		growth: ['0.02', GROWTH],
		tariffBaseline: ['0', KORUS]
	},
	steel: {
		name: 'Steel and aluminium',
		nameKo: '철강·알루미늄',
		exports0: [
			'3.68',
			{
				label: 'US imports from Korea, 2024: steel USD 2.9 bn plus aluminium USD 0.78 bn',
				labelKo: '2024년 미국의 한국산 수입: 철강 29억 달러 + 알루미늄 7.8억 달러',
				date: '2025-03-12',
				url: 'https://ajupress.com/view/20250312124857252',
				note: `Sum of two US figures; aluminium from https://cm.asiae.co.kr/en/article/2025021105044987232. MOTIE gives about USD 6 bn with derivatives. ${BASE_YEAR_NOTE}`
			}
		],
		growth: [
			'0',
			{
				...GROWTH,
				label: 'Assumption: no growth under a 50% tariff',
				labelKo: '가정: 50% 관세에서 증가 없음'
			}
		],
		tariffBaseline: [
			'0',
			{
				label: 'Steel: 0% inside a 2.63 Mt quota since 2018',
				labelKo: '철강: 2018년부터 연 263만 톤 쿼터 내 0%',
				date: '2025-02-11',
				url: 'https://prod.biz.chosun.com/en/en-international/2025/02/11/YKR7W3QWEJA7RBESNOSBAZLATA',
				note: 'Aluminium paid 10% from 2018; whether Korea was exempt is unverified, so 0% is used for both.'
			}
		]
	},
	pharma: {
		name: 'Pharmaceuticals',
		nameKo: '의약품',
		exports0: [
			'1.5',
			{
				label: 'Pharmaceutical exports to the US, 2024: about USD 1.5 bn (16% of pharma exports)',
				labelKo: '2024년 대미 의약품 수출 약 15억 달러 (의약품 수출의 16%)',
				date: '2024-12',
				url: 'https://www.nation.lk/online/korean-biotechs-on-alert-over-trump-s-tariff-threats-297614.html',
				note: `Dated by the data year. Split out of "other goods" because it is exempt from the surcharge. ${BASE_YEAR_NOTE}`
			}
		],
		growth: ['0.02', GROWTH],
		tariffBaseline: ['0', KORUS]
	},
	other: {
		name: 'Other goods',
		nameKo: '기타 품목',
		exports0: [
			'54.5',
			{
				label: 'Residual: 2024 exports to the US of USD 127.8 bn (MOTIE) less the six sectors above',
				labelKo: '잔차: 2024년 대미 수출 1,278억 달러(산업통상자원부)에서 위 6개 부문을 뺀 값',
				date: '2025-01-01',
				url: MOTIE_2024,
				note: `Derived: 127.8 − 34.74 − 8.22 − 10.28 − 14.88 − 3.68 − 1.5 = 54.5. Batteries, petroleum products, computers, ships and more. ${BASE_YEAR_NOTE}`
			}
		],
		growth: ['0.02', GROWTH],
		tariffBaseline: ['0', KORUS]
	}
} satisfies Record<string, Base>;

export type SectorKey = keyof typeof BASES;

/** The order of the sectors in every Dec 2026 Korean preset. */
export const SECTOR_ORDER: readonly SectorKey[] = ['cars', 'parts', 'chips', 'machinery', 'steel', 'pharma', 'other'];

/** A sector: its 2024 base and the tariffs of one preset. */
export function sector(key: SectorKey, regime: Regime): Sourced<SectorJson> & { nameKo: string } {
	const b: Base = BASES[key];
	return {
		nameKo: b.nameKo,
		json: {
			name: b.name,
			exports0: b.exports0[0],
			growth: b.growth[0],
			tariffBaseline: b.tariffBaseline[0],
			tariffNoDeal: '0',
			tariffDeal: '0',
			...regime.json
		},
		sources: {
			exports0: b.exports0[1],
			growth: b.growth[1],
			tariffBaseline: b.tariffBaseline[1],
			...regime.sources
		}
	};
}

const carCompetitors: Regime = {
	json: {
		shareOfUsImports: '0.036',
		competitorTariffBaseline: '0.025',
		competitorTariffNoDeal: flat('0.15'),
		competitorTariffDeal: flat('0.15')
	},
	sources: {
		shareOfUsImports: SHARE_ALL_IMPORTS,
		competitorTariffBaseline: COMPETITORS_CARS_MFN,
		competitorTariffNoDeal: COMPETITORS_CARS_15,
		competitorTariffDeal: COMPETITORS_CARS_15
	}
};

/** Cars and parts: Section 232, 15% with the deal, 25% without, competitors at 15%. */
const AUTOS: Regime = {
	json: { tariffNoDeal: flat('0.25'), tariffDeal: flat('0.15'), legalBasis: 's232', ...carCompetitors.json },
	sources: {
		tariffNoDeal: AUTOS_NO_DEAL_25_2026,
		tariffDeal: AUTOS_DEAL_15_2026,
		legalBasis: BASIS_232,
		...carCompetitors.sources
	}
};

/** Goods once under the reciprocal tariff, with competitors paying Korea's deal rates. */
function reciprocal(
	noDeal: [ReturnType<typeof path>, Source],
	deal: [ReturnType<typeof path>, Source],
	basis: ['s122' | 's301', Source]
): Regime {
	return {
		json: {
			tariffNoDeal: noDeal[0],
			tariffDeal: deal[0],
			legalBasis: basis[0],
			shareOfUsImports: '0.036',
			competitorTariffNoDeal: deal[0],
			competitorTariffDeal: deal[0]
		},
		sources: {
			tariffNoDeal: noDeal[1],
			tariffDeal: deal[1],
			legalBasis: basis[1],
			shareOfUsImports: SHARE_ALL_IMPORTS,
			competitorTariffNoDeal: COMPETITORS_AS_DEAL,
			competitorTariffDeal: COMPETITORS_AS_DEAL
		}
	};
}

/** The tariff paths of 2026 on the goods once under the reciprocal tariff. */
export const PATHS = {
	reciprocalDeal: path([2026, '0.0633'], [2027, '0']),
	reciprocalNoDeal: path([2026, '0.0781'], [2027, '0']),
	s122Only: path([2026, '0.0411'], [2027, '0']),
	s301Deal: path([2026, '0.1295'], [2027, '0.15']),
	s301NoDeal: path([2026, '0.1884'], [2027, '0.25'])
};

/** Each sector's tariffs as they stood in Dec 2026. */
export const AS_IT_STANDS: Record<SectorKey, Regime> = {
	cars: AUTOS,
	parts: AUTOS,
	chips: {
		json: { tariffNoDeal: flat('0'), tariffDeal: flat('0'), legalBasis: 's232' },
		sources: { tariffNoDeal: CHIPS_ZERO_2026, tariffDeal: CHIPS_ZERO_2026, legalBasis: BASIS_232 }
	},
	machinery: reciprocal(
		[PATHS.reciprocalNoDeal, RECIPROCAL_NO_DEAL_2026],
		[PATHS.reciprocalDeal, RECIPROCAL_DEAL_2026],
		['s122', BASIS_122]
	),
	steel: {
		json: { tariffNoDeal: flat('0.5'), tariffDeal: flat('0.5'), legalBasis: 's232', shareOfUsImports: '0.09' },
		sources: {
			tariffNoDeal: STEEL_50_2026,
			tariffDeal: STEEL_50_2026,
			legalBasis: BASIS_232,
			shareOfUsImports: SHARE_STEEL
		}
	},
	pharma: {
		json: { tariffNoDeal: flat('0'), tariffDeal: flat('0'), legalBasis: 'mfn' },
		sources: { tariffNoDeal: PHARMA_ZERO_2026, tariffDeal: PHARMA_ZERO_2026, legalBasis: BASIS_MFN }
	},
	other: reciprocal(
		[PATHS.reciprocalNoDeal, RECIPROCAL_NO_DEAL_2026],
		[PATHS.reciprocalDeal, RECIPROCAL_DEAL_2026],
		['s122', BASIS_122]
	)
};

/** IEEPA voided from the start: on the reciprocal lines both worlds pay only the surcharge. */
const S122_ONLY = reciprocal([PATHS.s122Only, S122_ONLY_2026], [PATHS.s122Only, S122_ONLY_2026], ['s122', BASIS_122]);
export const IEEPA_VOIDED: Record<SectorKey, Regime> = { ...AS_IT_STANDS, machinery: S122_ONLY, other: S122_ONLY };

/** Section 301 at 15% (deal) or 25% (no deal) from the end of the surcharge. */
const S301 = reciprocal([PATHS.s301NoDeal, S301_NO_DEAL_25], [PATHS.s301Deal, S301_DEAL_15], ['s301', BASIS_301]);
export const SECTION_301: Record<SectorKey, Regime> = { ...AS_IT_STANDS, machinery: S301, other: S301 };

/** Semiconductors, Phase 2: 25% from 2027 without the deal, Taiwan's duty-free quotas with it. */
export const CHIPS_PHASE_2: Record<SectorKey, Regime> = {
	...AS_IT_STANDS,
	chips: {
		json: { tariffNoDeal: path([2026, '0'], [2027, '0.25']), tariffDeal: flat('0'), legalBasis: 's232' },
		sources: { tariffNoDeal: CHIPS_PHASE2_NO_DEAL, tariffDeal: CHIPS_PHASE2_DEAL, legalBasis: BASIS_232 }
	}
};

/** The seven sectors under one set of regimes, in SECTOR_ORDER. */
export function sectorsOf(regimes: Record<SectorKey, Regime>): (Sourced<SectorJson> & { nameKo: string })[] {
	return SECTOR_ORDER.map((key) => sector(key, regimes[key]));
}
