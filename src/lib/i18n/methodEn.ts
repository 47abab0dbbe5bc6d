/**
 * The Sources & method page in English (MODEL.md v2 in plain words). The formulas are
 * language-neutral (field names of MODEL.md and symbols only) and identical in methodKo.ts.
 */
import { FORMULA_FUNCTIONS } from '../formula/functions';
import type { MethodContent } from './method';

export const methodEn: MethodContent = {
	toc: 'On this page',
	sections: [
		{
			id: 'scenario',
			heading: 'What a scenario is',
			paragraphs: [
				'A scenario is one choice on each of the four levers Seoul and Washington argued over in 2025: the structure of the pledge (cash equity, or loans and guarantees), its amount, its timetable, and how losses and dividends are shared. Add a view of Korea’s economy and of the tariffs, and the engine turns it into year-by-year cash flows and exposure, and into one verdict: is the deal worth more to Korea than no deal, in present value?',
				'The pledge is split into up to eight tranches, each with one structure, an amount in US dollar billions and a timetable. Korean exports to the US are split into up to twelve sectors, each with its exports and three tariffs: before 2025, with no deal and with the deal, each one rate or a path of rates by year. A scenario travels as a JSON file or inside a share link. One that breaks any range is rejected as a whole, with one message per problem naming the field; nothing is silently clamped.',
				'Units: every amount is in nominal US dollars, in billions, at the prices of its own year and never adjusted for inflation; the one exception is GDP, which is in nominal Korean won, in trillions. Every present value is in dollars of the start of the first year, discounted at the scenario’s discount rate d, which is therefore a nominal dollar rate. Rates and shares are fractions inside the model (0.15 is 15%) and percent on screen. Arithmetic is decimal, with 40 significant digits; values are rounded only when they are shown or exported.',
				'This page describes version 2 of the model. It adds, without changing the meaning of any version-1 scenario: tariffs that change by calendar year, labelled with their legal basis; competitors’ tariffs; an elasticity that grows over time; the risk that the deal’s tariff terms end; what is left of the investment after the horizon; the state’s view beside the nation’s; and results for each tranche. Every new input is optional, and left at its default it gives exactly the result of version 1. The sections below say, for each, what it means, its formula, why it matters for the verdict and which default leaves version 1 unchanged.'
			]
		},
		{
			id: 'timing',
			heading: 'Years and timing',
			paragraphs: [
				'A scenario covers H years, the horizon. Year i = 1 … H is the calendar year startYear + i − 1. Year 0 is the base year, the year before the first: every base-year input (GDP, exchange rate, reserves, exports) is a value of that year.',
				'Payments into the pledge are made at the start of a year. Everything else happens at its end: returns, losses, repayments, fees, guarantee calls, US compensation and tariff effects. So, at the discount rate d, a payment is discounted one year less than the money that comes back in the same year (PV_start and PV_end: the value today of 1 paid at the start, or received at the end, of year i).'
			],
			formulas: ['year_i = startYear + i − 1', 'PV_start(i) = 1 / (1 + d)^(i − 1)', 'PV_end(i) = 1 / (1 + d)^i']
		},
		{
			id: 'schedules',
			heading: 'Timetables: five ways to pay in',
			paragraphs: [
				'A tranche’s amount A is paid in by one of five modes. Any mode can start late: with a delay of k years, the first payment falls in year 1 + k. D_i is the payment of year i. Payments that would fall after the horizon are not made; what is left is shown as undisbursed.'
			],
			formulas: ['undisbursed = A − (D_1 + … + D_H)'],
			terms: [
				{ term: 'All at once', text: 'The whole amount in the first payment year.', formulas: ['D_(1 + delay) = A'] },
				{
					term: 'Even payments',
					text: 'The same amount every year for N years.',
					formulas: ['D_i = A / N,   i = 1 + delay … N + delay']
				},
				{
					term: 'Up to an annual cap',
					text: 'C a year until the amount is used up; the last payment is what remains. The joint fact sheet of November 2025 caps Korea’s cash payments at $20 billion a calendar year.',
					formulas: ['D_i = min(C, A − (D_1 + … + D_(i − 1)))']
				},
				{
					term: 'Year by year',
					text: 'You enter each year’s payment; the amount is their sum.',
					formulas: ['D_(delay + j) = a_j', 'A = a_1 + … + a_m']
				},
				{
					term: 'Formula',
					text: `A formula in t (1 in the first payment year, 2 in the next, …), A and H gives each year’s payment, never below zero and never more than what is left. Formulas travel in share links, so they are treated as untrusted input: only numbers, t, A and H, arithmetic, comparisons, a ? b : c and the functions ${FORMULA_FUNCTIONS.slice(0, -1).join(', ')} and ${FORMULA_FUNCTIONS.at(-1)} are allowed. Anything else is rejected before the formula is evaluated.`,
					formulas: ['D_i = max(0, min(f(t, A, H), A − (D_1 + … + D_(i − 1))))', 't = i − delay']
				}
			]
		},
		{
			id: 'equity',
			heading: 'Cash equity: vintages, losses and the recoup rule',
			paragraphs: [
				'Each year’s payment D_v is followed as a project of its own, a vintage, from year v to the end of the horizon (or, with continuation, M years past it). Its balance bal starts at D_v. Every year the loss and the distribution are taken on the opening balance, and then, after the distribution, the balance falls by the loss.'
			],
			terms: [
				{
					term: 'Loss',
					text: 'A share of the opening balance, the yearly loss rate, is written off.',
					formulas: ['L = lossRate × bal', 'bal ← bal − L']
				},
				{
					term: 'US compensation',
					text: 'The US pays Korea the part of each loss that Korea does not bear.',
					formulas: ['comp = (1 − koreaLossShare) × L']
				},
				{
					term: 'Distribution',
					text: 'The return on the opening balance is paid out every year.',
					formulas: ['G = returnRate × bal']
				},
				{
					term: 'What Korea has still to recoup',
					text: 'owed starts at the payment. Every year it first grows by the deemed interest rate (Japan’s MOU adds such a rate to what Japan must recover; 0 means principal only), then falls by the US compensation and by Korea’s part of the distribution, never below zero.',
					formulas: ['owed ← max(0, owed × (1 + recoupInterest) − comp)', 'owed ← max(0, owed − split(G, owed))']
				},
				{
					term: 'The split',
					text: 'Korea gets the share s1 of distributions until it has recouped, and s2 after (the Korea–US MOU: 50% until recouped, then 10%). The part of a distribution that completes the recoup is shared at s1, the rest at s2. The US gets whatever is not Korea’s.',
					formulas: [
						's1 = koreaShareBeforeRecoup,   s2 = koreaShareAfterRecoup',
						'split(x, R) = s2 × x                   (R = 0)',
						'            = s1 × x                   (s1 × x ≤ R)',
						'            = R + s2 × (x − R / s1)    (s1 × x > R > 0)',
						'us = G − split(G, owed)'
					]
				},
				{
					term: 'At the horizon',
					text: 'In the last year followed (H, or H + M with continuation), a share of the remaining balance, the recovery at the horizon, is paid out as a final distribution and split the same way. With 0, the capital still invested then counts as worth nothing to Korea.',
					formulas: ['P = terminalRecovery × bal   (i = H + M)']
				}
			]
		},
		{
			id: 'loans',
			heading: 'Loans',
			paragraphs: [
				'Korea lends. Interest and repayments are Korea’s alone, with no split. Each year’s payment is again a vintage of its own, living from year v for tenor years, or to the last year followed (H, or H + M with continuation) if that comes first.'
			],
			terms: [
				{
					term: 'Loss (default)',
					text: 'As for equity: a share of the opening balance is lost, and the US pays Korea the part Korea does not bear.',
					formulas: ['L = lossRate × bal', 'comp = (1 − koreaLossShare) × L']
				},
				{
					term: 'Interest',
					text: 'Paid on the principal that still performs after the loss.',
					formulas: ['P = bal − L', 'interest = returnRate × P']
				},
				{
					term: 'Repayment',
					text: 'Nothing during the grace period; then straight-line over the remaining life, so the last year repays all that is left.',
					formulas: ['repay = 0                     (i < v + grace)', 'repay = P / (v + tenor − i)   (i ≥ v + grace)']
				},
				{
					term: 'Cash to Korea',
					text: 'If the loan is still running in the last year followed, the recovery at the horizon is paid on the balance left, in that year.',
					formulas: [
						'koreaInflow = interest + repay + comp',
						'bal ← P − repay',
						'P_T = terminalRecovery × bal   (T = H + M)'
					]
				}
			]
		},
		{
			id: 'guarantees',
			heading: 'Guarantees',
			paragraphs: [
				'Korea backs loans that others make (ship financing, for instance). No cash goes out when a guarantee is given: it counts as guaranteed, not paid in. The guaranteed balance has the same life and amortisation as a loan. With continuation, the fees, compensation and calls after the horizon count too, in the terminal value.'
			],
			terms: [
				{
					term: 'Calls',
					text: 'Every year a share of the guaranteed balance, the yearly loss rate, is called, and Korea pays it.',
					formulas: ['calls = L = lossRate × bal']
				},
				{
					term: 'Fee',
					text: 'Korea earns a fee on what is still guaranteed; the US pays Korea the part of each call that Korea does not bear.',
					formulas: ['P = bal − L', 'fee = returnRate × P', 'koreaInflow = fee + comp']
				},
				{
					term: 'Contingent liability',
					text: 'What is still guaranteed after the year’s repayment: not money spent, but money Korea may yet have to pay.',
					formulas: ['contingent = bal ← P − repay']
				}
			]
		},
		{
			id: 'continuation',
			heading: 'Continuation: what is left at the horizon',
			paragraphs: [
				'The horizon cuts the projects off while they still hold capital. In version 1, what is left counts only through the recovery at the horizon (terminalRecovery), and at 0 it is written off. In the default scenario, $171bn of equity still invested in 2045 counted as worth nothing, and because nothing came back after the horizon, the post-recoup split and the deemed interest had no effect at all (model review, December 2026).',
				'With continuationYears = M > 0, a tranche’s vintages are followed for M more years, by the same yearly rules: equity distributions and their split, loan interest and repayments up to maturity, guarantee fees, compensation and calls. No new payment is made after the horizon. The recovery at the horizon, if any, is paid at the end of year H + M instead of year H. What Korea receives less the calls it pays in those years, discounted to the end of year H, is terminalValueKorea; brought back to the start of the first year it is npvTerminal, and npvInvestment includes it.',
				'The yearly results and charts stop at H, and the break-even year counts only the flows within the horizon. So a deal can have npvDeal > 0 and no break-even year: part of what makes it worth it arrives after the horizon, in the terminal value. The page says so when that happens.',
				'Why it matters: the capital left at the horizon is large, so how it is valued can decide the verdict. In the review of version 1, following the default’s equity past 2045 raised npvInvestment from −$114.4bn to −$78.6bn. With M = 0, the default, nothing is followed past the horizon, npvTerminal is 0 and every result is that of version 1.'
			],
			formulas: [
				'M = continuationYears',
				'terminalValueKorea = Σ_(t = H+1 … H+M) (koreaInflow_t − calls_t) / (1 + d)^(t − H)',
				'npvTerminal = terminalValueKorea / (1 + d)^H',
				'M = 0  ⇒  terminalValueKorea = npvTerminal = 0'
			]
		},
		{
			id: 'economy',
			heading: 'Korea’s economy',
			paragraphs: [
				'GDP, the exchange rate and FX reserves give scale only: they turn dollar amounts into shares of GDP and of reserves, and GDP into dollars. They do not feed back into the deal’s cash flows. Nominal GDP (gdpKrw, won trillions) grows with real growth and the GDP deflator; the won–dollar rate (fx, won per dollar) moves by a fixed share a year (above zero: a weaker won); GDP in dollars (gdpUsd) and reserves are in dollar billions.',
				'The economy also holds the tax ratio (taxRatio), used only for the state’s view below.'
			],
			formulas: [
				'n = (1 + realGrowth) × (1 + inflation) − 1',
				'gdpKrw_i   = gdp0 × (1 + n)^i',
				'fx_i       = fx0 × (1 + fxDrift)^i',
				'gdpUsd_i   = gdpKrw_i × 1000 / fx_i',
				'reserves_i = reserves0 × (1 + reservesGrowth)^i'
			]
		},
		{
			id: 'trade',
			heading: 'Tariffs and trade',
			paragraphs: [
				'Korean exports to the US are split into sectors. a is the share of the tariff that Korean exporters absorb, e_i the US import demand elasticity of year i (the same every year unless it is phased in, below), v the Korean value added per dollar of exports, and tb a sector’s tariff before 2025. A tariff τ is the rate of the year’s calendar year, in the world considered (deal or no deal): one rate, or a path (below).'
			],
			terms: [
				{
					term: 'Exports at the baseline tariff',
					text: 'Each sector’s exports grow at their own rate.',
					formulas: ['X0_i = exports0 × (1 + growth)^i']
				},
				{
					term: 'Exports at a tariff τ',
					text: 'US buyers pay the share b = 1 − a of the tariff. The higher price cuts volumes with the elasticity e_i (at −1, a 1% higher price means about 1% fewer exports). With competitors (below), the formula has a second level.',
					formulas: ['b = 1 − a', 'X_i(τ) = X0_i × ((1 + b × τ) / (1 + b × tb))^e_i']
				},
				{
					term: 'Cost of a tariff to Korea',
					text: 'The value added lost with the exports no longer sold, plus the tariff that Korean exporters absorb in lower prices, both measured against the baseline.',
					formulas: ['cost_i(τ) = v × (X0_i − X_i(τ)) + a × (τ × X_i(τ) − tb × X0_i)']
				},
				{
					term: 'Tariff benefit of the deal',
					text: 'The cost with no deal minus the cost with the deal, summed over sectors. With every tariff (competitors’ too) at its baseline, every cost is exactly zero. When the deal’s terms may end, the benefit is weighted by the chance that they still hold (deal risk, below).',
					formulas: [
						'tariffCostNoDeal_i = Σ cost_i(tariffNoDeal)',
						'tariffCostDeal_i   = Σ cost_i(tariffDeal)',
						'tariffBenefit_i = S_i × (tariffCostNoDeal_i − tariffCostDeal_i)'
					]
				}
			]
		},
		{
			id: 'tariff-paths',
			heading: 'Tariff paths and their legal bases',
			paragraphs: [
				'A tariff, with the deal or without it, can be one rate for the whole horizon, as in version 1, or a path: a list of dated steps, each a calendar year from which a rate applies. A year takes the rate of the last step that has begun; years before the first step take the first step’s rate. A single number is a path of one step, so every version-1 scenario is unchanged. Competitors’ tariffs (below) can be paths too.',
				'Why it matters: the tariff gap the deal buys has not been steady. A path lets a scenario follow it, for example 10% under the Section 122 surcharge in 2026 and 15% from 2027 if a Section 301 tariff restores the level, and the present value of the tariff benefit changes with every step.',
				'Each sector can carry a label for the legal basis of its tariff (legalBasis: s232, s122, s301, ieepa, mfn or other). It is shown beside the sector and never enters a calculation, but it tells the reader how secure the rate is: tariffs on different legal bases survive or fall differently, as 2026 showed. The label belongs to the sector, not to each step of its path, so a path that crosses from one basis to another keeps one label.',
				'What happened, as far as our sources reach (they thin out after early June 2026): on 20 February 2026 the US Supreme Court ruled 6–3 (Learning Resources v. Trump) that IEEPA does not authorise tariffs. That voided the “reciprocal” tariffs, the deal’s 15% on most Korean goods among them; their collection ended on 24 February. A Section 122 surcharge took their place from 24 February 2026, set to end on 24 July 2026: 10%, on top of the MFN or KORUS rate and not on the part of a good already under Section 232, with cars, auto parts and pharmaceuticals, among others, exempt. Trump said he would raise it to 15%; we found no proclamation that did. The Section 232 tariffs, 15% on Korean cars and parts under the deal and 50% on steel and aluminium, were not affected. On 11 March 2026 USTR opened a Section 301 investigation of “structural excess capacity” in 16 economies, Korea among them. What applied after 24 July 2026 is not in our sources.'
			],
			formulas: [
				'τ(y) = rate_k,   k = max{ j : from_j ≤ y }',
				'τ(y) = rate_1    (y < from_1)',
				'τ_i = τ(startYear + i − 1)',
				'[{ "from": 2026, "rate": "0.10" }, { "from": 2027, "rate": "0.15" }]'
			],
			terms: [
				{
					term: 'Section 232',
					text: 'Tariffs the President imposes on imports found, after a Commerce Department investigation, to threaten US national security (Trade Expansion Act of 1962). The deal’s 15% on Korean cars and parts, down from 25%, and the 50% on steel and aluminium rest on it; the Supreme Court ruling did not touch them.',
					formulas: ['legalBasis = s232']
				},
				{
					term: 'Section 122',
					text: 'A temporary import surcharge against a balance-of-payments problem (Trade Act of 1974): at most 15%, for at most 150 days unless Congress extends it. It replaced the IEEPA tariffs at 10% from 24 February 2026, set to run until 24 July 2026.',
					formulas: ['legalBasis = s122']
				},
				{
					term: 'Section 301',
					text: 'Tariffs imposed after a USTR investigation finds a trading partner’s practices unfair (Trade Act of 1974), with no cap on the rate. Korea is among the 16 economies of the excess-capacity investigation opened in March 2026.',
					formulas: ['legalBasis = s301']
				},
				{
					term: 'IEEPA',
					text: 'The International Emergency Economic Powers Act, the basis of the 2025 “reciprocal” tariffs: 25% announced for Korea, 15% all-in under the deal. The Supreme Court voided these tariffs on 20 February 2026.',
					formulas: ['legalBasis = ieepa']
				},
				{
					term: 'MFN',
					text: 'The ordinary US tariff with no special measure: the most-favoured-nation (Column 1) rate or, for Korean goods that qualify, the KORUS FTA rate, mostly 0%. It is what remains where a surcharge lapses and nothing replaces it.',
					formulas: ['legalBasis = mfn']
				}
			]
		},
		{
			id: 'phase-in',
			heading: 'An elasticity that grows over time',
			paragraphs: [
				'US buyers do not switch suppliers overnight. Studies of past tariff changes (Boehm, Levchenko and Pandalai-Nayar, 2023) find a trade elasticity of about −0.76 after one year and −1.75 to −2.25 in the long run, reached after 7 to 10 years. Version 1 applies the long-run elasticity from the first year, which overstates how many exports are lost early on.',
				'shortRunElasticity is the elasticity in the first year of the scenario; adjustmentYears N is the year in which the long-run value, elasticity, is reached. In between the elasticity moves in a straight line. Year 1 is the scenario’s first year, not the year a tariff began.',
				'Why it matters: early years weigh most in present value. In the review of version 1, a phase-in from −0.76 to −1.75 over 8 years cut the present value of the tariff benefit from $116.8bn to $107.6bn and turned the default verdict from +$2.4bn to −$6.8bn. With N = 1, the default, every year uses elasticity and the result is that of version 1; shortRunElasticity then has no effect (left out, it equals elasticity).'
			],
			formulas: [
				'eL = elasticity,   eS = shortRunElasticity,   N = adjustmentYears',
				'e_i = eS + (eL − eS) × min(1, (i − 1) / (N − 1))',
				'N = 1  ⇒  e_i = eL'
			]
		},
		{
			id: 'competitors',
			heading: 'Competitors: a tariff relative to Japan’s and the EU’s',
			paragraphs: [
				'In version 1, a tariff on Korean goods cuts US purchases as if no other supplier’s tariff mattered. But much of what the deal buys is parity: Japan and the EU also got 15%. If Korea paid 25% while its competitors paid 15%, US buyers would switch to them; if everyone paid 25%, they would mostly buy less of everything.',
				'Version 2 can model this with a two-level (Armington) demand, the form used by the World Bank’s WITS/SMART and by the USITC’s partial-equilibrium models. US buyers first choose how much to import in total, at the price index of all imports of the goods, with the elasticity e_i; then they divide it between Korean and competing goods by their relative price, with the substitution elasticity σ (substitutionElasticity, 1.01 to 20; product-level estimates centre around 5, Fontagné, Guimbard and Orefice). shareOfUsImports s is Korea’s share of US imports of the sector’s goods in the base year. Competitors’ tariffs are set for each world (competitorTariffNoDeal, competitorTariffDeal, numbers or paths) and for the base year (competitorTariffBaseline); the competitors’ price is their tariff paid by US buyers at the same share b.',
				'Why it matters: with competitors at 15%, a 25% tariff on Korea costs far more exports than the same 25% on everyone. In the review of version 1, with σ = 5 and a small share, Korean exports at 25% against competitors at 15% came out about 30% below those at 15%, against 12% in the one-level formula.',
				'Defaults: a sector without shareOfUsImports keeps the one-level formula, and shareOfUsImports needs substitutionElasticity. Without them, as in every version-1 scenario, nothing changes. Competitors’ tariffs left out equal Korea’s own in each world (and tariffBaseline in the base year); then pC = pK and the formula gives version 1’s result, up to rounding.'
			],
			formulas: [
				's = shareOfUsImports,   σ = substitutionElasticity',
				'tc = competitorTariffNoDeal | competitorTariffDeal,   tcb = competitorTariffBaseline',
				'pK = (1 + b × τ) / (1 + b × tb)',
				'pC = (1 + b × tc) / (1 + b × tcb)',
				'PM = (s × pK^(1 − σ) + (1 − s) × pC^(1 − σ))^(1 / (1 − σ))',
				'X_i(τ) = X0_i × (pK / PM)^(−σ) × PM^e_i',
				'pC = pK  ⇒  PM = pK,   X_i(τ) = X0_i × pK^e_i'
			]
		},
		{
			id: 'deal-risk',
			heading: 'Deal risk: the tariff terms may end',
			paragraphs: [
				'The lower tariffs are a promise that can be withdrawn, while the payments are set in the MOU, and Korea passed a law in March 2026 to carry them out. In 2026 alone, the deal’s tariffs were threatened with a return to 25% in January, and in February the Supreme Court voided the legal basis of most of them. Version 1 treats the tariff gap as certain for the whole horizon; version 2 weighs it by the chance that the terms still hold.',
				'hazard is the yearly probability that the deal’s tariff terms end: by a court, a new administration or a broken promise. endYear, if set, is the last calendar year in which they can hold (2028, for instance, for terms that end with the current US administration in January 2029). S_i is the probability that the terms still hold in year i. The tariff benefit of each year becomes an expected value: S_i times the benefit if they hold, since it is nil once they have ended. Exports and tariff costs are still reported as they would be in each world; only the benefit, and what is built on it (dealNet, npvTariffBenefit, npvDeal), is an expected value.',
				'paymentsContinue is the share of scheduled payments Korea still makes once the terms have ended: 1 if it keeps paying as agreed, 0 if it stops (the MOU lets Korea decline a project, at the risk of a tariff of the President’s choosing). Each tranche’s schedule is worked out first, exactly as above; then each payment D_v is weighted by w_v, the share of it that is expected to be made. Once made, a vintage follows its rules without further weighting: later chances change only the tariff benefit.',
				'Why it matters: the verdict compares a certain cost with an uncertain benefit. In the review of version 1, a tariff gap ending after 2028 with payments continuing turned the default verdict from +$2.4bn to −$93.8bn (−$16.1bn if payments stop too), and a yearly hazard of only 0.24% was enough to turn its sign. With hazard 0 and no endYear, the default, S_i = w_i = 1 and every result is that of version 1.'
			],
			formulas: [
				'S_i = (1 − hazard)^(i − 1)',
				'S_i = 0   (startYear + i − 1 > endYear)',
				'tariffBenefit_i = S_i × (tariffCostNoDeal_i − tariffCostDeal_i)',
				'w_v = S_v + (1 − S_v) × paymentsContinue',
				'D_v ← w_v × D_v',
				'undisbursed = A − Σ_v w_v × D_v',
				'hazard = 0,   endYear = null  ⇒  S_i = w_i = 1'
			]
		},
		{
			id: 'results',
			heading: 'What the results mean',
			paragraphs: [
				'Every result is a sum over all tranches and vintages, year by year, in nominal US dollar billions. d is the scenario’s discount rate; present values are taken at the start of the first year.'
			],
			terms: [
				{
					term: 'Net cash flow',
					text: 'What Korea receives in the year (its distributions, interest, repayments, fees, US compensation and payments at the horizon) minus what it pays in and the guarantee calls it pays.',
					formulas: ['netCashFlow_i = koreaInflow_i − disbursed_i − calls_i']
				},
				{
					term: 'Net exposure',
					text: 'How much Korea is out of pocket so far: the running sum of net cash flows, with the sign turned. It is also shown against GDP and FX reserves of the same year. Peak net exposure is its largest value, in the first year it occurs.',
					formulas: ['netExposure_i = −(netCashFlow_1 + … + netCashFlow_i)']
				},
				{
					term: 'Payback year',
					text: 'The first year from which net exposure stays at or below zero to the end of the horizon, and not before the first outlay (i0, the first year with a payment or a call). If net exposure is still above zero at the horizon, there is none.',
					formulas: ['paybackYear = min{ i ≥ i0 : netExposure_j ≤ 0 ∀ j = i … H }']
				},
				{
					term: 'Present value of the investment',
					text: 'Payments discounted from the start of their year; receipts minus calls from its end; plus what is left after the horizon (continuation, above; 0 by default).',
					formulas: [
						'npvInvestment = Σ [ −disbursed_i / (1 + d)^(i − 1) + (koreaInflow_i − calls_i) / (1 + d)^i ] + npvTerminal'
					]
				},
				{
					term: 'Present value of the tariff benefit',
					text: 'Each year’s tariff benefit, an expected value when the terms may end, discounted from the end of the year.',
					formulas: ['npvTariffBenefit = Σ tariffBenefit_i / (1 + d)^i']
				},
				{
					term: 'Present value of the deal',
					text: 'The sum of the two: the nation’s view. Above zero, the deal is worth more to Korea than no deal.',
					formulas: ['npvDeal = npvInvestment + npvTariffBenefit']
				},
				{
					term: 'Break-even year',
					text: 'The first year from which the running sum of both present-value terms stays at or above zero to the end of the horizon. It counts only the flows within the horizon, not npvTerminal: a deal can be worth more than no deal and still have no break-even year. If the sum is below zero at the horizon, there is none.',
					formulas: [
						'C_i = Σ_(j = 1 … i) [ −disbursed_j / (1 + d)^(j − 1) + (koreaInflow_j − calls_j + tariffBenefit_j) / (1 + d)^j ]',
						'breakEvenYear = min{ i : C_j ≥ 0 ∀ j = i … H }'
					]
				}
			]
		},
		{
			id: 'fiscal-view',
			heading: 'The state’s view: the investment against the taxes',
			paragraphs: [
				'npvDeal adds two things that land in different pockets. The investment is the state’s money (reserve income, government-guaranteed bonds); the tariff benefit is income that exporters, their workers and suppliers keep. Of that income the state gets back only the taxes. npvFiscal counts the investment in full and the tariff benefit at the tax ratio.',
				'taxRatio is the share of national income the state collects. Korea’s national burden ratio, taxes and social contributions over GDP, was 25.3% in 2024 (OECD figures reported by Asia Economy), which makes a natural value. The fiscal view counts every tranche as the state’s, including the shipbuilding guarantees, some of which may in fact be carried by companies.',
				'Why it matters: a deal can be worth it for the country and still be a net cost to the budget, paid by the state and gained by exporters. That is a question of who gains, not of whether the nation does; npvDeal stays the verdict. In the review of version 1, the default’s +$2.4bn for the nation was about −$85bn for the state. The default taxRatio is 0: npvFiscal then equals npvInvestment and no version-1 result changes.'
			],
			formulas: [
				'npvFiscal = npvInvestment + taxRatio × npvTariffBenefit',
				'taxRatio = 0  ⇒  npvFiscal = npvInvestment'
			]
		},
		{
			id: 'tranche-results',
			heading: 'Each tranche: Korea’s return, the US share and the recoup year',
			paragraphs: [
				'The summary adds all tranches together. Version 2 also shows each tranche on its own, over the horizon and its continuation: what it is worth to Korea (npvKorea), what the profit split hands the US (npvUs), Korea’s return on its money (koreaIrr) and the year in which Korea has its money back (recoupYear). These are new results, not new inputs, and they change nothing else. Dw_v is a tranche’s weighted cash payment of year v (a guarantee pays none) and korea_t, us_t its flows to Korea and to the US.'
			],
			terms: [
				{
					term: 'Present value to Korea',
					text: 'The tranche’s own part of npvInvestment: its payments discounted from the start of their year, its receipts less calls from the end, continuation included. The tranches’ values add up to npvInvestment, to rounding.',
					formulas: [
						'npvKorea = Σ_v −Dw_v / (1 + d)^(v − 1) + Σ_(t = 1 … H+M) (korea_t − calls_t) / (1 + d)^t',
						'Σ npvKorea = npvInvestment'
					]
				},
				{
					term: 'What the split hands the US',
					text: 'The present value of the US part of the distributions; 0 unless the tranche is equity. The distributions themselves do not depend on how they are shared, so this is exactly what Korea would gain in present value if it kept them all: the cost of the split to Korea. In the review of version 1 it came to about $54bn within 20 years for the default.',
					formulas: ['npvUs = Σ_t us_t / (1 + d)^t', 'npvKorea(s1 = s2 = 1) = npvKorea + npvUs']
				},
				{
					term: 'Korea’s return on its money',
					text: 'koreaIrr is the rate at which the tranche is worth exactly zero to Korea: npvKorea computed at r instead of d. It is found by exactly 100 bisection steps between −99% and 100% a year, a zero counting as a change of sign. For a tranche that pays first and is paid back later, koreaIrr above d means npvKorea above zero. Analysts read the split as a loan to the US at a low rate (St. Louis Fed); in the review of version 1, Korea’s lifetime return on the default cash tranche, with a continuation value, was 0.87% a year. There is none for a guarantee, for a tranche that made no payment, or when the value is above zero at both ends of the interval or below zero at both.',
					formulas: [
						'f(r) = Σ_v −Dw_v / (1 + r)^(v − 1) + Σ_t (korea_t − calls_t) / (1 + r)^t',
						'lo = −0.99,   hi = 1,   mid = (lo + hi) / 2',
						'f(lo) × f(mid) > 0 ? lo ← mid : hi ← mid',
						'koreaIrr = mid_100'
					]
				},
				{
					term: 'Recoup year',
					text: 'Equity only: the first calendar year at whose end every vintage paid so far has nothing left to recoup (owed = 0, the terminal payment included) and no payment remains to be made. There is none if the tranche made no payment or that does not happen by the last year followed. In the review of version 1 the default cash tranche took 41 years.',
					formulas: ['recoupYear = min{ i ≤ H + M : owed_v = 0 ∀ v ≤ i,   Dw_v = 0 ∀ v > i }']
				}
			]
		},
		{
			id: 'hinges',
			heading: 'What the verdict hinges on',
			paragraphs: [
				'A present value of the deal close to zero says little on its own. It is the difference of two large numbers: in the version-1 default, +$2.4bn is −$114.4bn for the investment plus $116.8bn for the tariff benefit. Against present values of ±$100bn, a verdict a few billion dollars from zero is fragile: a small change in one input turns it.',
				'So the page shows what the verdict hinges on. It moves each main input across a range taken from the sources, or an assumption stated beside it where they give none (the tornado chart), with every other input held where it is, and ranks the inputs by their swing, how far apart the deal’s present values are at the two ends. For the three inputs with the largest swing whose range can turn the verdict, it finds by bisection the value at which npvDeal is exactly zero, the switching value, and says it plainly: the verdict turns negative if the discount rate is above this value, for instance. The yearly chance that the deal’s terms end (hazard) is swept from 0 to 20%, since no source gives a probability.',
				'Read a switching value against the range its source gives: inside that range, the verdict is not robust; far outside it, it is. In the review of version 1, the default’s verdict turned at a discount rate of 4.24%, an elasticity of −1.68, an equity return of 5.73% or a yearly hazard of 0.24%, all well inside their ranges. Each switching value holds the other inputs where they are; two inputs moving together can turn the verdict sooner.'
			],
			formulas: ['swing(x) = |npvDeal(x_high) − npvDeal(x_low)|', 'npvDeal(x*) = 0', '2.4 = −114.4 + 116.8']
		},
		{
			id: 'wsj-6-5',
			heading: 'Why the WSJ’s “6.5% of GDP” is not the peak exposure shown here',
			paragraphs: [
				'On 21 October 2025 a Wall Street Journal editorial, citing Piper Sandler, put Korea’s $350bn at “6.5% of GDP over the remaining three years of Trump’s term”. We read it in a re-publication; neither the original page nor Piper Sandler’s method was seen. It described the US demand of September 2025, made before the Gyeongju summit: the whole $350bn in cash, up front. Read as a yearly figure it adds up: $350bn over three years is about $117bn a year, and 6.5% of GDP then implies a GDP of about $1.79 trillion, roughly the IMF’s April 2025 estimate for 2025. The same reading gives Japan’s 4.4% a year for $550bn. The whole $350bn against one year’s GDP would be about 19%, close to the “about 20% of GDP” of Korean reports.',
				'Peak net exposure measures something else, for four reasons. First, the signed MOU is not the demand: $200bn in cash, paid by capital call and capped at $20bn in any calendar year, so over at least ten years, at most about 1.07% of 2025 GDP in any year. Second, exposure is net: from the first payment, Korea’s share of the distributions and the US compensation come back, and they are subtracted from what has been paid. Third, it is cumulative and divided by GDP of the same year, which grows in dollars with nominal growth less the won’s depreciation, so a stock reached in the 2030s is set against a larger GDP than 2025’s. Fourth, the $150bn for shipbuilding (MASGA) is guarantees: no cash goes out when they are given, only calls count, and the guaranteed balance is shown as contingent, not as exposure.',
				'So the WSJ’s figure is a gross yearly outlay. Its counterpart here is the largest yearly outlay against GDP (peakDisbursedToGdp), about 1.03% under the Nov 2025 MOU, not the peak net exposure. The “US demand, Sep 2025” preset sets up the WSJ’s case ($350bn in cash, evenly over three years): its largest yearly outlay comes close to 6.5%, and what is left of the difference is the GDP in the denominator. The two headline numbers can look alike by accident. Under the Nov 2025 MOU, peak net exposure is $168bn in 2035, 6.16% of that year’s GDP: a net stock ten years on, not a yearly gross flow, so it neither confirms nor corrects the 6.5%.'
			],
			formulas: [
				'6.5% ≈ (350 / 3) / 1,795',
				'4.4% ≈ (550 / 3) / 4,200',
				'18.7% ≈ 350 / 1,870',
				'1.07% ≈ 20 / 1,870',
				'disbursedToGdp_i = disbursed_i / gdpUsd_i',
				'netExposure_i = Σ_(j = 1 … i) (disbursed_j + calls_j − koreaInflow_j)',
				'peakNetExposureToGdp = max_i netExposure_i / gdpUsd_i',
				'gdpUsd_i = gdpUsd_0 × ((1 + n) / (1 + fxDrift))^i'
			]
		},
		{
			id: 'limits',
			heading: 'What the model is not',
			paragraphs: [
				'A transparent accounting tool, not a forecast. It does not predict which projects will be chosen, what they will earn, or whether the tariffs will change again (after the deal, they were shaken twice in early 2026). Tariff paths and deal risk let you state a view on the tariffs, but the calculator picks no probability for you. Every number on screen comes from the inputs through the rules above: change an input and you see what depends on it.',
				'It leaves out, on purpose: how Korea funds its payments (income on its reserves, government-guaranteed bonds) and what that costs; effects on the exchange rate, markets or growth; second-round trade effects (other markets, supply chains, retaliation) beyond the competitors’ tariffs; what Korean firms earn as suppliers to the projects; and any strategic or security value of the alliance. GDP and reserves give scale only.',
				'Returns, loss rates and recovery are constant yearly rates, the same for every vintage; real projects are lumpier. Read each result as “if these inputs, then this”, and see how far it moves when you change them.'
			]
		}
	],
	defaults: {
		id: 'defaults',
		heading: 'Defaults and their sources',
		intro:
			'Each preset is a complete scenario. The calculator’s default, below, lists every field with the value the calculator starts from and, where it comes from a public source, that source, its date and a link. Each other preset has a page of its own that lists the fields where it differs from the default. Rates are shown as percent. A field without a source is an assumption of the preset or the model’s default: change it and see what follows.',
		field: 'Field',
		value: 'Value',
		source: 'Source',
		date: 'Date',
		caption: '{title}: fields, values and sources',
		scenario: 'Scenario',
		tranche: 'Tranche {n}: {name}',
		sector: 'Sector {n}: {name}',
		modelDefault: 'model default',
		noSource: 'No source listed',
		sourceFor: 'source given for {path}',
		otherSources: 'Other sources of this preset',
		newTab: '(opens in a new tab)',
		changesOnly:
			'Only the fields whose value or source differs from “{base}” are listed; every other field has the same value and source as there.',
		noChanges: 'Every field has the same value and source as in “{base}”.',
		otherPresets: 'The other presets: what each changes, and its sources',
		back: 'Sources and method',
		openInCalculator: 'Open this preset in the calculator'
	}
};
