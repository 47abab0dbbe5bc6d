/**
 * The scenario of MODEL.md: its validated form (decimals), its JSON form (what files,
 * links and the page hold), and the metadata of every numeric field (range, unit,
 * slider steps) shared by validation, the controls and the link codec.
 */
import type { Dec } from './decimal';

export type Instrument = 'equity' | 'loan' | 'guarantee';
export const INSTRUMENTS: readonly Instrument[] = ['equity', 'loan', 'guarantee'];

export type ScheduleMode = 'upfront' | 'even' | 'cap' | 'custom' | 'formula';
export const SCHEDULE_MODES: readonly ScheduleMode[] = ['upfront', 'even', 'cap', 'custom', 'formula'];

/** How a tranche's amount is paid in (MODEL.md "Schedules"). */
export type Schedule =
	| { mode: 'upfront'; delay: number }
	| { mode: 'even'; delay: number; years: number }
	| { mode: 'cap'; delay: number; cap: Dec }
	| { mode: 'custom'; delay: number; amounts: Dec[] }
	| { mode: 'formula'; delay: number; expr: string };

/** One part of the pledge, with every default of MODEL.md filled in. */
export interface Tranche {
	name: string;
	instrument: Instrument;
	/** USD bn; for custom schedules the sum of the amounts. */
	amount: Dec;
	schedule: Schedule;
	returnRate: Dec;
	lossRate: Dec;
	koreaLossShare: Dec;
	koreaShareBeforeRecoup: Dec;
	koreaShareAfterRecoup: Dec;
	recoupInterest: Dec;
	tenor: number;
	grace: number;
	terminalRecovery: Dec;
	/** (v2) Years the vintages are followed past the horizon (MODEL.md "Continuation"). */
	continuationYears: number;
}

/** (v2) One step of a tariff path: the rate from calendar year `from` on. */
export interface TariffStep {
	from: number;
	rate: Dec;
}

/**
 * (v2) A tariff by calendar year: a plain rate (a path of one step), or steps with
 * strictly increasing `from`; years before the first step take its rate.
 */
export type Tariff = Dec | readonly TariffStep[];

/** (v2) The legal bases a sector's tariff can be labelled with; never computed with. */
export type LegalBasis = 's232' | 's122' | 's301' | 'ieepa' | 'mfn' | 'other';
export const LEGAL_BASES: readonly LegalBasis[] = ['s232', 's122', 's301', 'ieepa', 'mfn', 'other'];

/** Korean exports to the US in one sector. */
export interface Sector {
	name: string;
	exports0: Dec;
	growth: Dec;
	tariffBaseline: Dec;
	tariffNoDeal: Tariff;
	tariffDeal: Tariff;
	legalBasis?: LegalBasis;
	/** (v2) Korea's share of US imports of these goods; with it, the two-level demand. */
	shareOfUsImports?: Dec;
	/** (v2) Competitors' tariffs; read only with shareOfUsImports (defaults filled in). */
	competitorTariffBaseline?: Dec;
	competitorTariffNoDeal?: Tariff;
	competitorTariffDeal?: Tariff;
}

export interface Economy {
	gdp0: Dec;
	realGrowth: Dec;
	inflation: Dec;
	fx0: Dec;
	fxDrift: Dec;
	reserves0: Dec;
	reservesGrowth: Dec;
	/** (v2) Share of national income the state collects; 0 by default. */
	taxRatio: Dec;
}

export interface Trade {
	elasticity: Dec;
	exporterAbsorption: Dec;
	valueAddedShare: Dec;
	/** (v2) Elasticity in year 1; equal to `elasticity` by default. */
	shortRunElasticity: Dec;
	/** (v2) Years to reach the long-run elasticity; 1 by default. */
	adjustmentYears: number;
	/** (v2) Between Korean and competitors' goods; absent by default. */
	substitutionElasticity?: Dec;
	sectors: Sector[];
}

/** (v2) The risk that the deal's tariff terms end (MODEL.md "Deal risk"). */
export interface DealRisk {
	hazard: Dec;
	/** Last calendar year the terms can hold, or null. */
	endYear: number | null;
	paymentsContinue: Dec;
}

/** A scenario that passed validation: every value a Decimal, every default filled. */
export interface Scenario {
	/** The version the document said (1 or 2); both mean the same, and 2 is written. */
	version: 1 | 2;
	name?: string;
	startYear: number;
	horizon: number;
	discountRate: Dec;
	economy: Economy;
	dealRisk: DealRisk;
	tranches: Tranche[];
	trade: Trade;
}

/** A number as JSON carries it: a JSON number or a decimal string. */
export type Num = number | string;

/** The JSON form of a schedule (Scenario JSON v1). */
export interface ScheduleJson {
	mode: ScheduleMode;
	delay?: Num;
	years?: Num;
	cap?: Num;
	amounts?: Num[];
	expr?: string;
}

export interface TrancheJson {
	name: string;
	instrument: Instrument;
	amount?: Num;
	schedule: ScheduleJson;
	returnRate: Num;
	lossRate: Num;
	koreaLossShare?: Num;
	koreaShareBeforeRecoup?: Num;
	koreaShareAfterRecoup?: Num;
	recoupInterest?: Num;
	tenor?: Num;
	grace?: Num;
	terminalRecovery?: Num;
	continuationYears?: Num;
}

/** (v2) A tariff path step as JSON carries it. */
export interface TariffStepJson {
	from: Num;
	rate: Num;
}

/** A tariff as JSON carries it: a number, or (v2) a list of steps. */
export type TariffJson = Num | TariffStepJson[];

export interface SectorJson {
	name: string;
	exports0: Num;
	growth: Num;
	tariffBaseline: Num;
	tariffNoDeal: TariffJson;
	tariffDeal: TariffJson;
	legalBasis?: LegalBasis;
	shareOfUsImports?: Num;
	competitorTariffBaseline?: Num;
	competitorTariffNoDeal?: TariffJson;
	competitorTariffDeal?: TariffJson;
}

/** The economy fields of version 1, every one required. */
export type EconomyV1Key = Exclude<keyof Economy, 'taxRatio'>;

export interface DealRiskJson {
	hazard?: Num;
	endYear?: Num | null;
	paymentsContinue?: Num;
}

/** Scenario JSON (versions 1 and 2), as files, links and the page's state hold it. */
export interface ScenarioJson {
	version: 1 | 2;
	name?: string;
	startYear: Num;
	horizon: Num;
	discountRate: Num;
	economy: Record<EconomyV1Key, Num> & { taxRatio?: Num };
	dealRisk?: DealRiskJson;
	tranches: TrancheJson[];
	trade: {
		elasticity: Num;
		exporterAbsorption: Num;
		valueAddedShare: Num;
		shortRunElasticity?: Num;
		adjustmentYears?: Num;
		substitutionElasticity?: Num;
		sectors: SectorJson[];
	};
}

/** The version files and links are written with. */
export const SCENARIO_VERSION = 2;

/** Units a numeric field is shown in. `fraction` values are shown as percent. */
export type Unit = 'fraction' | 'usdBn' | 'krwTrn' | 'krwPerUsd' | 'years' | 'year' | 'number';

/**
 * What the model accepts for a numeric field (`min`/`max`, inclusive unless marked
 * exclusive) and what a slider offers (`slider`, in the field's own unit, not percent).
 */
export interface FieldMeta {
	unit: Unit;
	min?: string;
	max?: string;
	minExclusive?: boolean;
	integer?: boolean;
	slider: { min: string; max: string; step: string };
}

const frac = (min: string, max: string, sMin = min, sMax = max, step = '0.001'): FieldMeta => ({
	unit: 'fraction',
	min,
	max,
	slider: { min: sMin, max: sMax, step }
});

/** Top-level and economy fields. */
export const SCENARIO_FIELDS = {
	startYear: { unit: 'year', min: '2000', max: '2100', integer: true, slider: { min: '2025', max: '2035', step: '1' } },
	horizon: { unit: 'years', min: '1', max: '50', integer: true, slider: { min: '1', max: '50', step: '1' } },
	discountRate: {
		unit: 'fraction',
		min: '-1',
		minExclusive: true,
		max: '1',
		slider: { min: '0', max: '0.12', step: '0.0025' }
	}
} satisfies Record<string, FieldMeta>;

export const ECONOMY_FIELDS = {
	gdp0: { unit: 'krwTrn', min: '0', minExclusive: true, slider: { min: '1000', max: '5000', step: '10' } },
	realGrowth: frac('-0.5', '0.5', '-0.03', '0.06', '0.001'),
	inflation: frac('-0.5', '0.5', '-0.02', '0.08', '0.001'),
	fx0: { unit: 'krwPerUsd', min: '0', minExclusive: true, slider: { min: '900', max: '2000', step: '1' } },
	fxDrift: frac('-0.5', '0.5', '-0.1', '0.1', '0.0025'),
	reserves0: { unit: 'usdBn', min: '0', minExclusive: true, slider: { min: '100', max: '800', step: '1' } },
	reservesGrowth: frac('-0.5', '0.5', '-0.1', '0.1', '0.0025')
} satisfies Record<EconomyV1Key, FieldMeta>;

/** (v2) Optional economy fields, with their defaults. */
export const ECONOMY_V2_FIELDS = {
	taxRatio: frac('0', '1', '0', '0.5', '0.001')
} satisfies Record<string, FieldMeta>;
export const ECONOMY_V2_DEFAULTS = { taxRatio: '0' } as const;

/** (v2) Deal risk fields (MODEL.md "Deal risk"); endYear may also be null. */
export const DEAL_RISK_FIELDS = {
	hazard: frac('0', '1', '0', '0.3', '0.005'),
	endYear: { unit: 'year', min: '2000', max: '2200', integer: true, slider: { min: '2026', max: '2050', step: '1' } },
	paymentsContinue: frac('0', '1', '0', '1', '0.05')
} satisfies Record<keyof DealRisk, FieldMeta>;
export const DEAL_RISK_DEFAULTS = { hazard: '0', endYear: null, paymentsContinue: '1' } as const;

export const TRADE_FIELDS = {
	elasticity: { unit: 'number', min: '-20', max: '0', slider: { min: '-5', max: '0', step: '0.05' } },
	exporterAbsorption: frac('0', '1', '0', '1', '0.01'),
	valueAddedShare: frac('0', '1', '0', '1', '0.01')
} satisfies Record<string, FieldMeta>;

/** (v2) Optional trade fields: the phased-in elasticity and the substitution elasticity. */
export const TRADE_V2_FIELDS = {
	shortRunElasticity: { unit: 'number', min: '-20', max: '0', slider: { min: '-5', max: '0', step: '0.05' } },
	adjustmentYears: { unit: 'years', min: '1', max: '50', integer: true, slider: { min: '1', max: '20', step: '1' } },
	substitutionElasticity: { unit: 'number', min: '1.01', max: '20', slider: { min: '1.01', max: '10', step: '0.01' } }
} satisfies Record<string, FieldMeta>;

export type TrancheNumericField =
	| 'amount'
	| 'returnRate'
	| 'lossRate'
	| 'koreaLossShare'
	| 'koreaShareBeforeRecoup'
	| 'koreaShareAfterRecoup'
	| 'recoupInterest'
	| 'tenor'
	| 'grace'
	| 'terminalRecovery';

export const TRANCHE_FIELDS: Record<TrancheNumericField, FieldMeta> = {
	amount: { unit: 'usdBn', min: '0', max: '10000', slider: { min: '0', max: '700', step: '5' } },
	returnRate: frac('0', '1', '0', '0.2', '0.0025'),
	lossRate: frac('0', '1', '0', '0.1', '0.001'),
	koreaLossShare: frac('0', '1', '0', '1', '0.01'),
	koreaShareBeforeRecoup: frac('0', '1', '0', '1', '0.01'),
	koreaShareAfterRecoup: frac('0', '1', '0', '1', '0.01'),
	recoupInterest: frac('0', '1', '0', '0.1', '0.0025'),
	tenor: { unit: 'years', min: '1', max: '50', integer: true, slider: { min: '1', max: '50', step: '1' } },
	grace: { unit: 'years', min: '0', max: '49', integer: true, slider: { min: '0', max: '49', step: '1' } },
	terminalRecovery: frac('0', '1', '0', '1', '0.01')
};

/** (v2) Years a tranche is followed past the horizon; read for every instrument. */
export const CONTINUATION_FIELD: FieldMeta = {
	unit: 'years',
	min: '0',
	max: '100',
	integer: true,
	slider: { min: '0', max: '100', step: '1' }
};

/** The fields each instrument reads; the others are kept but ignored (MODEL.md). */
export const APPLIES: Record<Instrument, readonly TrancheNumericField[]> = {
	equity: [
		'amount',
		'returnRate',
		'lossRate',
		'koreaLossShare',
		'koreaShareBeforeRecoup',
		'koreaShareAfterRecoup',
		'recoupInterest',
		'terminalRecovery'
	],
	loan: ['amount', 'returnRate', 'lossRate', 'koreaLossShare', 'tenor', 'grace', 'terminalRecovery'],
	guarantee: ['amount', 'returnRate', 'lossRate', 'koreaLossShare', 'tenor', 'grace']
};

/** Defaults of the optional tranche fields (MODEL.md's TRANCHE table). */
export const TRANCHE_DEFAULTS = {
	koreaLossShare: '1',
	koreaShareBeforeRecoup: '1',
	koreaShareAfterRecoup: '1',
	recoupInterest: '0',
	tenor: '1',
	grace: '0',
	terminalRecovery: '0'
} as const;

export const SCHEDULE_FIELDS = {
	delay: { unit: 'years', min: '0', max: '49', integer: true, slider: { min: '0', max: '20', step: '1' } },
	years: { unit: 'years', min: '1', max: '50', integer: true, slider: { min: '1', max: '30', step: '1' } },
	cap: { unit: 'usdBn', min: '0', minExclusive: true, slider: { min: '1', max: '150', step: '1' } },
	amount: { unit: 'usdBn', min: '0', slider: { min: '0', max: '200', step: '1' } }
} satisfies Record<string, FieldMeta>;

export const SECTOR_FIELDS = {
	exports0: { unit: 'usdBn', min: '0', max: '10000', slider: { min: '0', max: '100', step: '0.1' } },
	growth: frac('-0.5', '0.5', '-0.1', '0.1', '0.0025'),
	tariffBaseline: frac('0', '5', '0', '1', '0.005'),
	tariffNoDeal: frac('0', '5', '0', '1', '0.005'),
	tariffDeal: frac('0', '5', '0', '1', '0.005')
} satisfies Record<'exports0' | 'growth' | 'tariffBaseline' | 'tariffNoDeal' | 'tariffDeal', FieldMeta>;

/** (v2) Optional sector fields: the competitors' side of the two-level demand. */
export const SECTOR_V2_FIELDS = {
	shareOfUsImports: frac('0', '1', '0', '0.5', '0.001'),
	competitorTariffBaseline: frac('0', '5', '0', '1', '0.005'),
	competitorTariffNoDeal: frac('0', '5', '0', '1', '0.005'),
	competitorTariffDeal: frac('0', '5', '0', '1', '0.005')
} satisfies Record<string, FieldMeta>;

/** (v2) A tariff path's `from` year and its number of steps. */
export const STEP_FROM_FIELD: FieldMeta = {
	unit: 'year',
	min: '2000',
	max: '2200',
	integer: true,
	slider: { min: '2025', max: '2050', step: '1' }
};
export const MAX_TARIFF_STEPS = 20;

export const NAME_MAX = 80;
export const FORMULA_MAX = 200;
export const MAX_TRANCHES = 8;
export const MAX_SECTORS = 12;
export const MAX_CUSTOM_YEARS = 50;
