/**
 * The calculator loads the engine on its first computation (it is not in the page's first
 * load): edits made while it loads are computed once it is in, with the latest scenario,
 * and a scenario put in place with the build's projection is not computed again.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runScenario, type ScenarioJson } from '../../../src/lib/model/index';
import { presetById } from '../../../src/lib/presets/index';
import { cloneJson } from '../../../src/lib/state/json';
import { toView } from '../../../src/lib/state/view';

const mou = () => cloneJson(presetById('mou-2025')!.scenario);

/** A fresh calculator module, with its engine not loaded yet. */
async function freshCalculator() {
	vi.resetModules();
	const { Calculator } = await import('../../../src/lib/state/calculator.svelte');
	const engine = await import('../../../src/lib/state/engine');
	return { calc: new Calculator(), engine };
}

/** Waits until the calculator has finished `count` computations. */
async function computed(calc: { computeCount: number }, count: number): Promise<void> {
	await vi.waitFor(() => expect(calc.computeCount).toBe(count), { timeout: 10_000 });
}

beforeEach(() => vi.useRealTimers());

describe('the calculator and its lazily loaded engine', () => {
	it('computes an edit made before the engine loaded, with the latest scenario, once', async () => {
		const { calc, engine } = await freshCalculator();
		expect(engine.engineLoaded()).toBeNull();
		const first = mou();
		const latest = mou();
		latest.discountRate = '0.07';
		calc.compute(JSON.stringify(first));
		calc.compute(JSON.stringify(latest));
		expect(calc.view).toBeNull();
		await computed(calc, 1);
		expect(engine.engineLoaded()).not.toBeNull();
		const run = runScenario(latest);
		if (!run.ok) throw new Error('the scenario should be valid');
		expect(calc.view).toEqual(toView(run.projection));
		expect(calc.problems).toEqual([]);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(calc.computeCount).toBe(1);
	});

	it('a scenario computed while an earlier one waits for the formula module is not replaced when it arrives', async () => {
		const { calc, engine } = await freshCalculator();
		await engine.loadEngine();
		const withFormula = mou();
		withFormula.tranches[0].schedule = { mode: 'formula', expr: '20' };
		const plain = mou();
		plain.discountRate = '0.06';
		calc.compute(JSON.stringify(withFormula));
		expect(calc.computeCount).toBe(0);
		calc.compute(JSON.stringify(plain));
		expect(calc.computeCount).toBe(1);
		const { loadFormula } = await import('../../../src/lib/formula/load');
		await loadFormula();
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(calc.computeCount).toBe(1);
		const run = runScenario(plain);
		if (!run.ok) throw new Error('the scenario should be valid');
		expect(calc.view).toEqual(toView(run.projection));
	});

	it('reports the problems of an invalid scenario once the engine is in, keeping no view', async () => {
		const { calc } = await freshCalculator();
		const bad = mou() as ScenarioJson & { horizon: string };
		bad.horizon = 'soon';
		calc.compute(JSON.stringify(bad));
		await computed(calc, 1);
		expect(calc.view).toBeNull();
		expect(calc.problems.map((p) => p.path)).toContain('horizon');
	});

	it('adopts the build’s projection without loading the engine, and does not compute it again', async () => {
		const { calc, engine } = await freshCalculator();
		const json = mou();
		const run = runScenario(json);
		if (!run.ok) throw new Error('the scenario should be valid');
		const view = toView(run.projection);
		calc.adopt({ json, view });
		expect(calc.text).toBe(JSON.stringify(json));
		calc.compute(calc.text);
		expect(calc.computeCount).toBe(1);
		expect(calc.view).toBe(view);
		expect(engine.engineLoaded()).toBeNull();
		// Once a projection is on view, another adopt leaves the scenario on screen alone.
		const other = mou();
		other.name = 'other';
		calc.adopt({ json: other, view });
		expect(calc.json.name).toBe(json.name);
	});
});
