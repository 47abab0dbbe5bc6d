/**
 * The command line (scripts/cli.ts) on real files: Results JSON or CSV on success, exit 2
 * with one line per problem, naming the field, on bad input, and never a stack trace.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario, runCli, type CliIo } from '../../scripts/cli';
import { Decimal, YEAR_FIELDS } from '../../src/lib/model/index';

const io: CliIo = { readFile: (path) => readFileSync(path, 'utf8'), load: loadScenario };
const fixture = (name: string) => new URL(`../fixtures/${name}.json`, import.meta.url).pathname;

const dir = mkdtempSync(join(tmpdir(), 'pledge-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a temporary file and returns its path. */
function temp(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

/** The lines of an output, without the final newline. */
const lines = (text: string) => text.replace(/\n$/, '').split('\n');

/** A stack trace has lines such as "    at runCli (/…/cli.ts:12:3)". */
const STACK = /^\s+at .+[:(]/m;

describe('a valid scenario', () => {
	it.each(['toy', 'gyeongju', 'loans-and-guarantees'])('%s prints its Results JSON and exits 0', (name) => {
		const result = runCli([fixture(name)], io);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		const out = JSON.parse(result.stdout);
		const input = JSON.parse(readFileSync(fixture(name), 'utf8'));
		expect(Object.keys(out)).toEqual(['scenario', 'years', 'summary']);
		expect(out.scenario.horizon).toBe(input.horizon);
		expect(out.years).toHaveLength(input.horizon);
		expect(out.years[0].year).toBe(input.startYear);
		expect(typeof out.years[0].netExposure).toBe('string');
		expect(out.summary).toHaveProperty('npvDeal');
		expect(out.summary).toHaveProperty('paybackYear');
	});

	it('prints the same results as the worked example', () => {
		const out = JSON.parse(runCli([fixture('toy')], io).stdout);
		const expected = JSON.parse(readFileSync(fixture('toy.expected'), 'utf8'));
		expect(out.summary.paybackYear).toBe(expected.summary.paybackYear);
		expect(out.summary.breakEvenYear).toBe(expected.summary.breakEvenYear);
		expect(Number(out.summary.koreaInflowTotal)).toBe(Number(expected.summary.koreaInflowTotal));
	});

	it('with --format csv prints a header row of field names and one row per year', () => {
		for (const args of [['--format', 'csv'], ['--format=csv']]) {
			const result = runCli([fixture('gyeongju'), ...args], io);
			expect(result.code).toBe(0);
			const rows = lines(result.stdout);
			expect(rows[0]).toBe(YEAR_FIELDS.join(','));
			expect(rows[0].split(',')).toEqual(expect.arrayContaining(['year', 'netExposure', 'tariffBenefit']));
			expect(rows).toHaveLength(1 + 20);
			expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(Array.from({ length: 20 }, (_, k) => String(2026 + k)));
			for (const row of rows.slice(1)) expect(row.split(',')).toHaveLength(YEAR_FIELDS.length);
		}
	});

	it('with --format json prints the Results JSON', () => {
		const result = runCli(['--format', 'json', fixture('toy')], io);
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout).years).toHaveLength(5);
	});
});

describe('version 2', () => {
	const expectedV2 = () =>
		JSON.parse(readFileSync(fixture('v2-features.expected'), 'utf8')).summary as {
			tranches: { name: string; npvKorea: string; npvUs: string; koreaIrr: string | null; recoupYear: number | null }[];
		};

	/** Equal to 20 significant digits. */
	const close = (x: string, y: string) => {
		const [a, b] = [new Decimal(x), new Decimal(y)];
		return a
			.minus(b)
			.abs()
			.lte(Decimal.max(a.abs(), b.abs(), 1).times('1e-20'));
	};

	it('prints the v2 summary fields and the tranches in the Results JSON', () => {
		const result = runCli([fixture('v2-features')], io);
		expect(result.code).toBe(0);
		const out = JSON.parse(result.stdout);
		expect(out.scenario.version).toBe(2);
		for (const key of ['terminalValueKorea', 'npvTerminal', 'npvFiscal'])
			expect(typeof out.summary[key]).toBe('string');
		expect(out.summary.tranches.map((t: { name: string }) => t.name)).toEqual(expectedV2().tranches.map((t) => t.name));
		expect(out.summary.tranches[3].koreaIrr).toBeNull();
		expect(out.years).toHaveLength(12);
	});

	it('with --format tranches prints a header and one row per tranche, empty cells for null', () => {
		for (const args of [['--format', 'tranches'], ['--format=tranches']]) {
			const result = runCli([fixture('v2-features'), ...args], io);
			expect(result.code).toBe(0);
			expect(result.stderr).toBe('');
			const rows = lines(result.stdout);
			expect(rows[0]).toBe('name,npvKorea,npvUs,koreaIrr,recoupYear');
			const want = expectedV2().tranches;
			expect(rows).toHaveLength(1 + want.length);
			rows.slice(1).forEach((row, k) => {
				const [name, npvKorea, npvUs, koreaIrr, recoupYear] = row.split(',');
				const w = want[k];
				expect(name).toBe(w.name);
				expect(close(npvKorea, w.npvKorea), `${npvKorea} vs ${w.npvKorea}`).toBe(true);
				expect(close(npvUs, w.npvUs), `${npvUs} vs ${w.npvUs}`).toBe(true);
				if (w.koreaIrr === null) expect(koreaIrr).toBe('');
				else expect(close(koreaIrr, w.koreaIrr), `${koreaIrr} vs ${w.koreaIrr}`).toBe(true);
				expect(recoupYear).toBe(w.recoupYear === null ? '' : String(w.recoupYear));
			});
		}
	});

	it('with --format tranches quotes a name with a comma or a quote; without tranches only the header', () => {
		const json = JSON.parse(readFileSync(fixture('toy'), 'utf8'));
		json.tranches[0].name = 'Fund, "A"';
		const result = runCli([temp('quoted.json', JSON.stringify(json)), '--format', 'tranches'], io);
		expect(result.code).toBe(0);
		const rows = lines(result.stdout);
		expect(rows).toHaveLength(2);
		expect(rows[1]).toMatch(/^"Fund, ""A""",-?[0-9.]+,[0-9.]+,-?[0-9.e-]+,2030$/); // the toy is recouped in 2030
		json.tranches = [];
		const empty = runCli([temp('none.json', JSON.stringify(json)), '--format', 'tranches'], io);
		expect(empty.code).toBe(0);
		expect(lines(empty.stdout)).toEqual(['name,npvKorea,npvUs,koreaIrr,recoupYear']);
	});

	it('a v2 scenario that breaks several v2 rules: exit 2, one line per problem, as path: message', () => {
		const json = JSON.parse(readFileSync(fixture('v2-features'), 'utf8'));
		json.dealRisk.hazard = '1.5';
		json.tranches[0].continuationYears = 101;
		json.trade.adjustmentYears = 0;
		json.trade.sectors[1].tariffDeal[1].from = 2027;
		json.trade.sectors[1].legalBasis = 'treaty';
		const result = runCli([temp('broken-v2.json', JSON.stringify(json)), '--format', 'tranches'], io);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).not.toMatch(STACK);
		expect(lines(result.stderr)).toEqual([
			'dealRisk.hazard: must be between 0 and 1',
			'tranches[0].continuationYears: must be between 0 and 100',
			'trade.adjustmentYears: must be between 1 and 50',
			'trade.sectors[1].tariffDeal[1].from: must be greater than the step before',
			'trade.sectors[1].legalBasis: must be one of s232, s122, s301, ieepa, mfn, other'
		]);
	});

	it('shares of US imports without a substitution elasticity: exit 2, one line per sector', () => {
		const json = JSON.parse(readFileSync(fixture('v2-features'), 'utf8'));
		delete json.trade.substitutionElasticity;
		const result = runCli([temp('no-sigma.json', JSON.stringify(json))], io);
		expect(result.code).toBe(2);
		expect(lines(result.stderr)).toEqual([
			'trade.sectors[0].shareOfUsImports: needs trade.substitutionElasticity',
			'trade.sectors[2].shareOfUsImports: needs trade.substitutionElasticity'
		]);
	});
});

describe('bad input exits 2', () => {
	it('a missing file: one line naming the file', () => {
		const path = join(dir, 'no-such-scenario.json');
		const result = runCli([path], io);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(lines(result.stderr)).toHaveLength(1);
		expect(result.stderr).toContain(path);
		expect(result.stderr).not.toMatch(STACK);
	});

	it('a file that is not JSON', () => {
		const result = runCli([temp('not-json.json', '{"version": 1, horizon: }')], io);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/not-json\.json: is not JSON/);
		expect(result.stderr).not.toMatch(STACK);
	});

	it('a scenario that breaks several rules: one line per problem, as path: message', () => {
		const json = JSON.parse(readFileSync(fixture('loans-and-guarantees'), 'utf8'));
		json.horizon = 0;
		json.tranches[0].schedule.cap = '0';
		json.tranches[1].grace = 12;
		json.trade.sectors[1].tariffDeal = 'high';
		const result = runCli([temp('broken.json', JSON.stringify(json))], io);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(lines(result.stderr)).toEqual([
			'horizon: must be between 1 and 50',
			'tranches[0].schedule.cap: must be greater than 0',
			'tranches[1].grace: must be between 0 and tenor - 1 (11)',
			'trade.sectors[1].tariffDeal: must be a number, or a list of steps {from, rate}'
		]);
	});

	it('a hostile formula: one line naming the field, before anything is evaluated', () => {
		const json = JSON.parse(readFileSync(fixture('toy'), 'utf8'));
		json.tranches[0].schedule = { mode: 'formula', expr: 'import({}, {})' };
		const result = runCli([temp('hostile.json', JSON.stringify(json))], io);
		expect(result.code).toBe(2);
		expect(lines(result.stderr)).toHaveLength(1);
		expect(result.stderr).toMatch(/^tranches\[0\]\.schedule\.expr: .*import/);
	});

	it('a formula that fails in some year: one line naming the field', () => {
		const json = JSON.parse(readFileSync(fixture('toy'), 'utf8'));
		json.tranches[0].schedule = { mode: 'formula', expr: '10 / (3 - t)' };
		const result = runCli([temp('infinite.json', JSON.stringify(json))], io);
		expect(result.code).toBe(2);
		expect(lines(result.stderr)).toEqual(['tranches[0].schedule.expr: gives a value that is not finite in year t = 3']);
	});

	it.each([
		[['--bogus', fixture('toy')]],
		[[fixture('toy'), fixture('gyeongju')]],
		[[fixture('toy'), '--format', 'xml']],
		[[]]
	])('unknown or missing arguments %j: the usage', (args) => {
		const result = runCli(args, io);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/usage:/);
		expect(result.stderr).not.toMatch(STACK);
	});

	it('--help prints the usage and exits 0', () => {
		const result = runCli(['--help'], io);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^usage:/);
	});
});
