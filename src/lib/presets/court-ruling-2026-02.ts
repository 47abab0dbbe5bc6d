/**
 * Feb 2026: the US Supreme Court voided the IEEPA reciprocal tariffs; a 10% Section 122
 * surcharge replaced them for every country, while Section 232 tariffs (cars, steel)
 * stand (deal-facts.md sections 1d and 6).
 */
import { compose } from './compose';
import { SECTION_122 } from './tariffs';
import { SECTORS, withTariffs } from './trade';
import { MASGA_GUARANTEES, MOU_CASH } from './tranches';
import { SECTORS_KO, TRANCHES_KO } from './names-ko';
import { lazyPreset, type Preset } from './types';

const surcharge = (sector: (typeof SECTORS)[keyof typeof SECTORS]) =>
	withTariffs(
		sector,
		{ tariffNoDeal: '0.1', tariffDeal: '0.1' },
		{ tariffNoDeal: SECTION_122, tariffDeal: SECTION_122 }
	);

const build = () =>
	compose(
		'After the Supreme Court ruling (Feb 2026)',
		[MOU_CASH, MASGA_GUARANTEES],
		[SECTORS.cars, SECTORS.parts, SECTORS.chips, surcharge(SECTORS.machinery), SECTORS.steel, surcharge(SECTORS.other)]
	);

/** The MOU after the IEEPA ruling: only the Section 232 cut on cars and parts is left as the deal's benefit. */
export const COURT_RULING_2026_02: Preset = lazyPreset(
	{
		id: 'court-ruling-2026-02',
		title: { en: 'After the Feb 2026 court ruling', ko: '2026년 2월 미 대법원 판결 이후' },
		description: {
			en: 'The MOU after the US Supreme Court voided the reciprocal (IEEPA) tariffs on 20 February 2026: a 10% Section 122 surcharge applies to every country, deal or not, so only the Section 232 cut on cars and parts (25% to 15%) remains a benefit of the deal.',
			ko: '2026년 2월 20일 미 대법원이 상호관세(IEEPA)를 무효화한 뒤의 MOU: 모든 국가에 10% 122조 관세가 부과되므로, 합의의 관세 혜택은 자동차·부품의 232조 관세 인하(25%→15%)만 남는다.'
		},
		earlier: true,
		asOf: '2026-02-20',
		names: { ko: { tranches: [TRANCHES_KO.cash, TRANCHES_KO.masga], sectors: SECTORS_KO } }
	},
	build
);
