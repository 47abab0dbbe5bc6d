/**
 * Japan's terms (MOU of 2025-09-04) applied to Korea's USD 350 bn: all cash, no annual
 * cap, 50/50 until recouped with a deemed interest, then 90/10 (deal-facts.md section 2).
 */
import { compose } from './compose';
import { SECTORS } from './trade';
import { changed, MOU_CASH } from './tranches';
import { SECTORS_KO } from './names-ko';
import { lazyPreset, type Preset, type Source } from './types';

const JAPAN_SPLIT: Source = {
	label: 'Japan’s MOU: 50/50 until Japan recovers its "deemed allocation amount", then 90% US / 10% Japan',
	date: '2025-11',
	url: 'https://www.stlouisfed.org/on-the-economy/2025/nov/analyzing-japan-550-billion-pledge-invest-us'
};

const cash = changed(
	MOU_CASH,
	{
		name: 'Strategic investment (cash, no cap)',
		amount: '350',
		schedule: { mode: 'even', years: 3 },
		recoupInterest: '0.05'
	},
	{
		amount: {
			label: 'Korea’s pledge: USD 350 bn, here all in cash as in Japan’s deal',
			date: '2025-07-30',
			url: 'http://koreabizwire.com/trump-announces-tentative-u-s-korea-trade-deal-to-cut-tariffs-in-exchange-for-350-billion-investment'
		},
		'schedule.years': {
			label: 'Japan: projects committed before 2029-01-19, with no annual cap',
			date: '2025-09-04',
			url: 'https://www.hudson.org/trade/investing-security-success-analysis-us-japan-550-billion-strategic-investment-fund-william-chou',
			note: 'Paid evenly over 2026–2028, the years left before the deadline.'
		},
		koreaShareBeforeRecoup: JAPAN_SPLIT,
		koreaShareAfterRecoup: JAPAN_SPLIT,
		recoupInterest: {
			...JAPAN_SPLIT,
			label: 'Japan’s MOU: the deemed interest rate is a benchmark rate plus a risk spread',
			note: 'Its value is not public: 5% is an assumption (the 4% discount rate plus one point).'
		}
	}
);

const build = () =>
	compose(
		'Japan-style terms',
		[cash],
		[SECTORS.cars, SECTORS.parts, SECTORS.chips, SECTORS.machinery, SECTORS.steel, SECTORS.other]
	);

/** Japan-style terms: USD 350 bn cash without a cap, recouped with deemed interest. */
export const JAPAN_STYLE: Preset = lazyPreset(
	{
		id: 'japan-style',
		title: { en: 'Japan-style terms', ko: '일본식 조건' },
		description: {
			en: 'Japan’s September 2025 MOU applied to Korea’s USD 350 bn: all in cash, no annual cap (projects committed before January 2029), profits 50:50 until Korea gets its money back with a deemed interest, then 90:10 for the US. Same tariffs as the deal.',
			ko: '일본의 2025년 9월 MOU를 한국의 3,500억 달러에 적용: 전액 현금, 연간 한도 없음(2029년 1월 이전 약정), 원금과 간주이자를 회수할 때까지 수익 50:50, 이후 미국 90 : 한국 10. 관세는 합의와 같다.'
		},
		earlier: true,
		asOf: '2025-11',
		names: { ko: { tranches: ['전략투자 (현금, 한도 없음)'], sectors: SECTORS_KO } }
	},
	build
);
