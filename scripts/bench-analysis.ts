/**
 * Analysis benchmark on the default scenario (tests/fixtures/gyeongju.json):
 *   npx tsx scripts/bench-analysis.ts            all timings
 *   npx tsx scripts/bench-analysis.ts --serial   skip the two-process Monte Carlo run
 * Prints `mc_1000_draws_ms=X` (one thread), `mc_1000_draws_2proc_ms=X` (the draws split
 * over two processes running at once, as two workers would in the browser; the result is
 * checked to equal the one-thread result), `goal_seek_ms=X` and `tornado_ms=X`.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { goalSeek } from '../src/lib/analysis/goalSeek';
import { leverById } from '../src/lib/analysis/leverList';
import { runMonteCarloSync, sampleDraws, splitDraws } from '../src/lib/analysis/monteCarlo';
import { defaultMonteCarloConfig } from '../src/lib/analysis/monteCarloConfig';
import { mergeSamples, summariseSamples, type DrawSamples } from '../src/lib/analysis/monteCarloSummary';
import { tornado } from '../src/lib/analysis/tornado';
import type { ScenarioJson } from '../src/lib/model/index';

const DRAWS = 1000;
const SEED = 20251114;
const scenario = JSON.parse(
	readFileSync(new URL('../tests/fixtures/gyeongju.json', import.meta.url), 'utf8')
) as ScenarioJson;
const config = defaultMonteCarloConfig(scenario);

/** Milliseconds one call of `f` takes, and what it returned. */
function timed<T>(f: () => T): [number, T] {
	const t0 = performance.now();
	const value = f();
	return [performance.now() - t0, value];
}

/** Draws from..to-1 of the run, as a child process does them. */
function part(from: number, to: number): DrawSamples {
	const steps = sampleDraws(scenario, config, { seed: SEED, draws: DRAWS, from, to });
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** Runs the parts in child processes at once; the time is the slowest part's compute time. */
async function inParallel(parts: { from: number; to: number }[]): Promise<[number, DrawSamples[]]> {
	const script = fileURLToPath(import.meta.url);
	const replies = await Promise.all(
		parts.map(
			({ from, to }) =>
				new Promise<{ ms: number; samples: DrawSamples }>((resolve, reject) => {
					const child = fork(script, ['--part', `${from}:${to}`], { execArgv: process.execArgv });
					child.once('message', (m) => resolve(m as { ms: number; samples: DrawSamples }));
					child.once('error', reject);
				})
		)
	);
	return [Math.max(...replies.map((r) => r.ms)), replies.map((r) => r.samples)];
}

async function main(): Promise<void> {
	const partArg = process.argv.indexOf('--part');
	if (partArg >= 0 && process.send) {
		const [from, to] = process.argv[partArg + 1].split(':').map(Number);
		part(from, Math.min(to, from + 10)); // warm-up
		const [ms, samples] = timed(() => part(from, to));
		process.send({ ms, samples }, () => process.exit(0));
		return;
	}
	runMonteCarloSync(scenario, config, { seed: SEED + 1, draws: 20 }); // warm-up
	const [mcMs, single] = timed(() => runMonteCarloSync(scenario, config, { seed: SEED, draws: DRAWS }));
	console.log(`mc_1000_draws_ms=${mcMs.toFixed(0)}`);
	if (!process.argv.includes('--serial')) {
		const [parMs, parts] = await inParallel(splitDraws(DRAWS, 2));
		const merged = summariseSamples(mergeSamples(parts), SEED, config.bins);
		const same = JSON.stringify(merged) === JSON.stringify(single);
		console.log(`mc_1000_draws_2proc_ms=${parMs.toFixed(0)} (same result as one thread: ${same})`);
	}
	const cap = leverById('tranches[0].schedule.cap');
	const [seekMs, seek] = timed(() => goalSeek(scenario, cap, { kind: 'npvZero' }));
	const solved = seek.status === 'solved' ? `cap ${seek.value}, ${seek.iterations} steps` : seek.reason;
	console.log(`goal_seek_ms=${seekMs.toFixed(0)} (deal NPV = 0: ${solved})`);
	const [tornadoMs, t] = timed(() => tornado(scenario));
	console.log(`tornado_ms=${tornadoMs.toFixed(0)} (${t.bars.length} inputs, ${2 * t.bars.length + 1} simulations)`);
	console.log(
		`(P(npvDeal >= 0) = ${single.npvDeal.probabilityNonNegative}; goal: 1,000 draws in 1,000 ms in the browser)`
	);
}

void main();
