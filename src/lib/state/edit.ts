/**
 * Editing helpers for the scenario on screen: defaults for a new tranche, sector or
 * schedule mode. Decimal-exact, so nothing drifts while a user switches back and forth.
 */
import { templateSector, templateTranche } from '../link/index';
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

/** A new equity tranche a user can start from: the link's template, so an added tranche costs few characters. */
export function newTranche(name: string, index: number): TrancheJson {
	return { ...templateTranche(index), name };
}

/** A new sector a user can start from: the link's template, named. */
export function newSector(name: string, index: number): SectorJson {
	return { ...templateSector(index), name };
}
