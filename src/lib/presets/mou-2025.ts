/**
 * The deal as signed (Gyeongju summit 2025-10-29, joint fact sheet 2025-11-13, MOU
 * 2025-11-14): the default scenario, equal to tests/fixtures/gyeongju.json.
 */
import { compose } from './compose';
import { SECTORS } from './trade';
import { MASGA_GUARANTEES, MOU_CASH } from './tranches';
import { SECTORS_KO, TRANCHES_KO } from './names-ko';
import { lazyPreset, type Preset } from './types';

const build = () =>
	compose(
		'Gyeongju agreement (Nov 2025 MOU)',
		[MOU_CASH, MASGA_GUARANTEES],
		[SECTORS.cars, SECTORS.parts, SECTORS.chips, SECTORS.machinery, SECTORS.steel, SECTORS.other]
	);

/** The Nov 2025 MOU: USD 200 bn cash capped at USD 20 bn a year, plus USD 150 bn for shipbuilding. */
export const MOU_2025: Preset = lazyPreset(
	{
		id: 'mou-2025',
		title: { en: 'Nov 2025 MOU', ko: '2025년 11월 MOU' },
		description: {
			en: 'The deal as signed: USD 200 bn in cash by capital call, at most USD 20 bn a year, profits shared 50:50 until Korea recoups its principal and 90:10 for the US after; USD 150 bn for shipbuilding as guarantees. US tariffs of 15% instead of 25%.',
			ko: '서명된 합의: 현금 2,000억 달러를 프로젝트별 캐피털 콜로 연간 최대 200억 달러씩 납입하고, 원금 회수 전까지 수익을 50:50, 회수 후에는 미국 90 : 한국 10으로 나눈다. 조선 협력(MASGA) 1,500억 달러는 보증으로 본다. 미국 관세는 25% 대신 15%.'
		},
		earlier: true,
		asOf: '2025-11-14',
		names: { ko: { tranches: [TRANCHES_KO.cash, TRANCHES_KO.masga], sectors: SECTORS_KO } }
	},
	build
);
