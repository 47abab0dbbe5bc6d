/**
 * What the analysis tools share: the analysis layer, loaded only when the section below
 * the fold asks for it (it stays out of the first load), the engine options a formula
 * scenario needs, lever labels in the page's language, and a pause that lets the
 * browser paint "Solving…" before a synchronous computation.
 */
import type { MessageKey, Translate } from '../../i18n/index';
import type { ScenarioJson } from '../../model/index';
import { once } from '../../once';

/** The analysis layer (src/lib/analysis), as a lazily loaded module. */
export type AnalysisModule = typeof import('../../analysis/index');
export type Lever = import('../../analysis/index').Lever;

/** Loads src/lib/analysis on first use only (again after a failed try). */
export const loadAnalysis: () => Promise<AnalysisModule> = once(() => import('../../analysis/index'));

/** The engine options for a scenario: the formula evaluator (and mathjs) only when a tranche needs it. */
export { engineFor } from '../../formula/load';

const TRANCHE = /^tranches\[(\d+)\]\.(\w+)/;

/**
 * A lever's label: the control's own label (the rate named for the tranche's structure),
 * with the tranche's name when the scenario has more than one and `withTranche` is set.
 */
export function leverLabel(
	lever: Pick<Lever, 'id' | 'labelKey'>,
	json: ScenarioJson,
	t: Translate,
	withTranche = true
): string {
	const m = TRANCHE.exec(lever.id);
	const tranche = m ? json.tranches[Number(m[1])] : undefined;
	const key = m?.[2] === 'returnRate' && tranche ? `field.returnRate.${tranche.instrument}` : lever.labelKey;
	const label = t(key as MessageKey);
	if (!tranche || !withTranche || json.tranches.length < 2) return label;
	return t('analysis.leverOfTranche', { label, tranche: tranche.name || `#${Number(m?.[1]) + 1}` });
}

/**
 * The levers of a scenario with their labels, the tranche's name added only where two
 * levers would otherwise read alike (say the loss rate of two tranches).
 */
export function labelledLevers(
	levers: readonly Pick<Lever, 'id' | 'labelKey'>[],
	json: ScenarioJson,
	t: Translate
): { id: string; label: string }[] {
	const plain = levers.map((l) => leverLabel(l, json, t, false));
	return levers.map((l, k) => ({
		id: l.id,
		label: plain.indexOf(plain[k]) === plain.lastIndexOf(plain[k]) ? plain[k] : leverLabel(l, json, t, true)
	}));
}

/** The label of lever `id` in a labelled list, or its plain label if the list lacks it. */
export function labelIn(
	list: readonly { id: string; label: string }[],
	lever: Pick<Lever, 'id' | 'labelKey'>,
	json: ScenarioJson,
	t: Translate
): string {
	return list.find((l) => l.id === lever.id)?.label ?? leverLabel(lever, json, t, false);
}

/** Resolves after the browser has painted the current state (so a busy label shows first). */
export function nextPaint(): Promise<void> {
	return new Promise((resolve) => {
		if (typeof requestAnimationFrame !== 'function') return void setTimeout(resolve, 0);
		requestAnimationFrame(() => setTimeout(resolve, 0));
	});
}

/** A key that changes whenever the scenario does (results remember the scenario they describe). */
export function scenarioKey(json: ScenarioJson): string {
	return JSON.stringify(json);
}
