/**
 * Screenshots of the built site for people to look at (and the README's picture):
 *   npm run build && npx tsx scripts/screenshot.ts [QUERY] [OUT_DIR]
 * Serves build/ and drives Debian's Chromium through Playwright.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { freePort, serveBuild } from './site';

const query = process.argv[2] ?? 'v=1';
const out = process.argv[3] ?? 'tmp/shots';
mkdirSync(out, { recursive: true });

const site = await serveBuild(await freePort());
try {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	const shots: [string, number, number, string][] = [
		['desktop', 1440, 1000, `/?${query}`],
		['phone', 390, 844, `/?${query}`],
		['desktop-ko', 1440, 1000, `/?${query}&lang=ko`],
		['phone-ko', 390, 844, `/?${query}&lang=ko`],
		['method', 1280, 900, '/method']
	];
	for (const [name, width, height, path] of shots) {
		const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
		page.on('console', (m) => m.type() === 'error' && console.error(`[${name}] console: ${m.text()}`));
		page.on('pageerror', (e) => console.error(`[${name}] page error: ${e.message}`));
		await page.goto(`${site.url}${path}`, { waitUntil: 'domcontentloaded' });
		await page.waitForTimeout(1200);
		// Scroll down the page and back, so the parts that render once seen (charts, the yearly table) do.
		for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 500) {
			await page.evaluate((top) => window.scrollTo(0, top), y);
			await page.waitForTimeout(50);
		}
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.waitForTimeout(300);
		await page.screenshot({ path: `${out}/${name}.png`, fullPage: name !== 'desktop' });
		await page.screenshot({ path: `${out}/${name}-top.png` });
		await page.close();
	}
	await browser.close();
} finally {
	site.close();
}
