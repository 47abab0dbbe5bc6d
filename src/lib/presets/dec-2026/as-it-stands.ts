/**
 * The default: the deal as it stood in Dec 2026 (deal-facts-2026.md). The MOU's terms
 * under the Special Act, no payment before 2027, tariffs as paths by legal basis, the
 * equity followed past the horizon, a phased-in elasticity, competitors and the fiscal view.
 */
import { lazyPreset, type Preset } from '../types';
import { composeV2 } from './compose';
import { AS_IT_STANDS, sectorsOf } from './sectors';
import { CASH_2026, MASGA_2026, TRANCHE_NAMES_KO } from './tranches';

const sectors = sectorsOf(AS_IT_STANDS);
const build = () =>
	composeV2({
		name: 'As it stands (Dec 2026)',
		tranches: [CASH_2026, MASGA_2026],
		sectors
	});

/** Korean names of the two MOU tranches and the seven sectors, shared by the Dec 2026 variants. */
export const NAMES_KO_2026 = {
	ko: { tranches: [TRANCHE_NAMES_KO.cash, TRANCHE_NAMES_KO.masga], sectors: sectors.map((s) => s.nameKo) }
};

/** The deal as it stands in Dec 2026: the default preset. */
export const AS_IT_STANDS_2026_12: Preset = lazyPreset(
	{
		id: 'as-it-stands-2026-12',
		title: { en: 'As it stands, Dec 2026', ko: '2026년 12월 현재' },
		description: {
			en: 'The MOU as the Special Act of March 2026 implements it: USD 200 bn in cash, at most USD 20 bn a year, with no capital call before 2027, and USD 150 bn for shipbuilding. Tariffs by year and legal basis: the IEEPA tariffs until the Supreme Court voided them, the 10% Section 122 surcharge until July 2026, then (an assumption: nothing was found) no surcharge; cars and parts at 15% under Section 232 with the deal, 25% without; steel at 50% either way. The equity is valued past 2045, exports adjust over 8 years against Japanese and EU competitors, and the fiscal view counts the state’s 25.3% share of the income the tariffs save.',
			ko: '2026년 3월 특별법으로 이행되는 MOU: 현금 2,000억 달러를 연 최대 200억 달러씩 2027년부터 납입(2026년에는 캐피털 콜 없음), 조선 협력 1,500억 달러. 관세는 연도·법적 근거별 경로: 대법원 무효 판결까지 IEEPA 관세, 2026년 7월까지 122조 추가관세 10%, 이후는 추가관세 없음(가정: 자료 없음). 자동차·부품은 232조로 합의 시 15%, 없으면 25%, 철강은 어느 쪽이든 50%. 2045년 이후 지분의 잔존가치를 반영하고, 수출은 8년에 걸쳐 일본·EU 경쟁 제품과의 관계 속에서 조정되며, 재정 관점은 관세로 지킨 소득의 25.3%(국민부담률)를 국가 몫으로 본다.'
		},
		asOf: '2026-12-01',
		names: NAMES_KO_2026
	},
	build
);
