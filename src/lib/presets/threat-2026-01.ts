/**
 * Jan 2026: Trump announced that tariffs on Korea would go back to 25% because the
 * implementing act had not passed (deal-facts.md section 1d): Korea pays, without relief.
 */
import { compose } from './compose';
import { THREAT_25 } from './tariffs';
import { SECTORS, withTariffs } from './trade';
import { MASGA_GUARANTEES, MOU_CASH } from './tranches';
import { SECTORS_KO, TRANCHES_KO } from './names-ko';
import { lazyPreset, type Preset } from './types';

const back = (sector: (typeof SECTORS)[keyof typeof SECTORS]) =>
	withTariffs(sector, { tariffDeal: '0.25' }, { tariffDeal: THREAT_25 });

const build = () =>
	compose(
		'25% tariff threat (Jan 2026)',
		[MOU_CASH, MASGA_GUARANTEES],
		[
			back(SECTORS.cars),
			back(SECTORS.parts),
			SECTORS.chips,
			back(SECTORS.machinery),
			SECTORS.steel,
			back(SECTORS.other)
		]
	);

/** The MOU's payments with tariffs back at 25%: the pledge without its tariff relief. */
export const THREAT_2026_01: Preset = lazyPreset(
	{
		id: 'threat-2026-01',
		title: { en: 'Tariffs back at 25%, Jan 2026', ko: '관세 25% 환원 위협 (2026년 1월)' },
		description: {
			en: 'Korea pays as in the MOU, but the US puts its tariffs back at 25%, as Trump announced on 26 January 2026 while Korea’s implementing act was pending: the pledge without its tariff relief.',
			ko: '한국은 MOU대로 납입하지만, 이행 법안이 국회에 계류 중이던 2026년 1월 26일 트럼프가 발표한 대로 미국이 관세를 다시 25%로 올린 경우: 관세 혜택 없는 투자.'
		},
		earlier: true,
		asOf: '2026-01-26',
		names: { ko: { tranches: [TRANCHES_KO.cash, TRANCHES_KO.masga], sectors: SECTORS_KO } }
	},
	build
);
