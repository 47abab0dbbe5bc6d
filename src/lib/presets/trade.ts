/**
 * Korea's exports to the US by sector, with the tariff before 2025, without the deal and
 * under the deal (deal-facts.md sections 4 and 5), and the trade parameters.
 */
import type { ScenarioJson, SectorJson } from '../model/index';
import {
	AUTOS_232_25,
	AUTOS_DEAL_15,
	GROWTH_ASSUMED,
	KORUS_ZERO,
	MOTIE_2025,
	RECIPROCAL_15,
	RECIPROCAL_25,
	STEEL_50
} from './tariffs';
import { TRADE_PARAMETERS } from './economy';
import { at, type Source, type SourceMap, type Sourced } from './types';

const CARS_2024 = 'https://biz.chosun.com/en/en-international/2025/03/27/42LM7HMUC5FXXNNWIVK4RODMTM';

type Tariffs = Pick<SectorJson, 'tariffBaseline' | 'tariffNoDeal' | 'tariffDeal'>;

function sector(name: string, exports0: [string, Source], growth: [string, Source], tariffs: [Tariffs, SourceMap]) {
	return {
		json: { name, exports0: exports0[0], growth: growth[0], ...tariffs[0] },
		sources: { exports0: exports0[1], growth: growth[1], ...tariffs[1] }
	} satisfies Sourced<SectorJson>;
}

const autoTariffs: [Tariffs, SourceMap] = [
	{ tariffBaseline: '0', tariffNoDeal: '0.25', tariffDeal: '0.15' },
	{ tariffBaseline: KORUS_ZERO, tariffNoDeal: AUTOS_232_25, tariffDeal: AUTOS_DEAL_15 }
];
const reciprocalTariffs: [Tariffs, SourceMap] = [
	{ tariffBaseline: '0', tariffNoDeal: '0.25', tariffDeal: '0.15' },
	{ tariffBaseline: KORUS_ZERO, tariffNoDeal: RECIPROCAL_25, tariffDeal: RECIPROCAL_15 }
];
const growth2: [string, Source] = ['0.02', GROWTH_ASSUMED];

/** The six sectors of the MOU preset, in the order of tests/fixtures/gyeongju.json. */
export const SECTORS = {
	cars: sector(
		'Passenger cars',
		[
			'34.74',
			{
				label: 'Passenger car exports to the US, 2024: USD 34.744 bn (MOTIE)',
				date: '2025-03-27',
				url: CARS_2024,
				note: 'A 2024 figure for the 2025 base year; US data give USD 36.6 bn.'
			}
		],
		growth2,
		autoTariffs
	),
	parts: sector(
		'Auto parts',
		[
			'8.22',
			{
				label: 'Auto parts exports to the US, 2024: USD 8.22 bn (36.5% of all parts exports)',
				date: '2024-12',
				url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=191172',
				note: 'Dated by the data year; the article’s own date was not recorded.'
			}
		],
		growth2,
		autoTariffs
	),
	chips: sector(
		'Semiconductors',
		[
			'13.37',
			{
				label: 'Semiconductor exports to the US, 2025: USD 13.37 bn (+30%, MOTIE)',
				date: '2026-01-15',
				url: MOTIE_2025
			}
		],
		[
			'0.03',
			{
				...GROWTH_ASSUMED,
				label: 'Assumption: chip exports grow 3% a year',
				note: 'Chip exports to the US grew 30% in 2025; a slower pace is assumed over 20 years.'
			}
		],
		[
			{ tariffBaseline: '0', tariffNoDeal: '0', tariffDeal: '0' },
			{
				tariffBaseline: KORUS_ZERO,
				tariffNoDeal: {
					label: 'Chips are exempt from the reciprocal tariff',
					date: '2025-08-19',
					url: 'https://internationaltradetoday.com/article/2025/08/19/lutnick-says-details-on-korean-japan-deals-could-come-in-weeks-2508190044?BC=bc_6806d74c96721',
					note: 'Not modelled: the threatened ~100% on chips not made in the US (Lutnick’s paraphrase of Trump) and 25% on certain advanced AI chips from 2026-01-15.'
				},
				tariffDeal: {
					label: 'Deal: chips treated "no less favorably" than Taiwan-type peers',
					date: '2025-11-14',
					url: 'https://investmentguruindia.com/newsdetail/south-korea-us-sign-mou-on-350-billion-investment-pledge-under-trade-deal649786'
				}
			}
		]
	),
	machinery: sector(
		'General machinery',
		[
			'12.32',
			{
				label: 'General machinery exports to the US, 2025: USD 12.32 bn (−17.2%, MOTIE)',
				date: '2026-01-15',
				url: MOTIE_2025
			}
		],
		growth2,
		[
			reciprocalTariffs[0],
			{
				...reciprocalTariffs[1],
				tariffDeal: {
					...RECIPROCAL_15,
					note: 'The 50% on the steel content of derivative machinery items is not modelled.'
				}
			}
		]
	),
	steel: sector(
		'Steel and aluminium',
		[
			'3.68',
			{
				label: 'US imports from Korea, 2024: steel USD 2.9 bn plus aluminium USD 0.78 bn',
				date: '2025-03-12',
				url: 'https://ajupress.com/view/20250312124857252',
				note: 'Sum of two US figures; aluminium from https://cm.asiae.co.kr/en/article/2025021105044987232. MOTIE gives about USD 6 bn with derivatives.'
			}
		],
		['0', { ...GROWTH_ASSUMED, label: 'Assumption: no growth under a 50% tariff' }],
		[
			{ tariffBaseline: '0', tariffNoDeal: '0.5', tariffDeal: '0.5' },
			{
				tariffBaseline: {
					label: 'Steel: 0% inside a 2.63 Mt quota since 2018',
					date: '2025-02-11',
					url: 'https://prod.biz.chosun.com/en/en-international/2025/02/11/YKR7W3QWEJA7RBESNOSBAZLATA',
					note: 'Aluminium paid 10% from 2018; whether Korea was exempt is unverified, so 0% is used for both.'
				},
				tariffNoDeal: STEEL_50,
				tariffDeal: STEEL_50
			}
		]
	),
	other: sector(
		'Other goods',
		[
			'50.54',
			{
				label: 'Residual: 2025 exports to the US of USD 122.87 bn (MOTIE) less the five sectors above',
				date: '2026-01-15',
				url: MOTIE_2025,
				note: 'Derived; mixes 2024 figures (cars, parts, steel) with 2025 ones. Batteries, petroleum products, computers, ships, pharmaceuticals and more.'
			}
		],
		growth2,
		reciprocalTariffs
	)
};

/** A preset's trade block and its sources, from its sectors in order. */
export function tradeOf(sectors: readonly Sourced<SectorJson>[]): Sourced<ScenarioJson['trade']> {
	const sources: SourceMap = at('trade', TRADE_PARAMETERS.sources);
	sectors.forEach((s, k) => Object.assign(sources, at(`trade.sectors[${k}]`, s.sources)));
	return { json: { ...TRADE_PARAMETERS.json, sectors: sectors.map((s) => s.json) }, sources };
}

/** A sector with other tariffs under the deal and without it (post-deal shocks). */
export function withTariffs(
	base: Sourced<SectorJson>,
	tariffs: Partial<Tariffs>,
	sources: SourceMap
): Sourced<SectorJson> {
	return { json: { ...base.json, ...tariffs }, sources: { ...base.sources, ...sources } };
}
