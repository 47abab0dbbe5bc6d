/**
 * Link-preview images (Open Graph and Twitter cards, 1200 × 630), one per preset: the
 * built site's /embed in its card layout (the verdict and the exposure chart) photographed
 * in Chromium, written to static/previews/<id>.png with its stamp (<id>.json, see
 * preview-stamp.ts) and copied into build/previews/. Run it after adding or changing a
 * preset, and commit the files; a unit test fails while an image is out of date.
 *   npm run previews            (builds first)
 *   npm run previews -- ID...   (only these presets)
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { PRESETS } from '../src/lib/presets/index';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { PREVIEWS_DIR, previewStamp } from './preview-stamp';
import { freePort, serveBuild } from './site';

const only = process.argv.slice(2);
const presets = only.length > 0 ? PRESETS.filter((p) => only.includes(p.id)) : PRESETS;
if (presets.length === 0) throw new Error(`no preset among ${only.join(', ')}`);
mkdirSync(PREVIEWS_DIR, { recursive: true });
if (existsSync('build')) mkdirSync('build/previews', { recursive: true });

const site = await serveBuild(await freePort());
try {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	// The card is 800 × 420 CSS pixels; at 1.5 device pixels per CSS pixel, 1200 × 630.
	const page = await browser.newPage({ viewport: { width: 800, height: 420 }, deviceScaleFactor: 1.5 });
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	for (const preset of presets) {
		await page.goto(`${site.url}/embed?v=2&p=${encodeURIComponent(preset.id)}&lang=en&chart=cash&card=og`);
		await page.locator('[data-testid="embed"][data-ready="true"]').waitFor({ timeout: 30_000 });
		await page.evaluate(() => document.fonts.ready);
		const png = join(PREVIEWS_DIR, `${preset.id}.png`);
		await page.screenshot({ path: png, clip: { x: 0, y: 0, width: 800, height: 420 } });
		writeFileSync(join(PREVIEWS_DIR, `${preset.id}.json`), JSON.stringify(previewStamp(preset), null, 1) + '\n');
		if (existsSync('build/previews')) copyFileSync(png, join('build/previews', `${preset.id}.png`));
		console.log(`wrote ${png}`);
	}
	await browser.close();
	if (errors.length > 0) throw new Error(`the browser logged errors:\n${errors.join('\n')}`);
} finally {
	site.close();
}
