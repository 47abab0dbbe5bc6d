/**
 * The parts every preset shares: the time frame, the discount rate and Korea's economy
 * in the base year 2025 (deal-facts.md section 3), and the trade parameters (section 5),
 * each with its source.
 */
import type { ScenarioJson } from '../model/index';
import type { Source, SourceMap, Sourced } from './types';

/** The MOU signing: the reference for "Korea's terms as signed". */
export const MOU_SIGNED: Source = {
	label: 'Korea–US MOU on the USD 350 bn investment, signed 2025-11-14',
	date: '2025-11-14',
	url: 'https://www.latestnewsx.com/business/s-korea-us-sign-mou-on-350-billion-investment-pledge-under-trade'
};

/** The 20-year life of Korea's implementing body, used as the horizon. */
export const SUNSET_20_YEARS: Source = {
	label: 'Korea–US Strategic Investment Corporation: 20-year sunset in the special bill',
	date: '2025-11-26',
	url: 'https://seoulreporter.com/?p=13131',
	note: 'The horizon follows the life of the body that manages Korea’s side of the fund.'
};

/** Sovereign funds' realised return: the opportunity cost of Korea's money. */
export const SWF_RETURNS: Source = {
	label: 'Invesco study: sovereign wealth funds earned 4.1% a year against a 6.1% target',
	date: '2017-12-15',
	url: 'https://www.axios.com/sovereign-wealth-funds-have-an-investment-return-gap-1513303274-904608a1-8ea8-4dd2-861d-3d337e2bdde7.html',
	note: 'Assumption: no official discount rate was found. KIC has earned 4.75% a year since inception (2024 annual report, https://kic-annualreport.kr/2024/eng/sub0101.html).'
};

/** Time frame and discount rate of every preset. */
export const TIME_FRAME = {
	json: { startYear: 2026, horizon: 20, discountRate: '0.04' },
	sources: {
		startYear: {
			...MOU_SIGNED,
			note: 'Year 1 is 2026, the first full year after the MOU; the base year is 2025.'
		},
		horizon: SUNSET_20_YEARS,
		discountRate: SWF_RETURNS
	}
} satisfies { json: Pick<ScenarioJson, 'startYear' | 'horizon' | 'discountRate'>; sources: SourceMap };

/** Korea's economy in 2025 and its outlook. */
export const ECONOMY_2025 = {
	json: {
		gdp0: '2663.3',
		realGrowth: '0.018',
		inflation: '0.02',
		fx0: '1422.16',
		fxDrift: '0',
		reserves0: '430.66',
		reservesGrowth: '0'
	},
	sources: {
		gdp0: {
			label: 'Bank of Korea: nominal GDP 2025, KRW 2,663.3 trn (+4.2%)',
			date: '2026-03-10',
			url: 'https://www.thehansindia.com/business/s-koreas-per-capita-income-edges-up-to-stay-in-36000-range-1055194'
		},
		realGrowth: {
			label: 'Bank of Korea forecast: real GDP growth 1.8% in 2026, 1.9% in 2027',
			date: '2025-11-27',
			url: 'http://world.kbs.co.kr/service/news_view.htm?Seq_Code=197732&lang=e',
			note: 'For 2026: IMF 1.8%, government 2.0%, OECD 2.2%; potential growth about 1.8%.'
		},
		inflation: {
			label: 'Bank of Korea forecast: consumer prices +2.1% in 2026',
			date: '2025-11-27',
			url: 'https://menafn.com/1110405788/S-Korea-Upgrades-2025-Economic-Growth-Projection-to-10-Percent',
			note: 'Rounded to 2% and used for the GDP deflator. The deflator rose faster lately: 4.1% in 2024 and about 3.2% in 2025 (derived from BoK nominal and real growth).'
		},
		fx0: {
			label: 'KRW per USD, 2025 average: 1,422.16, a record',
			date: '2025-12-31',
			url: 'http://world.kbs.co.kr/service/news_view.htm?Seq_Code=198497&lang=e'
		},
		fxDrift: {
			label: 'Assumption: no trend in the won',
			date: '2025-12-30',
			url: 'https://biz.chosun.com/en/en-policy/2025/12/30/4S6DLFSVBFFIDAXH63TFFZSZNE/?outputType=amp',
			note: 'No forecast was found. Monthly averages in 2025 went from 1,376.9 (July) to 1,467.1 (December).'
		},
		reserves0: {
			label: 'Bank of Korea: FX reserves USD 430.66 bn at end-November 2025',
			date: '2025-12-03',
			url: 'https://koreajoongangdaily.joins.com/news/2025-12-03/business/finance/Koreas-foreign-reserves-rise-to-over-3yr-high-in-November/2468599',
			note: 'The latest month in the research, used for the base year 2025.'
		},
		reservesGrowth: {
			label:
				'Assumption: reserves stay flat; the pledge is funded from reserve income, with "no use of reserve principal"',
			date: '2025-10-30',
			url: 'https://cm.asiae.co.kr/en/article/2025103009581328676'
		}
	}
} satisfies { json: ScenarioJson['economy']; sources: SourceMap };

/** The trade parameters of every preset. */
export const TRADE_PARAMETERS = {
	json: { elasticity: '-1.75', exporterAbsorption: '0.18', valueAddedShare: '0.6' },
	sources: {
		elasticity: {
			label: 'Boehm, Levchenko and Pandalai-Nayar (AER 2023): long-run trade elasticity −1.75 to −2.25',
			date: '2023-04',
			url: 'https://www.ucl.ac.uk/economics/events/2021/mar/long-and-short-run-trade-elasticities-nitya-pandalai-nayar-ut-austin',
			note: 'The low end of the long-run range; the elasticity is −0.76 after one year.'
		},
		exporterAbsorption: {
			label: 'Goldman Sachs: foreign exporters eventually absorb 18% of US tariffs',
			date: '2025-10-12',
			url: 'https://summamoney.com/investing/the-daily/us-businesses-and-consumers-shoulder-the-bulk-of-tariff-cost-burden-goldman-sachs-finds'
		},
		valueAddedShare: {
			label: 'OECD-WTO TiVA: foreign content is 40% of Korea’s exports (2009)',
			date: '2013-01',
			url: 'http://www.businessinsider.com/great-graphic-value-added-trade-2013-1',
			note: 'UNCTAD-Eora gives 56% domestic value added (2010); a recent 65–70% was not confirmed.'
		}
	}
} satisfies Sourced<Omit<ScenarioJson['trade'], 'sectors'>>;
