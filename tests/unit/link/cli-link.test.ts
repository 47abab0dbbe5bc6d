import { describe, expect, it } from 'vitest';
import { loadScenario, runCli } from '../../../scripts/cli';

const io = {
	readFile: () => {
		throw new Error('no files in this test');
	},
	load: loadScenario
};

describe('the command line reads share links', () => {
	it('simulates the scenario of a link, like a file', () => {
		const result = runCli(['--link', 'https://example.org/?v=1&p=japan-style&d=0.05'], io);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		const json = JSON.parse(result.stdout);
		expect(json.scenario.name).toBe('Japan-style terms');
		expect(json.scenario.discountRate).toBe('0.05');
		expect(json.years).toHaveLength(20);
	});

	it('prints each notice as a warning and still simulates', () => {
		const result = runCli(['--link=v=1&rg=9&zz=1&t0.m=formula&t0.f=import(1)', '--format', 'csv'], io);
		expect(result.code).toBe(0);
		expect(result.stderr.split('\n').filter(Boolean)).toEqual([
			'warning: rg: rg (economy.realGrowth) must be between -0.5 and 0.5; 0.018 (from the preset mou-2025) was used instead.',
			'warning: zz: zz is not a parameter of this calculator; it was ignored.',
			expect.stringMatching(
				/^warning: t0\.f: t0\.f \(tranches\[0\]\.schedule\) was refused: .*; the schedule of the preset mou-2025 \(cap c=20\) was used instead\.$/
			)
		]);
		expect(result.stdout.split('\n')[0]).toMatch(/^year,/);
	});

	it('runs an admitted formula from a link', () => {
		const result = runCli(['--link', '?v=1&t0.m=formula&t0.f=min(20%2C+A%2F5)'], io);
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout).scenario.tranches[0].schedule).toEqual({ mode: 'formula', expr: 'min(20, A/5)' });
	});
});
