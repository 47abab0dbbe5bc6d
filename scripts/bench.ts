/**
 * Engine benchmark: runs `simulate` many times after a warm-up and prints the median.
 *   npm run --silent bench                 the default scenario and a 50-year stress case
 *   npm run --silent bench -- FILE.json    one scenario file
 * The cold line forgets the remembered tariff powers before every run, as a Monte Carlo
 * run with a new elasticity each time would. The last line is always `median_ms=X` for
 * the first (or only) scenario, warm.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { evaluateFormula } from '../src/lib/formula/index';
import { clearTradeCache, simulate, type Scenario } from '../src/lib/model/index';
import { loadScenario } from './cli';
import { DEFAULT_PRESET_ID, presetById } from '../src/lib/presets/index';
import { stressScenarioJson, stressV2ScenarioJson } from './stress';

function load(text: string, label: string): Scenario {
	const loaded = loadScenario(text);
	if ('problems' in loaded)
		throw new Error(`${label}: ${loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
	return loaded.scenario;
}

/**
 * Median milliseconds of one simulate call, over `runs` timed runs after a warm-up;
 * `cold` forgets the remembered tariff powers before each run (outside the timing).
 */
export function medianMs(scenario: Scenario, runs: number, cold = false, readIrr = false): number {
	const opts = { evaluateFormula };
	// koreaIrr is worked out when first read: `readIrr` reads every tranche's, as the page does.
	const run = () => {
		const p = simulate(scenario, opts);
		if (readIrr) for (const t of p.summary.tranches) void t.koreaIrr;
	};
	for (let k = 0; k < Math.max(5, runs / 10); k++) run();
	const times: number[] = [];
	for (let k = 0; k < runs; k++) {
		if (cold) clearTradeCache();
		const t0 = performance.now();
		run();
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)];
}

const fixture = (name: string) => readFileSync(new URL(`../tests/fixtures/${name}`, import.meta.url), 'utf8');

/** The cases of `npm run bench`, each timed in a fresh process; the default's line is last. */
const CASES: Record<string, () => void> = {
	stress: () => {
		const stress = load(JSON.stringify(stressScenarioJson()), 'stress');
		console.log(`stress (50 years, 8 tranches, 12 sectors): median_ms=${fmt(medianMs(stress, 30))} (goal <= 50)`);
	},
	stressV2: () => {
		const s = load(JSON.stringify(stressV2ScenarioJson()), 'stress v2');
		console.log(
			`stress v2 (50 years, 8 tranches with 100 years of continuation, 12 sectors with competitors and 4-step paths, koreaIrr read): median_ms=${fmt(medianMs(s, 20, false, true))} (goal <= 50)`
		);
	},
	risky: () => {
		const s = load(JSON.stringify(stressV2ScenarioJson(true)), 'stress v2 with deal risk');
		console.log(
			`stress v2 with a 3% yearly hazard (every payment its own path): median_ms=${fmt(medianMs(s, 7, false, true))}`
		);
	},
	continued: () => {
		const json = JSON.parse(fixture('gyeongju.json'));
		json.tranches = json.tranches.map((t: object) => ({ ...t, continuationYears: 30 }));
		const s = load(JSON.stringify(json), 'gyeongju + 30 years');
		console.log(
			`the MOU with 30 years of continuation (koreaIrr read): median_ms=${fmt(medianMs(s, 300, false, true))} (goal <= 2 ms per simulate)`
		);
	},
	standing: () => {
		const s = load(JSON.stringify(presetById(DEFAULT_PRESET_ID)?.scenario), DEFAULT_PRESET_ID);
		console.log(
			`the page's default, ${DEFAULT_PRESET_ID} (100 years of continuation, competitors, paths): median_ms=${fmt(medianMs(s, 200, false, true))} with koreaIrr read, ${fmt(medianMs(s, 200))} without (Monte Carlo)`
		);
	},
	default: () => {
		const s = load(fixture('gyeongju.json'), 'gyeongju');
		const coldMs = medianMs(s, 300, true);
		console.log(`default cold (clearTradeCache() before each run, as in Monte Carlo): median_ms=${fmt(coldMs)}`);
		const ms = medianMs(s, 300);
		console.log(`default (gyeongju.json, 20 years): ${fmt(ms / s.horizon)} ms per year (goal <= 2 ms per simulate)`);
		console.log(`median_ms=${fmt(ms)}`);
	}
};

const file = process.argv.slice(2).find((a, k, all) => !a.startsWith('-') && all[k - 1] !== '--case');
const fmt = (ms: number) => ms.toFixed(3);
if (file) {
	const scenario = load(readFileSync(file === '-' ? 0 : file, 'utf8'), file);
	const coldMs = medianMs(scenario, 200, true);
	const ms = medianMs(scenario, 200);
	console.log(
		`${file}: ${scenario.horizon} years, ${scenario.tranches.length} tranches, ${scenario.trade.sectors.length} sectors`
	);
	console.log(`cold (clearTradeCache() before each run): median_ms=${fmt(coldMs)}`);
	console.log(`median_ms=${fmt(ms)}`);
} else {
	// Each case in a process of its own: the JIT's state after one scenario (say, the v2 stress
	// case's tariff paths) must not slow the next, as it would not on the page.
	const only = process.argv.indexOf('--case');
	const cases = only >= 0 ? [process.argv[only + 1]] : Object.keys(CASES);
	for (const name of cases) {
		if (only >= 0) {
			CASES[name]();
			continue;
		}
		const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1], '--case', name], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'inherit']
		});
		process.stdout.write(child.stdout);
		if (child.status !== 0) process.exitCode = child.status ?? 1;
	}
}
