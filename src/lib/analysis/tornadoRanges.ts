/**
 * The ranges the tornado chart sweeps, each from the literature or the deal's record in
 * shared/research/deal-facts.md; the note the page shows beside its bar is the message
 * tornado.source.<lever> (i18n, in English and Korean).
 */

/** One input's range: fixed ends from the sources, or a spread around the current value. */
export type TornadoSpec = {
	/** A lever id (see leverById). */
	lever: string;
} & ({ low: string; high: string } | { spread: string });

/** The default tornado: the main inputs, with sourced ends. */
export const DEFAULT_TORNADO_SPECS: readonly TornadoSpec[] = [
	{
		lever: 'trade.elasticity',
		low: '-2.25',
		high: '-0.76'
	},
	{
		lever: 'trade.exporterAbsorption',
		low: '0',
		high: '0.26'
	},
	{
		lever: 'tranches[0].returnRate',
		low: '0.041',
		high: '0.111'
	},
	{
		lever: 'tranches[0].lossRate',
		low: '0.0013',
		high: '0.02'
	},
	{
		lever: 'trade.sectors[*].tariffDeal',
		low: '0.1',
		high: '0.25'
	},
	{
		lever: 'tranches[0].koreaShareAfterRecoup',
		low: '0.1',
		high: '0.5'
	},
	{
		lever: 'tranches[0].koreaShareBeforeRecoup',
		low: '0.1',
		high: '0.5'
	},
	{
		lever: 'tranches[0].recoupInterest',
		low: '0',
		high: '0.04'
	},
	{
		lever: 'discountRate',
		spread: '0.02'
	},
	{
		lever: 'economy.realGrowth',
		low: '0.009',
		high: '0.022'
	},
	{
		lever: 'economy.fxDrift',
		spread: '0.02'
	}
];
