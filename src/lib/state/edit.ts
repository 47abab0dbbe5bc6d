/**
 * Edits of the scenario on screen: verbs over Scenario JSON (the page's $state proxy or a
 * plain object), so components hold no rule of their own. Each respects the engine's
 * limits (MAX_TRANCHES, MAX_SECTORS, MAX_CUSTOM_YEARS, NAME_MAX), changes `json` in place
 * and says whether it did something. Defaults are Decimal-exact, so nothing drifts while
 * a user switches back and forth.
 */
import { templateSector, templateTranche } from '../link/index';
import {
	DEAL_RISK_DEFAULTS,
	Decimal,
	MAX_CUSTOM_YEARS,
	MAX_SECTORS,
	MAX_TRANCHES,
	NAME_MAX,
	TRANCHE_DEFAULTS,
	parseDecimal,
	type DealRiskJson,
	type Num,
	type ScenarioJson,
	type ScheduleJson,
	type ScheduleMode,
	type SectorJson,
	type TrancheJson,
	type TrancheNumericField
} from '../model/index';
import { cloneJson } from './json';

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

/** Whether another tranche fits in what the engine takes. */
export function canAddTranche(json: ScenarioJson): boolean {
	return json.tranches.length < MAX_TRANCHES;
}

/** Appends a new tranche named `name` (the name cut to NAME_MAX). */
export function addTranche(json: ScenarioJson, name: string): boolean {
	if (!canAddTranche(json)) return false;
	json.tranches.push(newTranche(name.slice(0, NAME_MAX), json.tranches.length));
	return true;
}

/** Puts a copy of tranche k right after it, named "<name> (2)" (cut to NAME_MAX). */
export function duplicateTranche(json: ScenarioJson, k: number): boolean {
	const original = json.tranches[k];
	if (!original || !canAddTranche(json)) return false;
	const copy = cloneJson(original);
	copy.name = `${copy.name} (2)`.slice(0, NAME_MAX);
	json.tranches.splice(k + 1, 0, copy);
	return true;
}

/** Removes tranche k; the tranches after it move up one index. */
export function removeTranche(json: ScenarioJson, k: number): boolean {
	if (!json.tranches[k]) return false;
	json.tranches.splice(k, 1);
	return true;
}

/** The value a tranche field has: its own, or the model's default when it leaves it out. */
export function trancheValue(t: TrancheJson, field: TrancheNumericField): Num | undefined {
	const defaults: Partial<Record<TrancheNumericField, Num>> = TRANCHE_DEFAULTS;
	return t[field] ?? defaults[field];
}

/** Switches tranche k's schedule to `mode`, filling what that mode needs (defaultSchedule). */
export function setMode(json: ScenarioJson, k: number, mode: ScheduleMode): boolean {
	const t = json.tranches[k];
	if (!t) return false;
	Object.assign(t.schedule, defaultSchedule(mode, t, t.schedule));
	t.schedule.mode = mode;
	return true;
}

/** Whether a custom schedule can take another year (the engine takes MAX_CUSTOM_YEARS). */
export function canAddCustomYear(schedule: ScheduleJson): boolean {
	return (schedule.amounts?.length ?? 0) < MAX_CUSTOM_YEARS;
}

/** Whether a custom schedule can lose a year (it keeps at least one). */
export function canRemoveCustomYear(schedule: ScheduleJson): boolean {
	return (schedule.amounts?.length ?? 0) > 1;
}

/**
 * Adds a year to tranche k's custom schedule at the last year's amount, so the total moves
 * by one year's worth only. A schedule without a list of amounts is left for validation.
 */
export function addCustomYear(json: ScenarioJson, k: number): boolean {
	const schedule = json.tranches[k]?.schedule;
	const amounts = schedule?.amounts;
	if (!amounts || !canAddCustomYear(schedule)) return false;
	amounts.push(amounts[amounts.length - 1] ?? '0');
	return true;
}

/** Removes the last year of tranche k's custom schedule. */
export function removeCustomYear(json: ScenarioJson, k: number): boolean {
	const schedule = json.tranches[k]?.schedule;
	if (!schedule || !canRemoveCustomYear(schedule)) return false;
	schedule.amounts?.pop();
	return true;
}

/** Whether another sector fits in what the engine takes. */
export function canAddSector(json: ScenarioJson): boolean {
	return json.trade.sectors.length < MAX_SECTORS;
}

/** Appends a new sector named `name` (the name cut to NAME_MAX). */
export function addSector(json: ScenarioJson, name: string): boolean {
	if (!canAddSector(json)) return false;
	json.trade.sectors.push(newSector(name.slice(0, NAME_MAX), json.trade.sectors.length));
	return true;
}

/** Removes sector k; the sectors after it move up one index. */
export function removeSector(json: ScenarioJson, k: number): boolean {
	if (!json.trade.sectors[k]) return false;
	json.trade.sectors.splice(k, 1);
	return true;
}

/**
 * Sets one deal-risk field (endYear null: the terms have no last year). The others keep
 * their values, or take the model's defaults when the scenario had no deal risk yet.
 */
export function setRisk(json: ScenarioJson, key: keyof DealRiskJson, value: Num | null): boolean {
	json.dealRisk = {
		hazard: json.dealRisk?.hazard ?? DEAL_RISK_DEFAULTS.hazard,
		endYear: json.dealRisk?.endYear ?? null,
		paymentsContinue: json.dealRisk?.paymentsContinue ?? DEAL_RISK_DEFAULTS.paymentsContinue,
		[key]: value
	};
	return true;
}

/** The substitution elasticity a user starts from: Fontagné et al.'s "centered around 5" (model-review.md E6). */
export const SIGMA_DEFAULT = '5';

/**
 * Turns the competitors' side of demand on (at `sigma`, else SIGMA_DEFAULT) or off. Off
 * also drops every sector's share of US imports, which only that side reads.
 */
export function setCompetitors(json: ScenarioJson, on: boolean, sigma?: Num): boolean {
	if (on) json.trade.substitutionElasticity = sigma ?? SIGMA_DEFAULT;
	else {
		delete json.trade.substitutionElasticity;
		for (const s of json.trade.sectors) delete s.shareOfUsImports;
	}
	return true;
}

/** A field path as problems and sources name it: `economy.gdp0`, `tranches[0].schedule.amounts[2]`. */
const PATH = /^[A-Za-z]\w*(\[\d+\])*(\.[A-Za-z]\w*(\[\d+\])*)*$/;
const UNSAFE = new Set(['__proto__', 'prototype', 'constructor']);

/** The keys along a field path: `tranches[0].amount` → ['tranches', 0, 'amount']; null when it is no path. */
export function pathKeys(path: string): (string | number)[] | null {
	if (!PATH.test(path)) return null;
	const keys = [...path.matchAll(/(\w+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1] : Number(m[2])));
	return keys.some((key) => typeof key === 'string' && UNSAFE.has(key)) ? null : keys;
}

/**
 * Sets the field at `path` to `value`, as a field's editor does. It sets fields of objects
 * and existing entries of lists only: a path through something missing (a scenario
 * without deal risk, a schedule without amounts) changes nothing.
 */
export function setAt(json: ScenarioJson, path: string, value: Num): boolean {
	const keys = pathKeys(path);
	if (!keys) return false;
	let node: unknown = json;
	for (const key of keys.slice(0, -1)) {
		if (node === null || typeof node !== 'object') return false;
		node = (node as Record<string | number, unknown>)[key];
	}
	const last = keys[keys.length - 1];
	if (node === null || typeof node !== 'object') return false;
	if (Array.isArray(node) ? typeof last !== 'number' || last >= node.length : typeof last !== 'string') return false;
	(node as Record<string | number, unknown>)[last] = value;
	return true;
}
