/**
 * Seoul's position in August 2025: equity under 5% of the pledge, the rest as KEXIM and
 * K-SURE loans and guarantees (deal-facts.md sections 1a and 6).
 */
import { compose } from './compose';
import { SECTORS } from './trade';
import { changed, FINANCING_TERMS, MASGA_GUARANTEES, MOU_CASH, MOU_SPLIT, NO_US_LOSS_SHARING } from './tranches';
import { SECTORS_KO, TRANCHES_KO } from './names-ko';
import { lazyPreset, type Preset, type Source } from './types';

const PROPOSAL: Source = {
	label: 'Kim Yong-beom: equity under 5%, mostly KEXIM/K-SURE loans and guarantees within a "secured-loan ceiling"',
	date: '2025-08',
	url: 'https://www.european-financial-times.com/breakingnews/south-korean-officials-350-billion-mainly-secured-loan-to-us-investment-fund-direct-investment-below-5-japanese-official-only-1-2-will-be-actual-investment.html'
};
const TEN_YEARS: Source = {
	...PROPOSAL,
	label: 'Assumption: paid over 10 years, as in the final deal',
	note: 'The timetable of Korea’s proposal was not reported.'
};
const MOODYS: Source = {
	label: 'Moody’s: project-finance loans default 6.7% over 10 years, with ~80% ultimate recovery',
	date: '2016-03-17',
	url: 'https://business-standard.com/article/news-cm/moody-s-project-finance-remains-resilient-class-of-specialised-corporate-lending-116031700513_1.html'
};

const equity = changed(
	MOU_CASH,
	{ name: 'Equity (under 5%)', amount: '17.5', schedule: { mode: 'even', years: 10 } },
	{
		amount: { ...PROPOSAL, note: '5% of USD 350 bn, the upper bound of "under 5%".' },
		'schedule.years': TEN_YEARS,
		koreaShareBeforeRecoup: { ...MOU_SPLIT, note: 'Korea’s proposed split was not reported; the MOU’s is kept.' },
		koreaShareAfterRecoup: { ...MOU_SPLIT, note: 'Korea’s proposed split was not reported; the MOU’s is kept.' }
	}
);

const loans = {
	json: {
		name: 'Policy loans (KEXIM)',
		instrument: 'loan' as const,
		amount: '182.5',
		schedule: { mode: 'even' as const, years: 10 },
		returnRate: '0.045',
		lossRate: '0.0013',
		koreaLossShare: '1',
		tenor: 10,
		grace: 2,
		terminalRecovery: '0.8'
	},
	sources: {
		amount: {
			...PROPOSAL,
			note: 'The split between loans and guarantees was not reported: the USD 150 bn for shipbuilding stays as guarantees and the remaining USD 182.5 bn is taken as loans.'
		},
		'schedule.years': TEN_YEARS,
		returnRate: {
			...PROPOSAL,
			label: 'Assumption: 4.5% interest on USD policy loans',
			note: 'No rate was reported: the 4% discount rate plus half a point.'
		},
		lossRate: { ...MOODYS, note: 'Derived: 6.7% defaults × 20% loss given default over 10 years, about 0.13% a year.' },
		koreaLossShare: NO_US_LOSS_SHARING,
		tenor: FINANCING_TERMS,
		grace: FINANCING_TERMS,
		terminalRecovery: { ...MOODYS, note: 'A loan still running at the horizon is valued at the ~80% recovery rate.' }
	}
};

const build = () =>
	compose(
		'Korea’s proposal (Aug 2025)',
		[equity, loans, MASGA_GUARANTEES],
		[SECTORS.cars, SECTORS.parts, SECTORS.chips, SECTORS.machinery, SECTORS.steel, SECTORS.other]
	);

/** Korea's proposal of Aug 2025: 5% equity, the rest loans and guarantees. */
export const KOREA_PROPOSAL_2025_08: Preset = lazyPreset(
	{
		id: 'korea-proposal-2025-08',
		title: { en: 'Korea’s proposal, Aug 2025', ko: '한국 제안 (2025년 8월)' },
		description: {
			en: 'Seoul’s position in August 2025: under 5% as equity, the rest as policy loans and guarantees from KEXIM and K-SURE. How the rest splits between loans and guarantees is an assumption. Same tariffs as the deal.',
			ko: '2025년 8월 한국 정부 입장: 지분 투자는 5% 미만, 나머지는 수출입은행·무역보험공사의 정책 대출과 보증. 대출과 보증의 비율은 가정이다. 관세는 합의와 같다.'
		},
		earlier: true,
		asOf: '2025-08',
		names: {
			ko: { tranches: ['지분 투자 (5% 미만)', '정책 대출 (수출입은행)', TRANCHES_KO.masga], sectors: SECTORS_KO }
		}
	},
	build
);
