/**
 * fast-check arbitraries of random VALID Scenario JSON documents (MODEL.md "Scenario JSON"),
 * shared by the property tests. Every instrument, every schedule mode (formulas included),
 * delays, 0..8 tranches, 0..12 sectors, horizons 1..50 (mostly short, so properties stay
 * fast). Rates are decimal strings; amounts and economy values are sometimes JSON numbers.
 * `v2ScenarioJson` adds the version-2 fields (MODEL.md v2), each sometimes absent: tariff
 * paths of 1..4 steps (some before the start or after the horizon), legal bases,
 * competitors (shareOfUsImports with substitutionElasticity, competitors' tariffs as
 * numbers or paths, or ignored where there is no share), the phased-in elasticity, deal
 * risk (hazard, endYear before, inside or after the horizon, paymentsContinue),
 * continuationYears 0..40 and the tax ratio.
 */
import fc from 'fast-check';
import { Decimal, LEGAL_BASES } from '../../../src/lib/model/index';
import type {
	Instrument,
	LegalBasis,
	Num,
	ScenarioJson,
	ScheduleJson,
	SectorJson,
	TariffJson,
	TariffStepJson,
	TrancheJson
} from '../../../src/lib/model/index';

/** Formulas that pass the allow-list and give finite values for every t, A and H. */
export const SAFE_FORMULAS: readonly string[] = [
	'A/4',
	'min(10, t*5)',
	't < 3 ? 20 : 5',
	'A/H',
	'20 - 5*t',
	'max(1, floor(A/3))',
	'sqrt(t) * 10',
	'round(A * 0.15 * t)',
	'abs(7 - 2*t) + 1',
	't % 2 == 0 ? A/5 : 0'
];

const opts = { noNullPrototype: true } as const;

/** A decimal string n / 10^scale for an integer n in [min, max]. */
export function decimalString(min: number, max: number, scale = 3): fc.Arbitrary<string> {
	const unit = new Decimal(10).pow(-scale);
	return fc.integer({ min, max }).map((n) => new Decimal(n).times(unit).toString());
}

/** A fraction in [0, 1]: often a round edge (0 or 1), otherwise three decimals. */
export const fraction: fc.Arbitrary<string> = fc.oneof(
	{ weight: 1, arbitrary: fc.constantFrom('0', '1') },
	{ weight: 5, arbitrary: decimalString(0, 1000, 3) }
);

/** A small rate in [0, 0.2], as rates usually are, with some anywhere in [0, 1]. */
export const rate: fc.Arbitrary<string> = fc.oneof(
	{ weight: 4, arbitrary: decimalString(0, 2000, 4) },
	{ weight: 1, arbitrary: fraction }
);

/** Sometimes the JSON number of a decimal string (when it is exact), else the string. */
function numOrString(arb: fc.Arbitrary<string>): fc.Arbitrary<Num> {
	return fc.tuple(arb, fc.boolean()).map(([s, asNumber]) => (asNumber && String(Number(s)) === s ? Number(s) : s));
}

/** USD bn: mostly tens to hundreds, sometimes 0 or up to the maximum of 10000. */
export const amount: fc.Arbitrary<Num> = numOrString(
	fc.oneof(
		{ weight: 1, arbitrary: fc.constant('0') },
		{ weight: 8, arbitrary: decimalString(1, 500_000, 3) },
		{ weight: 1, arbitrary: decimalString(0, 10_000, 0) }
	)
);

/** Optional `delay`: usually none or small, sometimes past the horizon. */
const delay = fc.oneof(
	{ weight: 5, arbitrary: fc.constant(undefined) },
	{ weight: 4, arbitrary: fc.integer({ min: 0, max: 4 }) },
	{ weight: 1, arbitrary: fc.integer({ min: 0, max: 49 }) }
);

const withDelay = (s: ScheduleJson, d: number | undefined): ScheduleJson => (d === undefined ? s : { ...s, delay: d });

/** A schedule of any mode. */
export const schedule: fc.Arbitrary<ScheduleJson> = fc
	.tuple(
		fc.oneof(
			fc.constant<ScheduleJson>({ mode: 'upfront' }),
			fc
				.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 6 }) }, fc.integer({ min: 1, max: 50 }))
				.map((years): ScheduleJson => ({ mode: 'even', years })),
			numOrString(decimalString(1, 300_000, 3)).map((cap): ScheduleJson => ({ mode: 'cap', cap })),
			fc
				.array(numOrString(fc.oneof(fc.constant('0'), decimalString(0, 100_000, 2))), {
					minLength: 1,
					maxLength: 12
				})
				.map((amounts): ScheduleJson => ({ mode: 'custom', amounts })),
			fc.constantFrom(...SAFE_FORMULAS).map((expr): ScheduleJson => ({ mode: 'formula', expr }))
		),
		delay
	)
	.map(([s, d]) => withDelay(s, d));

/** Loan and guarantee life: tenor 1..50 (mostly short), grace 0..tenor-1. */
const tenorAndGrace = fc
	.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 8 }) }, fc.integer({ min: 1, max: 50 }))
	.chain((tenor) => fc.record({ tenor: fc.constant(tenor), grace: fc.integer({ min: 0, max: tenor - 1 }) }, opts));

/** The fields every tranche has, for a given instrument. */
function baseTranche(instrument: Instrument) {
	return fc.record(
		{
			name: fc.string({ minLength: 1, maxLength: 12 }),
			instrument: fc.constant(instrument),
			amount,
			schedule,
			returnRate: rate,
			lossRate: fc.oneof({ weight: 3, arbitrary: decimalString(0, 500, 4) }, fraction),
			koreaLossShare: fraction
		},
		{ ...opts, requiredKeys: ['name', 'instrument', 'amount', 'schedule', 'returnRate', 'lossRate'] }
	);
}

/** An equity tranche, with the recoup fields sometimes left to their defaults. */
export const equityTranche: fc.Arbitrary<TrancheJson> = fc
	.tuple(
		baseTranche('equity'),
		fc.record(
			{
				koreaShareBeforeRecoup: fraction,
				koreaShareAfterRecoup: fraction,
				recoupInterest: rate,
				terminalRecovery: fraction,
				tenor: fc.integer({ min: 1, max: 50 })
			},
			{ ...opts, requiredKeys: [] }
		)
	)
	.map(([base, extra]) => ({ ...base, ...extra }));

/** A loan or guarantee tranche; a guarantee sometimes carries an ignored terminalRecovery. */
export function creditTranche(instrument: 'loan' | 'guarantee'): fc.Arbitrary<TrancheJson> {
	return fc
		.tuple(
			baseTranche(instrument),
			fc.option(tenorAndGrace, { nil: undefined }),
			fc.record({ terminalRecovery: fraction, recoupInterest: rate }, { ...opts, requiredKeys: [] })
		)
		.map(([base, life, extra]) => ({ ...base, ...(life ?? {}), ...extra }));
}

/** A tranche of any instrument. */
export const tranche: fc.Arbitrary<TrancheJson> = fc.oneof(
	equityTranche,
	creditTranche('loan'),
	creditTranche('guarantee')
);

/** A tariff: mostly 0..0.5, sometimes anywhere up to the maximum of 5. */
const tariff = fc.oneof({ weight: 4, arbitrary: decimalString(0, 500, 3) }, decimalString(0, 5000, 3));

/** Korean exports to the US in one sector; sometimes the deal or no-deal tariff is the baseline. */
export const sector: fc.Arbitrary<SectorJson> = fc
	.record(
		{
			name: fc.string({ maxLength: 12 }),
			exports0: numOrString(
				fc.oneof({ weight: 4, arbitrary: decimalString(0, 200_000, 3) }, decimalString(0, 10_000, 0))
			),
			growth: fc.oneof({ weight: 4, arbitrary: decimalString(-100, 100, 3) }, decimalString(-500, 500, 3)),
			tariffBaseline: tariff,
			tariffNoDeal: tariff,
			tariffDeal: tariff,
			sameAsBaseline: fc.constantFrom('none', 'deal', 'noDeal')
		},
		opts
	)
	.map(({ sameAsBaseline, ...s }) => ({
		...s,
		tariffDeal: sameAsBaseline === 'deal' ? s.tariffBaseline : s.tariffDeal,
		tariffNoDeal: sameAsBaseline === 'noDeal' ? s.tariffBaseline : s.tariffNoDeal
	}));

/** Horizons 1..50, mostly short so that properties stay fast. */
export const horizon: fc.Arbitrary<number> = fc.oneof(
	{ weight: 10, arbitrary: fc.integer({ min: 1, max: 10 }) },
	{ weight: 3, arbitrary: fc.integer({ min: 11, max: 25 }) },
	{ weight: 1, arbitrary: fc.integer({ min: 26, max: 50 }) }
);

/** A discount rate in (-1, 1]: mostly 0..0.1, sometimes negative or large. */
export const discountRate: fc.Arbitrary<string> = fc.oneof(
	{ weight: 6, arbitrary: decimalString(0, 1000, 4) },
	{ weight: 1, arbitrary: decimalString(-999, 1000, 3) }
);

const yearlyChange = fc.oneof({ weight: 4, arbitrary: decimalString(-100, 100, 3) }, decimalString(-500, 500, 3));

export const economy: fc.Arbitrary<ScenarioJson['economy']> = fc.record(
	{
		gdp0: numOrString(decimalString(1, 5_000_000, 2)),
		realGrowth: yearlyChange,
		inflation: yearlyChange,
		fx0: numOrString(decimalString(1, 300_000, 2)),
		fxDrift: yearlyChange,
		reserves0: numOrString(decimalString(1, 100_000, 1)),
		reservesGrowth: yearlyChange
	},
	opts
);

/** The parts of a scenario a property may fix: its tranches or its sectors. */
export interface ScenarioParts {
	tranches?: fc.Arbitrary<TrancheJson[]>;
	sectors?: fc.Arbitrary<SectorJson[]>;
}

/** Random valid Scenario JSON v1 documents, with the given tranches and sectors if any. */
export function scenarioJson(parts: ScenarioParts = {}): fc.Arbitrary<ScenarioJson> {
	return fc
		.record(
			{
				name: fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
				startYear: fc.integer({ min: 2000, max: 2100 }),
				horizon,
				discountRate,
				economy,
				tranches: parts.tranches ?? fc.array(tranche, { maxLength: 8 }),
				trade: fc.record(
					{
						elasticity: fc.oneof(
							{ weight: 3, arbitrary: decimalString(-500, 0, 2) },
							{ weight: 1, arbitrary: decimalString(-20, 0, 0) },
							{ weight: 1, arbitrary: decimalString(-20_000, 0, 3) }
						),
						exporterAbsorption: fraction,
						valueAddedShare: fraction,
						sectors: parts.sectors ?? fc.array(sector, { maxLength: 12 })
					},
					opts
				)
			},
			opts
		)
		.map(({ name, ...rest }): ScenarioJson =>
			name === undefined ? { version: 1, ...rest } : { version: 1, name, ...rest }
		);
}

/** Random valid scenarios of every kind. */
export const validScenarioJson: fc.Arbitrary<ScenarioJson> = scenarioJson();

/* ---------------------------------------------------------------------------------------
 * Version 2 (MODEL.md v2): tariff paths, legal bases, competitors, the phased-in
 * elasticity, deal risk, continuation and the tax ratio, added to the v1 documents above.
 * ------------------------------------------------------------------------------------- */

/** A path's steps before they know the start year: an offset from it (may fall outside the horizon) and a rate. */
type PathShape = { offset: number; rate: string }[];

const pathShape: fc.Arbitrary<PathShape> = fc.array(
	fc.record(
		{
			offset: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -3, max: 12 }) }, fc.integer({ min: -30, max: 60 })),
			rate: tariff
		},
		opts
	),
	{ minLength: 1, maxLength: 4 }
);

/** A PATH from its shape: from = startYear + offset within 2000..2200, strictly increasing. */
function toPath(shape: PathShape, startYear: number): TariffStepJson[] {
	const steps: TariffStepJson[] = [];
	const sorted = [...shape].sort((x, y) => x.offset - y.offset);
	for (const { offset, rate } of sorted) {
		const from = Math.min(2200, Math.max(2000, startYear + offset));
		if (steps.length === 0 || from > Number(steps[steps.length - 1].from)) steps.push({ from, rate });
	}
	return steps;
}

/** A tariff as v2 allows it: a number, or a path of 1..4 steps. */
type TariffShape = { rate: string } | { path: PathShape };
const tariffShape: fc.Arbitrary<TariffShape> = fc.oneof(
	{ weight: 2, arbitrary: tariff.map((rate) => ({ rate })) },
	{ weight: 3, arbitrary: pathShape.map((path) => ({ path })) }
);
const toTariff = (shape: TariffShape, startYear: number): TariffJson =>
	'rate' in shape ? shape.rate : toPath(shape.path, startYear);

/** The v2 fields of one sector; the competitor fields are read only with a share (and sigma). */
interface SectorV2 {
	noDeal?: TariffShape;
	deal?: TariffShape;
	legalBasis?: LegalBasis;
	shareOfUsImports?: string;
	competitorTariffBaseline?: string;
	competitorTariffNoDeal?: TariffShape;
	competitorTariffDeal?: TariffShape;
}

const sectorV2: fc.Arbitrary<SectorV2> = fc.record(
	{
		noDeal: tariffShape,
		deal: tariffShape,
		legalBasis: fc.constantFrom(...LEGAL_BASES),
		shareOfUsImports: fc.oneof(fraction, decimalString(1, 300, 3)),
		competitorTariffBaseline: fc.oneof(fc.constantFrom('0', '0.025'), tariff),
		competitorTariffNoDeal: tariffShape,
		competitorTariffDeal: tariffShape
	},
	{ ...opts, requiredKeys: [] }
);

/** The scenario-wide v2 fields. */
interface ScenarioV2 {
	version: 1 | 2;
	taxRatio?: string;
	dealRisk?: { hazard?: string; endYearOffset?: number | null; paymentsContinue?: string };
	shortRunElasticity?: string;
	adjustmentYears?: number;
	substitutionElasticity?: string;
	continuationYears: (number | undefined)[];
	sectors: SectorV2[];
}

/** Continuation years 0..40: mostly none or a few. */
export const continuationYears: fc.Arbitrary<number | undefined> = fc.oneof(
	{ weight: 3, arbitrary: fc.constant(undefined) },
	{ weight: 1, arbitrary: fc.constant(0) },
	{ weight: 3, arbitrary: fc.integer({ min: 1, max: 6 }) },
	{ weight: 1, arbitrary: fc.integer({ min: 7, max: 40 }) }
);

const scenarioV2: fc.Arbitrary<ScenarioV2> = fc.record(
	{
		version: fc.constantFrom(1 as const, 2 as const, 2 as const),
		taxRatio: fraction,
		dealRisk: fc.record(
			{
				hazard: fc.oneof(fc.constantFrom('0', '1', '0.05'), decimalString(0, 300, 3), fraction),
				endYearOffset: fc.oneof(
					fc.constant(null),
					fc.integer({ min: -5, max: 15 }),
					fc.integer({ min: -100, max: 120 })
				),
				paymentsContinue: fraction
			},
			{ ...opts, requiredKeys: [] }
		),
		shortRunElasticity: fc.oneof(decimalString(-500, 0, 2), decimalString(-20_000, 0, 3)),
		adjustmentYears: fc.oneof(
			{ weight: 1, arbitrary: fc.constant(1) },
			{ weight: 4, arbitrary: fc.integer({ min: 2, max: 12 }) },
			{ weight: 1, arbitrary: fc.integer({ min: 1, max: 50 }) }
		),
		substitutionElasticity: fc.oneof(fc.constantFrom('1.01', '4', '20'), decimalString(101, 2000, 2)),
		continuationYears: fc.array(continuationYears, { minLength: 8, maxLength: 8 }),
		sectors: fc.array(sectorV2, { minLength: 12, maxLength: 12 })
	},
	{ ...opts, requiredKeys: ['version', 'continuationYears', 'sectors'] }
);

/** Adds the v2 fields to a v1 document (v2 fields sometimes in a version-1 file: read all the same). */
function withV2(json: ScenarioJson, v2: ScenarioV2): ScenarioJson {
	const start = Number(json.startYear);
	const economy = v2.taxRatio === undefined ? json.economy : { ...json.economy, taxRatio: v2.taxRatio };
	const out: ScenarioJson = { ...json, version: v2.version, economy };
	if (v2.dealRisk !== undefined) {
		const { endYearOffset, ...risk } = v2.dealRisk;
		out.dealRisk =
			endYearOffset === undefined
				? risk
				: { ...risk, endYear: endYearOffset === null ? null : Math.min(2200, Math.max(2000, start + endYearOffset)) };
	}
	out.tranches = json.tranches.map((t, k) => {
		const M = v2.continuationYears[k % 8];
		return M === undefined ? t : { ...t, continuationYears: M };
	});
	const trade: ScenarioJson['trade'] = { ...json.trade };
	if (v2.shortRunElasticity !== undefined) trade.shortRunElasticity = v2.shortRunElasticity;
	if (v2.adjustmentYears !== undefined) trade.adjustmentYears = v2.adjustmentYears;
	if (v2.substitutionElasticity !== undefined) trade.substitutionElasticity = v2.substitutionElasticity;
	trade.sectors = json.trade.sectors.map((s, k) => {
		const x = v2.sectors[k % 12];
		const sector: SectorJson = { ...s };
		if (x.noDeal !== undefined) sector.tariffNoDeal = toTariff(x.noDeal, start);
		if (x.deal !== undefined) sector.tariffDeal = toTariff(x.deal, start);
		if (x.legalBasis !== undefined) sector.legalBasis = x.legalBasis;
		// A share needs sigma; the competitor fields are ignored without a share (never an error).
		if (x.shareOfUsImports !== undefined && v2.substitutionElasticity !== undefined)
			sector.shareOfUsImports = x.shareOfUsImports;
		if (x.competitorTariffBaseline !== undefined) sector.competitorTariffBaseline = x.competitorTariffBaseline;
		if (x.competitorTariffNoDeal !== undefined)
			sector.competitorTariffNoDeal = toTariff(x.competitorTariffNoDeal, start);
		if (x.competitorTariffDeal !== undefined) sector.competitorTariffDeal = toTariff(x.competitorTariffDeal, start);
		return sector;
	});
	out.trade = trade;
	return out;
}

/** Random valid Scenario JSON with every v2 feature (each sometimes at its default or absent). */
export function v2ScenarioJson(parts: ScenarioParts = {}): fc.Arbitrary<ScenarioJson> {
	return fc.tuple(scenarioJson(parts), scenarioV2).map(([json, v2]) => withV2(json, v2));
}

/** Random valid v2 scenarios of every kind. */
export const validV2ScenarioJson: fc.Arbitrary<ScenarioJson> = v2ScenarioJson();
