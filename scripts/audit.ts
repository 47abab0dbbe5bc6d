/**
 * Lighthouse on the built site: serves build/ with scripts/serve.js (so with the headers
 * of build/_headers) on a free port, and audits `/` and `/method` in Chromium, as a
 * desktop and as a phone (Lighthouse's default mobile emulation and throttling). Each
 * page is audited 5 times as a desktop and 3 times as a phone, and the median
 * performance score counts (Lighthouse's own advice: one run varies by several points on
 * a busy machine). Prints the scores and the median Total Blocking Time per page, and
 * exits 1 below a threshold of THRESHOLDS, naming the audits that cost points.
 * Builds nothing: run `npm run build` first.
 *   npm run audit [-- --report-only] [-- --reports DIR] [-- --runs N (for every form, at least 3)]
 *     [-- --page /method (only this page; repeatable)] [-- --form mobile (only this form factor)]
 *   (HTML reports of the first runs, default test-results/lighthouse)
 * Chromium is found as for the browser tests (scripts/chromium.ts), with the same flags.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Flags, type Result, type RunnerResult } from 'lighthouse';
import { median, option } from './args';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { freePort, serveBuild } from './site';

/**
 * The lowest score each gated category may have (0-100), per form factor. Desktop
 * performance is gated at 85, below what the pages clear with margin: on Chromium 156,
 * idle, `/` scored medians of 92-100 (2026-12-02 and 12-03) and the static `/method`
 * 99-100. It was gated at 95 until `/` fell to 92-93 on a new Chromium: a gate that
 * fails by the browser's build blocks every change. Phone performance is printed, not
 * gated (issue #9): on Chromium 156, idle, `/method` scored 84-100 and `/` 70-93 in 32
 * runs of one build on 2026-12-02, 81-98 on 2026-12-03 after lighter loads. Lighthouse
 * multiplies the main thread's observed time by 4, so the machine's load moves a phone
 * score by 15 points or more. The code's speed is also held by the gates that do not
 * depend on the browser's build: first-load JavaScript (npm run size, 120 KB) and key
 * press to summary (npm run bench:browser, 16 ms).
 */
const THRESHOLDS: Record<string, Record<string, number>> = {
	desktop: { performance: 85, accessibility: 100, 'best-practices': 100 },
	mobile: { accessibility: 100, 'best-practices': 100 }
};
/** The categories printed (SEO is reported, not gated). */
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The pages audited. */
const PAGES = ['/', '/method'];
/**
 * The form factors: Lighthouse's desktop preset, and its default (a mid-range phone on a
 * slow 4G link with a 4x slower CPU). Performance varies from run to run, so each page
 * is audited `runs` times and the median score counts (Lighthouse's own advice). The
 * gated desktop score gets 5 runs: on a 2-core machine with a load average over 10,
 * one run in three fell to 77-85, and a median of 5 outlasts two such runs.
 */
const FORMS: { name: string; config?: Config; runs: number }[] = [
	{ name: 'desktop', config: desktopConfig, runs: 5 },
	{ name: 'mobile', runs: 3 }
];
/** The fewest runs per page and form factor (the median needs 3). */
const RUNS = 3;

/** Scores out of 100 per category of a Lighthouse result (null when a category could not be scored). */
function scores(result: Pick<Result, 'categories'>): Record<string, number | null> {
	return Object.fromEntries(
		CATEGORIES.map((id) => {
			const score = result.categories[id]?.score;
			return [id, typeof score === 'number' ? Math.round(score * 100) : null];
		})
	);
}

/** The gated categories below their threshold, as `category score < threshold`. */
function shortfalls(got: Record<string, number | null>, thresholds: Record<string, number>): string[] {
	return Object.entries(thresholds)
		.filter(([id, min]) => (got[id] ?? -1) < min)
		.map(([id, min]) => `${id} ${got[id] ?? 'no score'} < ${min}`);
}

/** The audits that cost points in the given categories, with their titles and display values. */
function costlyAudits(result: Pick<Result, 'categories' | 'audits'>, ids: string[]): string[] {
	const lines: string[] = [];
	for (const id of ids) {
		for (const ref of result.categories[id]?.auditRefs ?? []) {
			const audit = result.audits[ref.id];
			if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
				const value = audit.displayValue ? ` (${audit.displayValue})` : '';
				lines.push(`${id}: ${ref.id} ${Math.round(audit.score * 100)}: ${audit.title}${value}`);
			}
		}
	}
	return lines;
}

/** The median of the numbers among some values (null when there are none). */
function medianOf(xs: (number | null | undefined)[]): number | null {
	const all = xs.filter((x): x is number => typeof x === 'number');
	return all.length === 0 ? null : median(all);
}

/**
 * One Lighthouse run, tried again (twice at most) when it fails to measure, as a busy
 * machine sometimes makes it ("The page did not paint any content", NO_FCP).
 */
async function audit(url: string, flags: Flags, config: Config | undefined): Promise<RunnerResult> {
	for (let attempt = 1; ; attempt++) {
		const run = await lighthouse(url, flags, config);
		if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
		const problem =
			run.lhr.runtimeError?.message ?? (scores(run.lhr).performance === null ? 'no performance score' : null);
		if (!problem || attempt === 3) return run;
		console.log(`    (run again: ${problem.split('\n')[0]})`);
	}
}

async function main(argv: string[]): Promise<number> {
	const reportOnly = argv.includes('--report-only');
	const reports = option(argv, '--reports', join('test-results', 'lighthouse'));
	const asked = Number(option(argv, '--runs', '0')) || 0;
	const chosen = (flag: string) => argv.flatMap((a, i) => (a === flag && argv[i + 1] ? [argv[i + 1]] : []));
	const pages = chosen('--page').length > 0 ? chosen('--page') : PAGES;
	const forms = chosen('--form').length > 0 ? FORMS.filter((f) => chosen('--form').includes(f.name)) : FORMS;
	if (!existsSync(join('build', 'index.html'))) {
		console.error('No built site in build/: run "npm run build" first.');
		return 1;
	}
	mkdirSync(reports, { recursive: true });

	const started = Date.now();
	const site = await serveBuild(await freePort());
	const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
	const failures: string[] = [];
	const errored = new Set<string>();
	try {
		for (const form of forms) {
			for (const page of pages) {
				// The first run scores every category; the others only performance, which varies.
				const flags: Flags = { port: chrome.port, output: 'html', logLevel: 'error', disableFullPageScreenshot: true };
				const runs: RunnerResult[] = [];
				const runCount = Math.max(RUNS, asked || form.runs);
				for (let n = 0; n < runCount; n++) {
					const onlyCategories = n === 0 ? CATEGORIES : ['performance'];
					runs.push(await audit(`${site.url}${page}`, { ...flags, onlyCategories }, form.config));
				}
				const run = runs[0];
				const got: Record<string, number | null> = {
					...scores(run.lhr),
					performance: medianOf(runs.map((x) => scores(x.lhr).performance))
				};
				const tbt = medianOf(runs.map((x) => x.lhr.audits['total-blocking-time']?.numericValue));
				const name = `${form.name}${page === '/' ? '-home' : page.replaceAll('/', '-')}.html`;
				writeFileSync(join(reports, name), String(run.report));
				const all = ` (median of ${runs.map((x) => scores(x.lhr).performance).join(' ')})`;
				const thresholds = THRESHOLDS[form.name];
				const mark = (id: string) => (id in thresholds ? '' : '*');
				const cells = CATEGORIES.map((id) => `${id}=${got[id] ?? '-'}${mark(id)}`).join(' ');
				const tbtCell = ` tbt_ms=${tbt === null ? '-' : Math.round(tbt)}`;
				console.log(`${form.name.padEnd(7)} ${page.padEnd(8)} ${cells}${tbtCell}${all}`);
				const short = shortfalls(got, thresholds);
				if (short.length > 0) failures.push(`${form.name} ${page}: ${short.join(', ')}`);
				const below = Object.keys(thresholds).filter((id) => (got[id] ?? -1) < thresholds[id]);
				for (const line of costlyAudits(run.lhr, below)) console.log(`    ${line}`);
				for (const warning of run.lhr.runWarnings) console.log(`    warning: ${warning}`);
				for (const a of Object.values(run.lhr.audits)) if (a.scoreDisplayMode === 'error') errored.add(a.id);
			}
		}
	} finally {
		chrome.kill();
		site.close();
	}
	if (errored.size > 0)
		console.log(`audits Lighthouse 12 could not run on this Chromium's traces: ${[...errored].join(', ')}`);
	const seconds = ((Date.now() - started) / 1000).toFixed(0);
	const gates = FORMS.map(
		(f) =>
			`${f.name} ${Object.entries(THRESHOLDS[f.name])
				.map(([id, min]) => `${id}>=${min}`)
				.join(' ')}`
	);
	console.log(`gates: ${gates.join('; ')}; * printed, not gated; performance and tbt_ms are medians of all runs`);
	console.log(`lighthouse_seconds=${seconds} (reports of the first runs in ${reports}/)`);
	if (failures.length === 0) return 0;
	console.error(
		`Below the thresholds${reportOnly ? ' (--report-only: not failing)' : ''}:\n  ${failures.join('\n  ')}`
	);
	return reportOnly ? 0 : 1;
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
);
