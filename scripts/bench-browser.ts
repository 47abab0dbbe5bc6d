/**
 * Key press to updated summary, measured in Chromium on the built site: a slider gets
 * arrow-key presses; in the page, the time from each keydown to the summary's text
 * changing (and to the next frame being painted) is recorded. Done `--runs` times (3 by
 * default), each on a fresh page; the median of the runs' medians counts.
 *   npm run build && tsx scripts/bench-browser.ts [--runs 3] [--gate MS]
 * Prints `keypress_to_summary_ms_median=X` and `keypress_to_paint_ms_median=X`; with
 * --gate, exits 1 when the summary median is above MS.
 */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { freePort, serveBuild } from './site';
import { median } from './args';

const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : NaN);
const runs = Math.max(1, option('--runs') || 3);
const gate = option('--gate');
const PRESSES = 40;

type Latencies = { summary: number[]; paint: number[] };

/** One run on a fresh page: the latencies of PRESSES key presses. */
async function once(browser: Browser, url: string): Promise<Latencies> {
	const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
	await page.goto(`${url}/?v=1`);
	await page.getByTestId('npv-deal').waitFor();
	await page.waitForTimeout(500);
	await page.evaluate(() => {
		const w = window as unknown as { __lat: Latencies; __t0: number };
		w.__lat = { summary: [], paint: [] };
		const target = document.querySelector('[data-testid="korea-inflow"]') as HTMLElement;
		document.addEventListener('keydown', () => (w.__t0 = performance.now()), true);
		new MutationObserver(() => {
			const t0 = w.__t0;
			if (!t0) return;
			w.__lat.summary.push(performance.now() - t0);
			requestAnimationFrame(() => requestAnimationFrame(() => w.__lat.paint.push(performance.now() - t0)));
			w.__t0 = 0;
		}).observe(target, { childList: true, subtree: true, characterData: true });
	});
	const slider = page.getByRole('slider', { name: "Korea's share until recouped" }).first();
	await slider.focus();
	for (let k = 0; k < PRESSES; k++) {
		await slider.press(k < PRESSES / 2 ? 'ArrowRight' : 'ArrowLeft');
		await page.waitForTimeout(60);
	}
	const lat = await page.evaluate(() => (window as unknown as { __lat: Latencies }).__lat);
	await page.close();
	if (lat.summary.length < PRESSES)
		throw new Error(`${PRESSES} presses, but the summary changed ${lat.summary.length} times`);
	return lat;
}

// A free port: other worktrees may serve their own builds at the same time.
const site = await serveBuild(await freePort());
try {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	const all: Latencies[] = [];
	for (let k = 0; k < runs; k++) all.push(await once(browser, site.url));
	await browser.close();
	const summary = all.map((l) => median(l.summary));
	const paint = all.map((l) => median(l.paint));
	const fmt = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(' ');
	console.log(`${runs} runs of ${PRESSES} presses; run medians (ms): summary ${fmt(summary)}, paint ${fmt(paint)}`);
	console.log(
		`keypress_to_summary_ms_median=${median(summary).toFixed(2)} max=${Math.max(...all.flatMap((l) => l.summary)).toFixed(2)}`
	);
	console.log(`keypress_to_paint_ms_median=${median(paint).toFixed(2)}`);
	if (gate > 0 && median(summary) > gate) {
		console.error(`key press to summary: median ${median(summary).toFixed(2)} ms > ${gate} ms`);
		process.exitCode = 1;
	}
} finally {
	site.close();
}
