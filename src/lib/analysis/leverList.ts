/**
 * The levers the page offers, and the lookup that turns a lever's id (its path) back into
 * a lever, so tornado specs and Monte Carlo configs can travel as plain JSON.
 */
import type { ScenarioJson, TrancheNumericField } from '../model/index';
import { AnalysisError } from './engine';
import {
	capLever,
	discountRateLever,
	economyLever,
	hazardLever,
	tariffDealLever,
	trancheLever,
	tradeLever,
	type Lever
} from './levers';

/** The tranche fields worth solving for, in the order the page lists them. */
export const TRANCHE_LEVER_FIELDS: readonly TrancheNumericField[] = [
	'koreaShareAfterRecoup',
	'koreaShareBeforeRecoup',
	'returnRate',
	'lossRate',
	'recoupInterest',
	'koreaLossShare',
	'amount'
];

/** Levers that do not belong to one tranche. */
export const GLOBAL_LEVERS: readonly Lever[] = [
	tariffDealLever,
	tradeLever('elasticity'),
	tradeLever('exporterAbsorption'),
	economyLever('realGrowth'),
	economyLever('fxDrift'),
	discountRateLever,
	hazardLever
];

/** The levers of the default scenario's first tranche (the cash vehicle) plus the global ones. */
export const LEVERS: readonly Lever[] = [
	...TRANCHE_LEVER_FIELDS.slice(0, 5).map((f) => trancheLever(0, f)),
	capLever(0),
	...GLOBAL_LEVERS
];

/** Every lever that means something in this scenario, tranche by tranche, then the global ones. */
export function leversFor(s: ScenarioJson): Lever[] {
	const perTranche = s.tranches.flatMap((_, k) => [
		...TRANCHE_LEVER_FIELDS.map((f) => trancheLever(k, f)),
		capLever(k)
	]);
	return [...perTranche, ...GLOBAL_LEVERS].filter((l) => l.applies(s));
}

const TRANCHE_PATH = /^tranches\[(\d)\]\.(schedule\.cap|[A-Za-z]+)$/;

/** The lever named by an id such as `tranches[1].lossRate` or `economy.fxDrift`; throws if unknown. */
export function leverById(id: string): Lever {
	const known = [...LEVERS, ...GLOBAL_LEVERS].find((l) => l.id === id);
	if (known) return known;
	const m = TRANCHE_PATH.exec(id);
	if (m) {
		const index = Number(m[1]);
		if (m[2] === 'schedule.cap') return capLever(index);
		if ((TRANCHE_LEVER_FIELDS as readonly string[]).includes(m[2]) || m[2] === 'terminalRecovery')
			return trancheLever(index, m[2] as TrancheNumericField);
	}
	const [group, field] = id.split('.');
	if (group === 'trade' && ['elasticity', 'exporterAbsorption', 'valueAddedShare'].includes(field))
		return tradeLever(field as 'elasticity');
	if (group === 'economy' && ['realGrowth', 'inflation', 'fxDrift', 'reservesGrowth'].includes(field))
		return economyLever(field as 'realGrowth');
	throw new AnalysisError(`${id}: not a lever`);
}
