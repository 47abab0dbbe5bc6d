/** Shared checks of the link tests. */
import { expect } from 'vitest';
import { scenarioToJson, validateScenario, type ScenarioJson } from '../../../src/lib/model/index';
import type { DecodedLink } from '../../../src/lib/link/index';

/** The canonical form of a valid scenario: what a link must give back. */
export function canonical(json: ScenarioJson): ScenarioJson {
	const v = validateScenario(json);
	if (!v.ok) throw new Error('invalid scenario in a test: ' + JSON.stringify(v.problems.slice(0, 3)));
	return scenarioToJson(v.scenario);
}

const REASONS = [
	'unknown-param',
	'invalid',
	'out-of-range',
	'unsupported-version',
	'too-long',
	'rejected-formula',
	'unknown-preset',
	'too-many'
];

/** What every decoding must give: valid scenarios (main and A) and well-formed notices. */
export function expectSound(decoded: DecodedLink): void {
	expect(validateScenario(decoded.state.scenario).ok).toBe(true);
	expectSameJson(scenarioToJson(decoded.scenario), decoded.state.scenario);
	if (decoded.state.compare) expect(validateScenario(decoded.state.compare).ok).toBe(true);
	expect(Array.isArray(decoded.notices)).toBe(true);
	expect(decoded.notices.length).toBeLessThanOrEqual(51);
	for (const n of decoded.notices) {
		expect(REASONS).toContain(n.reason);
		expect(typeof n.message).toBe('string');
		expect(n.message.length).toBeGreaterThan(0);
		expect(n.value.length).toBeLessThanOrEqual(60);
		expect(n.param.length).toBeLessThanOrEqual(60);
		expect(typeof n.used).toBe('string');
	}
}

/** Deep equality of JSON values, fast (key order included); a readable diff when they differ. */
export function expectSameJson(actual: unknown, expected: unknown): void {
	if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual).toEqual(expected);
}
