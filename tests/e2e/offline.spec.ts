/**
 * Offline use (src/service-worker.ts): a page opened once works with the network off,
 * share links and the method page included; a new version takes over at once and
 * deletes older caches, so nobody is trapped on a stale build.
 */
import type { Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { freePort } from '../../scripts/site';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

/** Waits until the service worker is active and controls the page. */
async function controlled(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** The names of the page's caches, in creation order. */
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test.describe('offline', () => {
	test('a page opened once works offline: reload, a share link and the method page', async ({
		calc,
		page,
		context
	}) => {
		await calc.open();
		await controlled(page);
		await context.setOffline(true);
		try {
			await page.reload();
			await calc.ready();

			await calc.open('v=1&d=0.05');
			await expect(calc.box('Discount rate')).toHaveValue('5');
			await expect(calc.summary).toBeVisible();

			await page.goto('/method');
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await page.getByRole('link', { name: 'Calculator', exact: true }).click();
			await calc.ready();

			// The formula engine loads lazily: it must be cached too.
			const tranche = page.locator('details.tranche').first();
			await tranche.getByRole('combobox', { name: 'Timetable' }).selectOption('formula');
			await tranche.getByRole('textbox', { name: /Formula/ }).fill('t <= 2 ? 50 : 25');
			await expect(tranche.getByRole('alert')).toHaveCount(0);
			await expect(page.getByTestId('npv-deal')).not.toBeEmpty();
		} finally {
			await context.setOffline(false);
		}
	});

	test('a new version takes over at once and deletes older caches', async ({ calc, page, context }) => {
		// A host of its own, whose service worker the test can redeploy.
		const site = await copyOfSite();
		try {
			await page.goto(`${site.url}/`);
			await calc.ready();
			await controlled(page);
			const first = `pledge-calculator-${site.version}`;
			expect(await cacheNames(page)).toEqual([first]);

			/**
			 * Deploys the same worker under a new version name and waits for it to take over.
			 * The worker in control is noted before the deploy: waiting for a 'controllerchange'
			 * event instead missed one that came before the listener (a CI run hung on it).
			 * The update check is asked again every 2 s until the new worker is in control, as a
			 * browser does at each navigation: in one fresh-clone CI run the second deploy's new
			 * script was fetched once and never took over (60 s, on a busy machine).
			 */
			const deploy = async (suffix: string) => {
				await page.evaluate(() => {
					(window as unknown as { before: unknown }).before = navigator.serviceWorker.controller;
				});
				site.deployWorker(`${site.version}${suffix}`);
				await page.evaluate(async () => {
					const registration = await navigator.serviceWorker.ready;
					const before = (window as unknown as { before: unknown }).before;
					for (let k = 0; navigator.serviceWorker.controller === before; k++) {
						if (k % 40 === 0) await registration.update().catch(() => undefined);
						await new Promise((r) => setTimeout(r, 50));
					}
				});
			};

			// The first update keeps the replaced cache (a page still open on it loads its lazy chunks) ...
			await deploy('-2');
			await expect.poll(() => cacheNames(page)).toEqual([first, `${first}-2`]);
			// ... and the next one deletes it.
			await deploy('-3');
			await expect.poll(() => cacheNames(page)).toEqual([`${first}-2`, `${first}-3`]);

			// The page works under the new worker, online and offline.
			await page.reload();
			await calc.ready();
			await context.setOffline(true);
			try {
				await page.goto(`${site.url}/?v=1&d=0.05`);
				await calc.ready();
				await expect(calc.box('Discount rate')).toHaveValue('5');
			} finally {
				await context.setOffline(false);
			}
		} finally {
			site.close();
		}
	});
});

/** A copy of build/ served by scripts/serve.js on a free port, with a way to redeploy its service worker. */
async function copyOfSite(): Promise<{
	url: string;
	version: string;
	deployWorker: (version: string) => void;
	close: () => void;
}> {
	const dir = mkdtempSync(join(tmpdir(), 'pledge-offline-'));
	cpSync('build', dir, { recursive: true });
	const version = (JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8')) as { version: string }).version;
	const worker = readFileSync(join(dir, 'service-worker.js'), 'utf8');
	expect(worker).toContain(version);
	const port = await freePort();
	const server = spawn(process.execPath, ['scripts/serve.js', '--port', String(port), '--dir', dir], {
		stdio: 'ignore'
	});
	const url = `http://127.0.0.1:${port}`;
	await expect
		.poll(() =>
			fetch(url).then(
				(r) => r.ok,
				() => false
			)
		)
		.toBe(true);
	return {
		url,
		version,
		deployWorker: (next) => writeFileSync(join(dir, 'service-worker.js'), worker.replaceAll(version, next)),
		close: () => {
			server.kill();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
