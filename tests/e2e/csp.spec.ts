/**
 * The Content Security Policy holds while a user goes through every feature: no
 * `securitypolicyviolation` event and no console message about the policy, from the
 * first paint to the lazily loaded formula engine (mathjs, which must not need eval),
 * the exports and the method page.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** What the init script records on window. */
type Recorded = { directive: string; blocked: string; sample: string; source: string }[];

/** The violations the page has seen since it loaded. */
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: Recorded }).__csp ?? []);

test.describe('the Content Security Policy', () => {
	test('no feature breaks the policy', async ({ calc, page, context }) => {
		test.setTimeout(120_000);
		const messages: string[] = [];
		const seen: Recorded = [];
		page.on('console', (msg) => {
			if (/content security policy/i.test(msg.text())) messages.push(`${msg.type()}: ${msg.text()}`);
		});
		await context.addInitScript(() => {
			const w = window as unknown as { __csp: Recorded };
			w.__csp = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				w.__csp.push({
					directive: e.effectiveDirective,
					blocked: e.blockedURI,
					sample: e.sample,
					source: `${e.sourceFile}:${e.lineNumber}`
				})
			);
		});
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		/** Moves on to another page, keeping what the one left behind recorded. */
		const leave = async () => seen.push(...(await violations(page)));

		const response = await page.goto('/?v=1');
		await calc.ready();
		// The meta policy is strict for scripts; a host sending build/_headers adds frame-ancestors.
		const meta = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
		expect(meta).toMatch(/script-src 'self' 'sha256-[^']+'(;|$)/);
		expect(meta).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
		const header = response?.headers()['content-security-policy'];
		if (header) {
			expect(header).toContain("frame-ancestors 'none'");
			expect(header).toContain(/'sha256-[^']+'/.exec(meta)?.[0] ?? 'no hash in the meta policy');
		}

		// Sliders (keyboard and pointer) and boxes.
		const slider = calc.slider("Korea's share until recouped");
		await slider.focus();
		for (let k = 0; k < 5; k++) await slider.press('ArrowRight');
		const box = await slider.boundingBox();
		if (box) await page.mouse.click(box.x + box.width * 0.3, box.y + box.height / 2);
		await calc.setBox('Discount rate', '4.5');
		await calc.setBox('Discount rate', 'abc');
		await calc.setBox('Discount rate', '5');

		// Presets, currency, language.
		await calc.choosePreset('japan-style');
		await calc.choosePreset('mou-2025');
		await page.getByRole('button', { name: 'Korean won' }).click();
		await page.getByRole('button', { name: 'US dollars' }).click();
		await page.getByRole('button', { name: '한국어' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');

		// A formula schedule: mathjs loads lazily and evaluates without eval.
		const tranche = page.locator('details.tranche').first();
		await tranche.getByRole('combobox', { name: 'Timetable' }).selectOption('formula');
		const formula = tranche.getByRole('textbox', { name: /Formula/ });
		await formula.fill('min(40, 10 * t) + sqrt(A) / H');
		await expect(tranche.getByRole('alert')).toHaveCount(0);
		await formula.fill('t <= 2 ? 50 : 25');
		await expect(tranche.getByRole('alert')).toHaveCount(0);
		await expect(page.getByTestId('npv-deal')).not.toBeEmpty();

		// Exports: a chart as PNG (download and clipboard), the CSV, the link, a scenario file.
		let download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download PNG' }).first().click();
		expect((await download).suggestedFilename()).toMatch(/\.png$/);
		const copyImage = page.locator('[data-action="copy-png"]').first();
		if ((await copyImage.count()) > 0) {
			await copyImage.click();
			await expect(page.locator('figure[data-chart] [role="status"]').first()).not.toBeEmpty();
		}
		download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download CSV' }).click();
		expect((await download).suggestedFilename()).toMatch(/\.csv$/);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByText('Link copied')).toBeVisible();
		download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Save scenario file' }).click();
		const saved = await (await download).path();
		await calc.choosePreset('us-demand-2025-09');
		await page.getByTestId('open-file').setInputFiles({
			name: 'scenario.json',
			mimeType: 'application/json',
			buffer: readFileSync(saved)
		});

		// Compare: pin A, change B, unpin.
		await page.getByRole('button', { name: 'Pin as A' }).click();
		await expect(page.getByTestId('pinned')).toBeVisible();
		await calc.setBox('Discount rate', '6');
		await expect(page.getByTestId('npv-deal')).not.toBeEmpty();

		// The analysis tools, when the page has them: the Monte Carlo draws run in module workers (worker-src).
		const analysis = page.getByTestId('analysis');
		if ((await analysis.count()) > 0) {
			await analysis.scrollIntoViewIfNeeded();
			const monteCarlo = page.locator('section[data-tool="montecarlo"]');
			await expect(monteCarlo).toBeVisible();
			await monteCarlo.getByRole('textbox', { name: /^Draws/ }).fill('200');
			await monteCarlo.getByRole('button', { name: /^Run$/ }).click();
			await expect(page.locator('figure[data-chart="mc-histogram"]')).toBeVisible({ timeout: 45_000 });
			// The pool may have started (warming up) before Run: count the workers alive, by their script.
			const workers = page.workers().filter((w) => /monteCarlo[^/]*\.js/.test(w.url()));
			expect(workers.length, 'Monte Carlo workers started').toBeGreaterThan(0);
		}

		// The method page, opened by its link (client-side) and afresh.
		await page.getByRole('link', { name: 'Sources & method' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await leave();
		await page.goto('/method');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.waitForTimeout(300);
		await leave();

		expect(seen, 'securitypolicyviolation events').toEqual([]);
		expect(messages, 'console messages about the policy').toEqual([]);
	});
});
