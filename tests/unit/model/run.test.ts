/** The one way to run a scenario (model/run.ts) and the formula loader (formula/load.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { engineFor, engineNow, loadFormula } from '../../../src/lib/formula/load';
import { hasFormula, projectOrThrow, runScenario, ScenarioError, simulate } from '../../../src/lib/model/index';
import { ENGINE, validate } from './run';

const toy = () => JSON.parse(readFileSync(new URL('../../fixtures/toy.json', import.meta.url), 'utf8'));
const withFormula = (expr: string) => {
	const json = toy();
	json.tranches[0].schedule = { mode: 'formula', expr };
	return json;
};

describe('hasFormula', () => {
	it.each([
		[null, false],
		[undefined, false],
		['text', false],
		[{ tranches: 'no' }, false],
		[{ tranches: [null, 3, { schedule: null }] }, false],
		[{ tranches: [{ schedule: { mode: 'even' } }] }, false],
		[{ tranches: [{ schedule: { mode: 'Formula' } }] }, false],
		[{ tranches: [{ schedule: { mode: 'even' } }, { schedule: { mode: 'formula' } }] }, true]
	])('%j → %s', (data, expected) => {
		expect(hasFormula(data)).toBe(expected);
	});
});

describe('runScenario', () => {
	it('gives the projection simulate gives on the validated scenario', () => {
		const run = runScenario(toy());
		expect(run.ok).toBe(true);
		if (run.ok) expect(run.projection.summary).toEqual(simulate(validate(toy())).summary);
	});

	it('gives every problem with its path, and never throws on untrusted input', () => {
		const json = toy();
		json.horizon = 'abc';
		json.discountRate = '-5';
		const run = runScenario(json);
		expect(run.ok).toBe(false);
		if (!run.ok) expect(run.problems.map((p) => p.path).sort()).toEqual(['discountRate', 'horizon']);
		expect(runScenario(null).ok).toBe(false);
	});

	it('reports a formula that fails while it runs as a problem at its path', () => {
		const run = runScenario(withFormula('1/0'), ENGINE);
		expect(run.ok).toBe(false);
		if (!run.ok) expect(run.problems[0].path).toBe('tranches[0].schedule.expr');
	});

	it('reports a formula scenario run without the formula functions as a problem, not a crash', () => {
		const run = runScenario(withFormula('min(20, A)'));
		expect(run.ok).toBe(false);
		if (!run.ok) expect(run.problems[0].path).toBe('tranches[0].schedule.expr');
	});

	it('projectOrThrow names every problem', () => {
		expect(() => projectOrThrow({ version: 1 })).toThrow(ScenarioError);
		expect(() => projectOrThrow({ version: 1 })).toThrow(/startYear/);
	});
});

describe('the formula loader', () => {
	it('asks for nothing without a formula, and the formula functions with one', async () => {
		expect(await engineFor(toy())).toEqual({});
		const f = await loadFormula();
		expect(await engineFor(withFormula('min(20, A)'))).toEqual({
			checkFormula: f.checkFormula,
			evaluateFormula: f.evaluateFormula
		});
		expect(engineNow(withFormula('min(20, A)'))).toEqual({
			checkFormula: f.checkFormula,
			evaluateFormula: f.evaluateFormula
		});
		expect(engineNow(toy())).toEqual({});
	});
});
