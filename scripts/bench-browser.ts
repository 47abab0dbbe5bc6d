/**
 * Key press to updated summary, measured in Chromium on the built site: a slider gets
 * arrow-key presses; in the page, the time from each keydown to the summary's text
 * changing (and to the next frame being painted) is recorded.
 *   npm run build && tsx scripts/bench-browser.ts
 * Prints `keypress_to_summary_ms_median=X` and `keypress_to_paint_ms_median=X`.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { freePort, serveBuild } from './site';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// A free port: other worktrees may serve their own builds at the same time.
const site = await serveBuild(await freePort());
try {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
	await page.goto(`${site.url}/?v=1`);
	await page.getByTestId('npv-deal').waitFor();
	await page.waitForTimeout(500);
	await page.evaluate(() => {
		const w = window as unknown as { __lat: { summary: number[]; paint: number[] }; __t0: number };
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
	for (let k = 0; k < 40; k++) {
		await slider.press(k < 20 ? 'ArrowRight' : 'ArrowLeft');
		await page.waitForTimeout(60);
	}
	const lat = await page.evaluate(() => (window as unknown as { __lat: { summary: number[]; paint: number[] } }).__lat);
	console.log(`presses=40 updates=${lat.summary.length}`);
	console.log(
		`keypress_to_summary_ms_median=${median(lat.summary).toFixed(2)} max=${Math.max(...lat.summary).toFixed(2)}`
	);
	console.log(`keypress_to_paint_ms_median=${median(lat.paint).toFixed(2)}`);
	await browser.close();
} finally {
	site.close();
}
