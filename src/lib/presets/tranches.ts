/**
 * The parts of the pledge the presets are made of (deal-facts.md sections 1 and 5), with
 * the sources of their terms. Presets copy these and change what their deal changes.
 */
import type { TrancheJson } from '../model/index';
import { MOU_SIGNED } from './economy';
import type { Source, SourceMap, Sourced } from './types';

const FAIL_SAFES =
	'https://seoulreporter.com/seoul-boasts-of-fail-safes-however-us-retains-remaining-say-over-350-billion-in-investments';
const MOODYS =
	'https://business-standard.com/article/news-cm/moody-s-project-finance-remains-resilient-class-of-specialised-corporate-lending-116031700513_1.html';

/** The yearly return assumed for the fund's projects. */
export const EQUITY_RETURN: Source = {
	label: 'Assumption: 6% a year, near sovereign funds’ target return of 6.1% (Invesco)',
	date: '2017-12-15',
	url: 'https://www.axios.com/sovereign-wealth-funds-have-an-investment-return-gap-1513303274-904608a1-8ea8-4dd2-861d-3d337e2bdde7.html',
	note: 'No return was reported. KIC earned 6.83% a year on real estate and infrastructure since 2010; private infrastructure funds 11.1% (PitchBook). The US President picks the projects, so a lower figure is used.'
};
/** The yearly loss assumed for the fund's projects. */
export const EQUITY_LOSS: Source = {
	label: 'Assumption: 1% of the capital lost a year',
	date: '2016-03-17',
	url: MOODYS,
	note: 'Moody’s project-finance loans lost about 1.3% over 10 years (6.7% defaults, ~80% recovery), about 0.13% a year. Funds with political mandates often miss their goals (IFSWF; no rate found), so a higher rate is used.'
};
/** No US sharing of losses was reported. */
export const NO_US_LOSS_SHARING: Source = {
	label: 'No US sharing of Korea’s losses is reported in the MOU',
	date: '2025-11-14',
	url: FAIL_SAFES,
	note: 'Not found in the research: the reports describe only the split of profits.'
};
/** The MOU's profit split. */
export const MOU_SPLIT: Source = {
	label: 'MOU: profits 50:50 until Korea recoups its principal, then 90:10 in the US’s favour',
	date: '2025-11-14',
	url: FAIL_SAFES
};
/** Recoupment of principal only. */
export const PRINCIPAL_ONLY: Source = {
	label: 'Korean reports say Korea recoups its "principal"',
	date: '2025-11-14',
	url: FAIL_SAFES,
	note: 'Japan’s MOU adds a "deemed interest rate"; whether Korea’s does was not confirmed.'
};
/** Nothing is counted for assets left at the horizon. */
export const NO_TERMINAL_VALUE: Source = {
	label: 'Assumption: nothing is paid out for what is left at the horizon',
	date: '2025-11-26',
	url: 'https://seoulreporter.com/?p=13131',
	note: 'What the holdings are worth after 20 years is unknown; counting only distributions is the cautious choice.'
};
/** Guarantee fee, calls and terms: not reported. */
export const GUARANTEE_FEE: Source = {
	...MOU_SIGNED,
	label: 'Assumption: a guarantee fee of 0.5% a year',
	note: 'No fee was reported for the shipbuilding guarantees.'
};
/** Yearly share of guaranteed loans called, from project-finance defaults. */
export const GUARANTEE_CALLS: Source = {
	label: 'Assumption: 0.5% of the guaranteed loans called a year',
	date: '2016-03-17',
	url: MOODYS,
	note: 'Moody’s: 6.7% of project-finance loans defaulted within 10 years, about 0.7% a year; a call comes before any recovery.'
};
/** Tenor and grace of loans and guarantees: not reported. */
export const FINANCING_TERMS: Source = {
	...MOU_SIGNED,
	label: 'Assumption: 10-year ship and project financing with 2 years’ grace',
	note: 'The terms of the financing were not reported.'
};

/** The MOU's cash part: USD 200 bn, at most USD 20 bn a year. */
export const MOU_CASH = {
	json: {
		name: 'Strategic investment (cash)',
		instrument: 'equity',
		amount: '200',
		schedule: { mode: 'cap', cap: '20' },
		returnRate: '0.06',
		lossRate: '0.01',
		koreaLossShare: '1',
		koreaShareBeforeRecoup: '0.5',
		koreaShareAfterRecoup: '0.1',
		recoupInterest: '0',
		terminalRecovery: '0'
	},
	sources: {
		amount: {
			label: 'USD 200 bn in cash, paid by capital call as projects proceed',
			date: '2025-10-29',
			url: 'https://cm.asiae.co.kr/en/article/2025102921273117534'
		},
		'schedule.cap': {
			label: 'Joint fact sheet: Korea need not fund more than USD 20 bn in any calendar year',
			date: '2025-11-13',
			url: 'https://koreajoongangdaily.joins.com/news/2025-11-14/national/diplomacy/White-House-releases-joint-fact-sheet-on-KoreaUS-trade-and-defense-talks/2454378'
		},
		returnRate: EQUITY_RETURN,
		lossRate: EQUITY_LOSS,
		koreaLossShare: NO_US_LOSS_SHARING,
		koreaShareBeforeRecoup: MOU_SPLIT,
		koreaShareAfterRecoup: MOU_SPLIT,
		recoupInterest: PRINCIPAL_ONLY,
		terminalRecovery: NO_TERMINAL_VALUE
	}
} satisfies Sourced<TrancheJson>;

/** The MOU's shipbuilding part: USD 150 bn, modelled as guarantees. */
export const MASGA_GUARANTEES = {
	json: {
		name: 'Shipbuilding cooperation (MASGA)',
		instrument: 'guarantee',
		amount: '150',
		schedule: { mode: 'even', years: 10 },
		returnRate: '0.005',
		lossRate: '0.005',
		koreaLossShare: '1',
		tenor: 10,
		grace: 2
	},
	sources: {
		amount: {
			label: 'Shipbuilding (MASGA) USD 150 bn via corporate FDI, policy guarantees and ship financing',
			date: '2025-11-14',
			url: 'https://biz.chosun.com/en/en-policy/2025/11/14/7ZQVLCRMZZGQ5AS5TNAUW35OIA/?outputType=amp',
			note: 'Modelled as guarantees: led by Korean firms, Korea’s state backs rather than pays.'
		},
		'schedule.years': {
			label: 'Assumption: spread over 10 years, like the cash ("installments over the next 10 years")',
			date: '2025-10-29',
			url: 'https://www.koreadailyus.com/korea-u-s-finalize-bilateral-trade-deal-agree-on-350-billion-investment-details'
		},
		returnRate: GUARANTEE_FEE,
		lossRate: GUARANTEE_CALLS,
		koreaLossShare: NO_US_LOSS_SHARING,
		tenor: FINANCING_TERMS,
		grace: FINANCING_TERMS
	}
} satisfies Sourced<TrancheJson>;

/** A tranche with some terms changed, and the sources of the changes (a new schedule drops the old one's). */
export function changed(
	base: Sourced<TrancheJson>,
	json: Partial<TrancheJson>,
	sources: SourceMap
): Sourced<TrancheJson> {
	const kept = Object.entries(base.sources).filter(([path]) => !(json.schedule && path.startsWith('schedule.')));
	return { json: { ...base.json, ...json }, sources: { ...Object.fromEntries(kept), ...sources } };
}
