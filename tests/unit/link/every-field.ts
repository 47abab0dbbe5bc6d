/**
 * A realistic scenario that changes every field of every preset: 8 tranches and 12
 * sectors with names of ordinary length and numbers of up to 4 significant digits. Its
 * link is the bound the format promises to keep under LINK_SOFT_LIMIT.
 */
import type { ScenarioJson, ScheduleJson, TrancheJson } from '../../../src/lib/model/index';

const TRANCHES = [
	'Cash fund, capital calls',
	'Shipyard equity (Philly)',
	'KEXIM policy loans',
	'K-SURE export guarantees',
	'Alaska LNG project',
	'Nuclear cooperation',
	'Chip fabs in Texas',
	'Battery plants, Georgia'
];
const SECTORS = [
	'Cars and SUVs',
	'Auto parts',
	'Memory chips',
	'Machinery',
	'Steel',
	'Aluminium',
	'Batteries',
	'Petroleum products',
	'Ships',
	'Pharmaceuticals',
	'Computers',
	'Everything else'
];
const INSTRUMENTS: TrancheJson['instrument'][] = ['loan', 'equity', 'loan', 'guarantee'];
const SCHEDULES: ScheduleJson[] = [
	{ mode: 'custom', amounts: ['12.5', '20', '25', '30', '12'], delay: 1 },
	{ mode: 'cap', cap: '17.5', delay: 2 },
	{ mode: 'formula', expr: 'min(25, A/8)', delay: 1 },
	{ mode: 'upfront', delay: 3 }
];

/** The scenario, fresh on every call. */
export function everyFieldChanged(): ScenarioJson {
	return {
		version: 1,
		name: 'Everything changed',
		startYear: 2027,
		horizon: 25,
		discountRate: '0.045',
		economy: {
			gdp0: '2700.5',
			realGrowth: '0.021',
			inflation: '0.023',
			fx0: '1385.5',
			fxDrift: '0.005',
			reserves0: '415.25',
			reservesGrowth: '0.015'
		},
		tranches: TRANCHES.map((name, k) => ({
			name,
			instrument: INSTRUMENTS[k % 4],
			amount: `${31 + k}.5`,
			schedule: structuredClone(SCHEDULES[k % 4]),
			returnRate: `0.0${55 + k}`,
			lossRate: `0.01${2 + k}`,
			koreaLossShare: `0.9${k}`,
			koreaShareBeforeRecoup: `0.4${k}`,
			koreaShareAfterRecoup: `0.2${k}`,
			recoupInterest: `0.03${k}`,
			tenor: 12 + k,
			grace: 3 + (k % 3),
			terminalRecovery: `0.7${k}`
		})),
		trade: {
			elasticity: '-2.25',
			exporterAbsorption: '0.22',
			valueAddedShare: '0.65',
			sectors: SECTORS.map((name, k) => ({
				name,
				exports0: `${10 + k}.25`,
				growth: `0.03${k}`,
				tariffBaseline: `0.01${k}`,
				tariffNoDeal: `0.3${k}`,
				tariffDeal: `0.17${k}`
			}))
		}
	};
}
