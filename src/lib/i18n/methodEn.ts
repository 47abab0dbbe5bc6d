/** The Sources & method page in English (MODEL.md v1 in plain words). */
import type { MethodContent } from './method';

export const methodEn: MethodContent = {
	toc: 'On this page',
	sections: [
		{
			id: 'scenario',
			heading: 'What a scenario is',
			paragraphs: [
				'A scenario is one choice on each of the four levers Seoul and Washington argued over in 2025: the structure of the pledge (cash equity, or loans and guarantees), its amount, its timetable, and how losses and dividends are shared. Add a view of Korea’s economy and of the tariffs, and the engine turns it into year-by-year cash flows and exposure, and into one verdict: is the deal worth more to Korea than no deal, in present value?',
				'The pledge is split into up to eight tranches, each with one structure, an amount in US dollar billions and a timetable. Korean exports to the US are split into up to twelve sectors, each with its exports and three tariffs: before 2025, with no deal and with the deal. A scenario travels as a JSON file or inside a share link. One that breaks any range is rejected as a whole, with one message per problem naming the field; nothing is silently clamped.',
				'Money is in US dollar billions, except GDP, which is in Korean won trillions. Rates and shares are fractions inside the model (0.15 is 15%) and percent on screen. Arithmetic is decimal, with 40 significant digits; values are rounded only when they are shown or exported.'
			]
		},
		{
			id: 'timing',
			heading: 'Years and timing',
			paragraphs: [
				'A scenario covers H years, the horizon. Year i = 1 … H is the calendar year startYear + i − 1. Year 0 is the base year, the year before the first: every base-year input (GDP, exchange rate, reserves, exports) is a value of that year.',
				'Payments into the pledge are made at the start of a year. Everything else happens at its end: returns, losses, repayments, fees, guarantee calls, US compensation and tariff effects. So, at the discount rate d, a payment is discounted one year less than the money that comes back in the same year.'
			],
			formulas: [
				'calendar year of year i = startYear + i − 1',
				'value today of 1 paid at the start of year i    = 1 / (1 + d)^(i − 1)',
				'value today of 1 received at the end of year i  = 1 / (1 + d)^i'
			]
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
					formulas: ['D_i = A / N   for i = 1 + delay … N + delay']
				},
				{
					term: 'Up to an annual cap',
					text: 'C a year until the amount is used up; the last payment is what remains. The joint fact sheet of November 2025 caps Korea’s cash payments at $20 billion a calendar year.',
					formulas: ['D_i = min(C, A − earlier payments)']
				},
				{
					term: 'Year by year',
					text: 'You enter each year’s payment; the amount is their sum.',
					formulas: ['D_(delay + j) = a_j', 'A = a_1 + … + a_m']
				},
				{
					term: 'Formula',
					text: 'A formula in t (1 in the first payment year, 2 in the next, …), A and H gives each year’s payment, never below zero and never more than what is left. Formulas travel in share links, so they are treated as untrusted input: only numbers, t, A and H, arithmetic, comparisons, a ? b : c and the functions min, max, abs, floor, ceil, round, sqrt, exp and log are allowed. Anything else is rejected before the formula is evaluated.',
					formulas: ['D_i = max(0, min(f(t, A, H), A − earlier payments))', 't = i − delay']
				}
			]
		},
		{
			id: 'equity',
			heading: 'Cash equity: vintages, losses and the recoup rule',
			paragraphs: [
				'Each year’s payment D_v is followed as a project of its own, a vintage, from year v to the end of the horizon. Its balance starts at D_v. Every year the loss and the distribution are taken on the opening balance, and then the balance falls by the loss.'
			],
			terms: [
				{
					term: 'Loss',
					text: 'A share of the opening balance, the yearly loss rate, is written off.',
					formulas: ['L = lossRate × bal', 'bal ← bal − L   (after the distribution)']
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
					text: 'It starts at the payment. Every year it first grows by the deemed interest rate (Japan’s MOU adds such a rate to what Japan must recover; 0 means principal only), then falls by the US compensation and by Korea’s part of the distribution, never below zero.',
					formulas: ['owed ← max(0, owed × (1 + recoupInterest) − comp)', 'owed ← max(0, owed − Korea’s part)']
				},
				{
					term: 'The split',
					text: 'Korea gets the share s1 of distributions until it has recouped, and s2 after (the Korea–US MOU: 50% until recouped, then 10%). The part of a distribution that completes the recoup is shared at s1, the rest at s2. The US gets whatever is not Korea’s.',
					formulas: [
						'Korea’s part = split(G, owed)',
						'split(x, R) = s2 × x                   if R = 0',
						'            = s1 × x                   if s1 × x ≤ R',
						'            = R + s2 × (x − R / s1)    otherwise'
					]
				},
				{
					term: 'At the horizon',
					text: 'In the last year, a share of the remaining balance, the recovery at the horizon, is paid out as a final distribution and split the same way. With 0, the capital still invested at the horizon counts as worth nothing to Korea.',
					formulas: ['P = terminalRecovery × bal   (year H only)']
				}
			]
		},
		{
			id: 'loans',
			heading: 'Loans',
			paragraphs: [
				'Korea lends. Interest and repayments are Korea’s alone, with no split. Each year’s payment is again a vintage of its own, living from year v for tenor years, or to the horizon if that comes first.'
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
					formulas: ['repay = P / (v + tenor − i)   from year v + grace on, else 0']
				},
				{
					term: 'Cash to Korea',
					text: 'If the horizon ends before the loan does, the recovery at the horizon is paid on the balance left, in year H.',
					formulas: ['Korea receives interest + repay + comp', 'bal ← P − repay']
				}
			]
		},
		{
			id: 'guarantees',
			heading: 'Guarantees',
			paragraphs: [
				'Korea backs loans that others make (ship financing, for instance). No cash goes out when a guarantee is given: it counts as guaranteed, not paid in. The guaranteed balance has the same life and amortisation as a loan.'
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
					formulas: ['P = bal − L', 'fee = returnRate × P', 'Korea receives fee + comp']
				},
				{
					term: 'Contingent liability',
					text: 'What is still guaranteed after the year’s repayment: not money spent, but money Korea may yet have to pay.',
					formulas: ['contingent = bal ← P − repay']
				}
			]
		},
		{
			id: 'economy',
			heading: 'Korea’s economy',
			paragraphs: [
				'GDP, the exchange rate and FX reserves give scale only: they turn dollar amounts into shares of GDP and of reserves, and GDP into dollars. They do not feed back into the deal’s cash flows. Nominal GDP grows with real growth and the GDP deflator; the won–dollar rate moves by a fixed share a year (above zero: a weaker won).'
			],
			formulas: [
				'n = (1 + realGrowth) × (1 + inflation) − 1',
				'gdpKrw_i   = gdp0 × (1 + n)^i                  KRW trn',
				'fx_i       = fx0 × (1 + fxDrift)^i             KRW per USD',
				'gdpUsd_i   = gdpKrw_i × 1000 / fx_i            USD bn',
				'reserves_i = reserves0 × (1 + reservesGrowth)^i  USD bn'
			]
		},
		{
			id: 'trade',
			heading: 'Tariffs and trade',
			paragraphs: [
				'Korean exports to the US are split into sectors. a is the share of the tariff that Korean exporters absorb, e the US import demand elasticity, v the Korean value added per dollar of exports, and tb a sector’s tariff before 2025.'
			],
			terms: [
				{
					term: 'Exports at the baseline tariff',
					text: 'Each sector’s exports grow at their own rate.',
					formulas: ['X0_i = exports0 × (1 + growth)^i']
				},
				{
					term: 'Exports at a tariff τ',
					text: 'US buyers pay the share b = 1 − a of the tariff. The higher price cuts volumes with the elasticity e (at −1, a 1% higher price means about 1% fewer exports).',
					formulas: ['X_i(τ) = X0_i × ((1 + b × τ) / (1 + b × tb))^e']
				},
				{
					term: 'Cost of a tariff to Korea',
					text: 'The value added lost with the exports no longer sold, plus the tariff that Korean exporters absorb in lower prices, both measured against the baseline.',
					formulas: ['cost_i(τ) = v × (X0_i − X_i(τ)) + a × (τ × X_i(τ) − tb × X0_i)']
				},
				{
					term: 'Tariff benefit of the deal',
					text: 'The cost with no deal minus the cost with the deal, summed over sectors. With every tariff at the baseline, every cost is exactly zero.',
					formulas: ['tariffBenefit_i = Σ cost_i(tariffNoDeal) − Σ cost_i(tariffDeal)']
				}
			]
		},
		{
			id: 'results',
			heading: 'What the results mean',
			paragraphs: [
				'Every result is a sum over all tranches and vintages, year by year. d is the discount rate; present values are taken at the start of the first year.'
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
					text: 'The first year from which net exposure stays at or below zero to the end of the horizon, and not before the first outlay. If net exposure is still above zero at the horizon, there is none.',
					formulas: ['paybackYear = first year from which netExposure ≤ 0 in every later year']
				},
				{
					term: 'Present value of the investment',
					text: 'Payments discounted from the start of their year; receipts minus calls from its end.',
					formulas: ['npvInvestment = Σ [ −disbursed_i / (1 + d)^(i − 1) + (koreaInflow_i − calls_i) / (1 + d)^i ]']
				},
				{
					term: 'Present value of the tariff benefit',
					text: 'Each year’s tariff benefit, discounted from the end of the year.',
					formulas: ['npvTariffBenefit = Σ tariffBenefit_i / (1 + d)^i']
				},
				{
					term: 'Present value of the deal',
					text: 'The sum of the two. Above zero, the deal is worth more to Korea than no deal.',
					formulas: ['npvDeal = npvInvestment + npvTariffBenefit']
				},
				{
					term: 'Break-even year',
					text: 'The first year from which the running sum of both present-value terms stays at or above zero to the end of the horizon. If the sum is below zero at the horizon, there is none.',
					formulas: [
						'C_i = both present-value terms summed over years 1 … i',
						'breakEvenYear = first year from which C ≥ 0 in every later year'
					]
				}
			]
		},
		{
			id: 'limits',
			heading: 'What the model is not',
			paragraphs: [
				'A transparent accounting tool, not a forecast. It does not predict which projects will be chosen, what they will earn, or whether the tariffs will change again (after the deal, they were shaken twice in early 2026). Every number on screen comes from the inputs through the rules above: change an input and you see what depends on it.',
				'It leaves out, on purpose: how Korea funds its payments (income on its reserves, government-guaranteed bonds) and what that costs; effects on the exchange rate, markets or growth; second-round trade effects (other markets, supply chains, retaliation); what Korean firms earn as suppliers to the projects; and any strategic or security value of the alliance. GDP and reserves give scale only.',
				'Returns, loss rates and recovery are constant yearly rates, the same for every vintage; real projects are lumpier. Read each result as “if these inputs, then this”, and see how far it moves when you change them.'
			]
		}
	],
	defaults: {
		id: 'defaults',
		heading: 'Defaults and their sources',
		intro:
			'Each preset below is a complete scenario. Every field is listed with the value the calculator starts from and, where it comes from a public source, that source, its date and a link. Rates are shown as percent. A field without a source is an assumption of the preset or the model’s default: change it and see what follows.',
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
		newTab: '(opens in a new tab)'
	}
};
