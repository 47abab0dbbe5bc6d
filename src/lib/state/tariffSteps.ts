/**
 * Edits of a sector's tariff as a timeline (MODEL.md v2 PATH): verbs over Scenario JSON,
 * so the step editor holds no rule of its own. A tariff is a rate or a list of steps
 * {from, rate} with strictly increasing `from`; the engine's limits (MAX_TARIFF_STEPS,
 * the years 2000..2200) are the ones used here.
 */
import { MAX_TARIFF_STEPS, STEP_FROM_FIELD, type Num, type TariffJson, type TariffStepJson } from '../model/index';

const FIRST_YEAR = Number(STEP_FROM_FIELD.min);
const LAST_YEAR = Number(STEP_FROM_FIELD.max);

/** The steps of a tariff (a rate is one step from `startYear`). */
export function stepsOf(tariff: TariffJson, startYear: number): TariffStepJson[] {
	return Array.isArray(tariff) ? tariff.map((s) => ({ ...s })) : [{ from: startYear, rate: tariff }];
}

/** A path back to one rate: the rate of its first step (what its first years take). */
export function toFlat(tariff: TariffJson): Num {
	return Array.isArray(tariff) ? (tariff[0]?.rate ?? '0') : tariff;
}

/** Whether another step can be added. */
export function canAddStep(tariff: TariffJson): boolean {
	if (!Array.isArray(tariff)) return true;
	const last = Number(tariff[tariff.length - 1]?.from);
	return tariff.length < MAX_TARIFF_STEPS && Number.isInteger(last) && last < LAST_YEAR;
}

/** A new step a year after the last one, at the last rate (the timeline does not move until edited). */
export function addStep(tariff: TariffJson, startYear: number): TariffStepJson[] {
	const steps = stepsOf(tariff, startYear);
	if (!canAddStep(steps)) return steps;
	const last = steps[steps.length - 1];
	const from = Math.max(Number(last.from) + 1, FIRST_YEAR);
	return [...steps, { from, rate: last.rate }];
}

/** Removes step j; the last step left turns the path back into a rate. */
export function removeStep(tariff: TariffJson, j: number, startYear: number): TariffJson {
	const steps = stepsOf(tariff, startYear).filter((_, k) => k !== j);
	if (steps.length === 0) return toFlat(tariff);
	return steps.length === 1 ? steps[0].rate : steps;
}

/** Sets the year or the rate of step j (values as the model stores them; the engine checks the order). */
export function setStep(
	tariff: TariffJson,
	j: number,
	field: 'from' | 'rate',
	value: Num,
	startYear: number
): TariffStepJson[] {
	return stepsOf(tariff, startYear).map((s, k) => (k === j ? { ...s, [field]: value } : s));
}

/**
 * The rate of every year `startYear..startYear+years-1` on a tariff, as the engine reads
 * it (years before the first step take its rate), for the small chart of the editor.
 * Rates stay decimal strings.
 */
export function ratesByYear(tariff: TariffJson, startYear: number, years: number): Num[] {
	const steps = stepsOf(tariff, startYear);
	const out: Num[] = [];
	for (let i = 0; i < years; i++) {
		const y = startYear + i;
		let rate = steps[0]?.rate ?? '0';
		for (const s of steps) {
			if (Number(s.from) > y) break;
			rate = s.rate;
		}
		out.push(rate);
	}
	return out;
}
