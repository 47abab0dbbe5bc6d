/**
 * Washington's demand in September 2025: the whole pledge in cash, up front, with 90% of
 * the profits to the US from the first dollar (deal-facts.md sections 1a, 1b and 6).
 */
import { compose } from './compose';
import { SECTORS } from './trade';
import { changed, MOU_CASH, PRINCIPAL_ONLY } from './tranches';
import { SECTORS_KO } from './names-ko';
import { lazyPreset, type Preset, type Source } from './types';

const NINETY_TEN: Source = {
	label: 'Lutnick: 90% of the profits go to the US',
	date: '2025-07-31',
	url: 'https://www.ibtimes.sg/trump-slashes-tariffs-south-korea-landmark-trade-deal-worth-350-billion-81003',
	note: 'The US wanted 90:10 before recoupment as well (MOU reports, 2025-11-14), so Korea keeps 10% from the first dollar.'
};

const cash = changed(
	MOU_CASH,
	{
		name: 'Investment fund (cash up front)',
		amount: '350',
		schedule: { mode: 'even', years: 3 },
		koreaShareBeforeRecoup: '0.1',
		koreaShareAfterRecoup: '0.1'
	},
	{
		amount: {
			label:
				'Trump: "$350 billion ... we receive as upfront"; the US wanted a US company funded with USD 350 bn in cash',
			date: '2025-09-25',
			url: 'https://en.bloomingbit.io/feed/news/97709'
		},
		'schedule.years': {
			label: 'WSJ citing Piper Sandler: USD 350 bn over the remaining three years of Trump’s term',
			date: '2025-10-22',
			url: 'https://www.europesays.com/?p=2513473',
			note: 'Paid evenly in 2026–2028, about 6.5% of GDP a year.'
		},
		koreaShareBeforeRecoup: NINETY_TEN,
		koreaShareAfterRecoup: NINETY_TEN,
		recoupInterest: { ...PRINCIPAL_ONLY, note: 'No effect here: Korea’s share is 10% before and after recoupment.' }
	}
);

const build = () =>
	compose(
		'US demand (Sep 2025)',
		[cash],
		[SECTORS.cars, SECTORS.parts, SECTORS.chips, SECTORS.machinery, SECTORS.steel, SECTORS.other]
	);

/** The US demand of Sep 2025: USD 350 bn cash over three years, 90/10 to the US from the first dollar. */
export const US_DEMAND_2025_09: Preset = lazyPreset(
	{
		id: 'us-demand-2025-09',
		title: { en: 'US demand, Sep 2025', ko: '미국 요구안 (2025년 9월)' },
		description: {
			en: 'What Washington asked for in September 2025: the whole USD 350 bn in cash, paid up front over three years, with 90% of the profits going to the US from the first dollar. Same tariffs as the deal.',
			ko: '2025년 9월 미국의 요구: 3,500억 달러 전액을 현금으로 3년에 걸쳐 선불 납입하고, 첫 1달러부터 수익의 90%를 미국이 가져간다. 관세는 합의와 같다.'
		},
		earlier: true,
		asOf: '2025-09-25',
		names: { ko: { tranches: ['투자 펀드 (현금 선불)'], sectors: SECTORS_KO } }
	},
	build
);
