/**
 * Editing helpers for the scenario on screen: defaults for a new tranche, sector or
 * schedule mode. Decimal-exact, so nothing drifts while a user switches back and forth.
 */
import {
	Decimal,
	parseDecimal,
	type ScheduleJson,
	type ScheduleMode,
	type SectorJson,
	type TrancheJson
} from '../model/index';

function amountOf(t: TrancheJson): InstanceType<typeof Decimal> {
	const a = parseDecimal(t.amount ?? '');
	return typeof a === 'string' ? new Decimal(100) : a;
}

/**
 * The fields a schedule needs when it switches to `mode`, keeping whatever the user had
 * already typed for that mode (switching back restores it).
 */
export function defaultSchedule(mode: ScheduleMode, t: TrancheJson, current: ScheduleJson): Partial<ScheduleJson> {
	const A = amountOf(t);
	switch (mode) {
		case 'even':
			return { years: current.years ?? 10 };
		case 'cap':
			return { cap: current.cap ?? (A.isZero() ? '10' : A.div(10).toString()) };
		case 'custom':
			return { amounts: current.amounts ?? Array.from({ length: 5 }, () => A.div(5).toString()) };
		case 'formula':
			return { expr: current.expr ?? 'min(A / 10, 20)' };
		default:
			return {};
	}
}

/** A new equity tranche a user can start from. */
export function newTranche(name: string): TrancheJson {
	return {
		name,
		instrument: 'equity',
		amount: '50',
		schedule: { mode: 'cap', cap: '10' },
		returnRate: '0.05',
		lossRate: '0.01',
		koreaLossShare: '1',
		koreaShareBeforeRecoup: '0.5',
		koreaShareAfterRecoup: '0.1',
		recoupInterest: '0',
		tenor: 10,
		grace: 0,
		terminalRecovery: '0'
	};
}

/** A new sector a user can start from. */
export function newSector(name: string): SectorJson {
	return { name, exports0: '5', growth: '0.02', tariffBaseline: '0', tariffNoDeal: '0.25', tariffDeal: '0.15' };
}
