/**
 * Screenshots of the built site for people to look at (and the README's picture):
 *   npm run build && npx tsx scripts/screenshot.ts [QUERY] [OUT_DIR]
 * Serves build/ with `vite preview` and drives Debian's Chromium through Playwright.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const query = process.argv[2] ?? 'v=1';
const out = process.argv[3] ?? 'tmp/shots';
const port = 4179;
mkdirSync(out, { recursive: true });

const server = spawn(process.execPath, ['scripts/serve.js', '--port', String(port)], { stdio: 'ignore' });
try {
	for (let k = 0; k < 100; k++) {
		const up = await fetch(`http://127.0.0.1:${port}/`).then(
			(r) => r.ok,
			() => false
		);
		if (up) break;
		await new Promise((r) => setTimeout(r, 200));
	}
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
	const shots: [string, number, number, string][] = [
		['desktop', 1440, 1000, `/?${query}`],
		['phone', 390, 844, `/?${query}`],
		['method', 1280, 900, '/method']
	];
	for (const [name, width, height, path] of shots) {
		const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
		page.on('console', (m) => m.type() === 'error' && console.error(`[${name}] console: ${m.text()}`));
		page.on('pageerror', (e) => console.error(`[${name}] page error: ${e.message}`));
		await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'domcontentloaded' });
		await page.waitForTimeout(1200);
		await page.screenshot({ path: `${out}/${name}.png`, fullPage: name !== 'desktop' });
		await page.screenshot({ path: `${out}/${name}-top.png` });
		await page.close();
	}
	await browser.close();
} finally {
	server.kill();
}
