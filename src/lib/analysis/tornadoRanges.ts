/**
 * The ranges the tornado chart sweeps, each from the literature or the deal's record in
 * shared/research/deal-facts.md, with the note the page shows beside its bar.
 */

/** One input's range: fixed ends from the sources, or a spread around the current value. */
export type TornadoSpec = {
	/** A lever id (see leverById). */
	lever: string;
	/** Where the ends come from, shown beside the bar. */
	source: string;
} & ({ low: string; high: string } | { spread: string });

/** The default tornado: the main inputs, with sourced ends. */
export const DEFAULT_TORNADO_SPECS: readonly TornadoSpec[] = [
	{
		lever: 'trade.elasticity',
		low: '-2.25',
		high: '-0.76',
		source:
			'Boehm, Levchenko and Pandalai-Nayar (AER 2023): trade elasticity -0.76 after one year, -1.75 to -2.25 in the long run (deal-facts.md §5).'
	},
	{
		lever: 'trade.exporterAbsorption',
		low: '0',
		high: '0.26',
		source:
			"0: complete pass-through to US buyers (Amiti, Redding and Weinstein 2019; Fajgelbaum et al. 2020). 0.26: the price cut implied by Japan's car exports in July 2025; Goldman Sachs puts exporters' share at 14-18% (deal-facts.md §5, §6.11)."
	},
	{
		lever: 'tranches[0].returnRate',
		low: '0.041',
		high: '0.111',
		source:
			"4.1%: sovereign funds' actual yearly return (Invesco); 11.1%: private infrastructure funds, 5 years to Q1 2025 (PitchBook). KIC: 4.75% since inception (deal-facts.md §5)."
	},
	{
		lever: 'tranches[0].lossRate',
		low: '0.0013',
		high: '0.02',
		source:
			"0.13% a year: Moody's project-finance loans, about 1.3% lost over 10 years. 2% a year: an assumption; strategic funds often miss their goals but no loss rate was found (deal-facts.md §5)."
	},
	{
		lever: 'trade.sectors[*].tariffDeal',
		low: '0.1',
		high: '0.25',
		source:
			"10%: the Section 122 surcharge after the Supreme Court voided the IEEPA tariffs (Feb 2026). 25%: Trump's January 2026 threat to restore 25% (deal-facts.md §1d, §6.10)."
	},
	{
		lever: 'tranches[0].koreaShareAfterRecoup',
		low: '0.1',
		high: '0.5',
		source:
			"10%: the MOU's 90:10 split after recoup. 50%: the 50:50 split kept, as the readjustment clause allows if recovery is slow (deal-facts.md §1c, §6.2)."
	},
	{
		lever: 'tranches[0].koreaShareBeforeRecoup',
		low: '0.1',
		high: '0.5',
		source:
			"10%: the US's July 2025 demand (90:10 before recoup too). 50%: the MOU's 50:50 until recouped (deal-facts.md §1c, §6.2)."
	},
	{
		lever: 'tranches[0].recoupInterest',
		low: '0',
		high: '0.04',
		source:
			"0: principal only, as Korean reports say. 4%: an assumed deemed interest like Japan's MOU, whose rate was not found (deal-facts.md §6.2)."
	},
	{
		lever: 'discountRate',
		spread: '0.02',
		source:
			'An assumption: 2 points either side. deal-facts.md gives no discount rate; KIC has earned 4.75% a year since inception.'
	},
	{
		lever: 'economy.realGrowth',
		low: '0.009',
		high: '0.022',
		source:
			"0.9%: the IMF's 2025 forecast (actual 2025: 1.0%). 2.2%: the OECD's 2026 forecast; BoK and IMF say 1.8% (deal-facts.md §3, §6.9)."
	},
	{
		lever: 'economy.fxDrift',
		spread: '0.02',
		source:
			'An assumption: 2% a year either way, kept up over the horizon. For scale, the yearly average rose 4.3% from 2024 to 2025, KRW 1,363.98 to 1,422.16 per USD (deal-facts.md §3).'
	}
];
