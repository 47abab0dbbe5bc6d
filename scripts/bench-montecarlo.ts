/**
 * Monte Carlo in the browser: 1,000 draws of the default scenario (the signed MOU, the
 * default seed and distributions), from a click on Run to the result on the page, in
 * Chromium on the built site. The page uses one worker per core the browser reports
 * (navigator.hardwareConcurrency); the same run with the browser told it has one core
 * must give the same result, which is checked. Each run is on a fresh page, as for a reader
 * who clicks Run once: the workers start, and warm up (200 draws each, monteCarloWorkerCore.ts),
 * when the analysis section comes into view, and the clock starts at the click.
 * Goal: a median of at most 1,000 ms with 2 workers on a 2-core machine (about 1,800 ms
 * before draws were validated once and run lean, simulateOutcome).
 *   npm run build && tsx scripts/bench-montecarlo.ts [--runs 5]
 * Prints `mc_1000_draws_ms_median=X workers=N` and the one-worker time, for comparison.
 */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { freePort, serveBuild } from './site';
import { median, option } from './args';

const DRAWS = 1000;
const argv = process.argv.slice(2);
const runs = Math.max(1, Number(option(argv, '--runs', '5')) || 5);

/** One run on a fresh page: milliseconds from Run to the result, the result's text, and the worker count. */
async function once(browser: Browser, url: string, cores: number | null) {
	const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
	if (cores !== null)
		await page.addInitScript((n) => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => n }), cores);
	await page.goto(`${url}/?v=1`);
	await page.getByTestId('npv-deal').waitFor();
	await page.getByTestId('analysis').scrollIntoViewIfNeeded();
	const mc = page.locator('section[data-tool="montecarlo"]');
	await mc.getByRole('textbox', { name: /^Draws/ }).fill(String(DRAWS));
	const run = mc.getByRole('button', { name: /^Run$/ });
	await run.waitFor();
	await page.waitForTimeout(300);
	const ms = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const button = [...document.querySelectorAll('section[data-tool="montecarlo"] button')].find(
					(b) => b.textContent?.trim() === 'Run'
				) as HTMLButtonElement;
				const t0 = performance.now();
				new MutationObserver((_, observer) => {
					if (!document.querySelector('[data-testid="mc-probability"]')) return;
					observer.disconnect();
					resolve(performance.now() - t0);
				}).observe(document.body, { childList: true, subtree: true });
				button.click();
			})
	);
	const text = await page.getByTestId('mc-status').innerText();
	const workers = await page.evaluate(() => navigator.hardwareConcurrency);
	await page.close();
	return { ms, text, workers };
}

const site = await serveBuild(await freePort());
try {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	const all = [];
	for (let k = 0; k < runs; k++) all.push(await once(browser, site.url, null));
	const one = await once(browser, site.url, 1);
	await browser.close();
	const texts = new Set([...all, one].map((r) => r.text));
	console.log(`mc runs (ms): ${all.map((r) => r.ms.toFixed(0)).join(' ')}; with one worker: ${one.ms.toFixed(0)}`);
	console.log(`mc_1000_draws_ms_median=${median(all.map((r) => r.ms)).toFixed(0)} workers=${all[0].workers}`);
	console.log(`mc_1000_draws_one_worker_ms=${one.ms.toFixed(0)}`);
	if (texts.size !== 1) {
		console.error(`the result depends on the number of workers:\n${[...texts].join('\n---\n')}`);
		process.exitCode = 1;
	} else console.log(`same result with ${all[0].workers} workers and with 1: ${[...texts][0].split('\n')[0]}`);
} finally {
	site.close();
}
