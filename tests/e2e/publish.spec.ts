/**
 * Publishing (#13): the embed inside another site's frame, the headers that allow only it
 * to be framed, the preset pages and their link previews, the printed report, the
 * citation, the embed code and the Results JSON.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { translate } from '../../src/lib/i18n/index';
import { PRESETS } from '../../src/lib/presets/index';
import { expect, lateFiles, test } from './fixtures';

type Violation = { directive: string; blocked: string };

/** Records CSP violations of every frame on window.__csp. */
async function recordViolations(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const w = window as unknown as { __csp: Violation[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI })
		);
	});
}

/** A second site (another origin: another port) whose one page frames `src` and records the embed's messages. */
async function articleSite(src: string): Promise<{ url: string; server: Server }> {
	const html = `<!doctype html><html><head><meta charset="utf-8"><title>An article</title></head><body>
<h1>An article</h1><p>Text before the chart.</p>
<iframe id="chart" src="${src}" title="A chart" loading="lazy" style="width:100%;aspect-ratio:4/3;border:0"></iframe>
<script>window.__heights=[];addEventListener('message',function(e){if(e.data&&e.data.type==='pledge-calculator:height'){window.__heights.push({origin:e.origin,height:e.data.height,chart:e.data.chart});document.getElementById('chart').style.height=e.data.height+'px';}});</script>
</body></html>`;
	const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

const heights = (page: Page) =>
	page.evaluate(
		() => (window as unknown as { __heights: { origin: string; height: number; chart: string }[] }).__heights
	);

test.describe('embeds', () => {
	test('an embed in a frame of another site draws its chart, reports its height, without errors or policy violations', async ({
		page,
		context,
		errors,
		baseURL
	}) => {
		await recordViolations(context);
		const site = await articleSite(`${baseURL}/embed?v=2&p=mou-2025&chart=dividends&lang=ko`);
		try {
			await page.setViewportSize({ width: 360, height: 800 });
			await page.goto(site.url);
			const frame = page.frameLocator('#chart');
			const embed = frame.locator('[data-testid="embed"][data-ready="true"]');
			await expect(embed).toBeVisible({ timeout: 20_000 });
			await expect(frame.getByRole('heading', { level: 1 })).toHaveText(translate('ko', 'chart.dividends.title'));
			await expect(frame.getByRole('link', { name: translate('ko', 'embed.open') })).toHaveAttribute(
				'href',
				`${baseURL}/?v=2&p=mou-2025&lang=ko`
			);
			const canvas = frame.locator('canvas');
			const box = await canvas.boundingBox();
			expect(box?.width ?? 0).toBeGreaterThan(250);
			expect(box?.height ?? 0).toBeGreaterThan(150);
			await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
			const last = (await heights(page)).at(-1);
			expect(last?.origin).toBe(baseURL);
			expect(last?.chart).toBe('dividends');
			expect(last?.height).toBeGreaterThan(300);
			// The frame took the reported height: the whole embed shows, nothing scrolls inside it.
			await expect
				.poll(async () => (await page.locator('#chart').boundingBox())?.height ?? 0)
				.toBeGreaterThanOrEqual((last?.height ?? 0) - 1);
			const childFrame = page.frames().find((f) => f.url().includes('/embed'));
			expect(childFrame, 'the embed frame').toBeTruthy();
			const seen = await childFrame!.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp);
			expect(seen, 'securitypolicyviolation events in the embed').toEqual([]);
		} finally {
			site.server.close();
		}
		void errors;
	});

	test('only /embed may be framed: the other pages send frame-ancestors none, and a frame of the calculator stays empty', async ({
		page,
		request,
		baseURL
	}) => {
		for (const path of ['/', '/method', `/preset/${PRESETS[0].id}`, '/?v=2&d=0.05']) {
			const csp = (await request.get(path)).headers()['content-security-policy'] ?? '';
			expect(csp, path).toContain("frame-ancestors 'none'");
		}
		const embedCsp = (await request.get('/embed?v=2')).headers()['content-security-policy'] ?? '';
		expect(embedCsp).toContain('frame-ancestors *');
		expect(embedCsp).toMatch(/script-src 'self' 'sha256-[^']+'/);
		expect(embedCsp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);

		const refusals: string[] = [];
		page.on('console', (m) => /frame-ancestors|Refused to frame/i.test(m.text()) && refusals.push(m.text()));
		const site = await articleSite(`${baseURL}/?v=2`);
		try {
			await page.goto(site.url);
			await expect.poll(() => refusals.length).toBeGreaterThan(0);
			const framed = page.frames().find((f) => f !== page.mainFrame());
			expect(await framed?.locator('[data-testid="npv-deal"]').count()).toBe(0);
		} finally {
			site.server.close();
		}
	});

	test('an embed is readable at 320 px and follows the scenario of its link', async ({ page, errors }) => {
		await page.setViewportSize({ width: 320, height: 700 });
		await page.goto('/embed?v=2&p=japan-style&chart=npv');
		await expect(page.locator('[data-testid="embed"][data-ready="true"]')).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Running present value of the deal');
		await expect(page.locator('.caption')).toContainText('Japan');
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, 'no sideways scrolling').toBeLessThanOrEqual(320);
		void errors;
	});

	test('"Embed" gives the iframe code of the chart for the scenario on screen', async ({ calc, page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await calc.open('v=2&p=mou-2025&d=0.05');
		await page.locator('figure[data-chart="npv"]').getByRole('button', { name: 'Embed' }).click();
		const dialog = page.getByTestId('embed-dialog');
		await expect(dialog).toBeVisible();
		const code = await dialog.getByTestId('embed-code').inputValue();
		expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\?v=2&amp;[^"]*d=0\.05&amp;chart=npv" /);
		expect(code).toContain('title="Running present value of the deal (interactive chart, Pledge Calculator)"');
		expect(code).toContain('loading="lazy"');
		expect(code).toContain('aspect-ratio:4/3');
		await dialog.getByRole('button', { name: 'Copy' }).first().click();
		await expect(dialog.getByText('Copied')).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(dialog).toHaveCount(0);
	});
});

test.describe('preset pages and link previews', () => {
	test('every preset has its own address, description and og:image, and the image exists', async ({ request }) => {
		const images = new Set<string>();
		for (const preset of PRESETS) {
			const response = await request.get(`/preset/${preset.id}`);
			expect(response.status(), preset.id).toBe(200);
			const html = await response.text();
			const meta = (property: string) =>
				new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1] ?? '';
			const image = meta('og:image');
			expect(image, preset.id).toBe(`/previews/${preset.id}.png`);
			expect(meta('og:description')).not.toBe('');
			expect(meta('description')).toBe(meta('og:description'));
			expect(meta('twitter:card')).toBe('summary_large_image');
			expect(html).toContain(`<title>${preset.title.en.replace(/&/g, '&amp;')} · Pledge Calculator</title>`);
			images.add(image);
			const png = await request.get(image);
			expect(png.status(), image).toBe(200);
			expect(png.headers()['content-type']).toBe('image/png');
			const bytes = await png.body();
			expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
		}
		expect(images.size).toBe(PRESETS.length);
		const home = await (await request.get('/')).text();
		expect(home).toMatch(/<meta property="og:image" content="\/previews\/[^"]+\.png"/);
	});

	test('a preset page opens the calculator on its preset, and shares itself while the preset is unchanged', async ({
		calc,
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const preset = PRESETS.find((p) => p.id === 'japan-style') ?? PRESETS[1];
		await page.goto(`/preset/${preset.id}`);
		await calc.ready();
		await expect(page.getByTestId('preset')).toHaveValue(preset.id);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toMatch(new RegExp(`/preset/${preset.id}$`));
		await calc.setBox('Discount rate', '5.5');
		await calc.waitForUrl((u) => u.searchParams.get('d') === '0.055');
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/[?&]d=0\.055/);
	});
});

test.describe('the printed report', () => {
	test("the report's own parts render only when the page prints (the browser's print too)", async ({ calc, page }) => {
		await calc.open('v=2&p=mou-2025');
		// Their code loads at the reader's first key press (the fixture's); nothing of them is
		// rendered for the screen.
		const files = lateFiles();
		const parts = [files["report's heading"], files["report's assumptions"]];
		await expect
			.poll(async () => {
				const names = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
				return parts.filter((file) => !names.some((name) => name.endsWith(file)));
			}, 'the parts not yet fetched')
			.toEqual([]);
		await page.evaluate(
			() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 300), { timeout: 5000 }))
		);
		await expect(page.getByTestId('print-head')).toHaveCount(0);
		await expect(page.getByTestId('print-assumptions')).toHaveCount(0);
		// Filled within the browser's beforeprint (the print snapshot follows it), not at a later event.
		const filled = await page.evaluate(() => {
			window.dispatchEvent(new Event('beforeprint'));
			return new Promise<{ rows: number; link: string }>((done) =>
				queueMicrotask(() =>
					done({
						rows: document.querySelectorAll('[data-testid="print-assumptions"] tbody tr').length,
						link: document.querySelector('[data-testid="print-head"] a')?.getAttribute('href') ?? ''
					})
				)
			);
		});
		expect(filled.rows).toBeGreaterThan(20);
		expect(filled.link).toBe(page.url());
	});

	for (const lang of ['en', 'ko'] as const) {
		test(`printing (${lang}) hides the controls and keeps the verdict, cards, charts, assumptions and table`, async ({
			calc,
			page
		}, info) => {
			test.setTimeout(90_000);
			await calc.open(`v=2&p=mou-2025&lang=${lang}`);
			await expect(page.getByTestId('hinge')).not.toBeEmpty({ timeout: 30_000 });
			// What the print dialog does first: the parts that render once seen render now.
			await page.evaluate(() => window.dispatchEvent(new Event('pledge:print-prepare')));
			await expect(page.locator('figure[data-chart][data-ready="true"]')).toHaveCount(4);
			await expect(page.getByTestId('print-head')).toBeAttached();
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('aside.side')).toBeHidden();
			await expect(page.locator('.toolbar')).toBeHidden();
			await expect(page.locator('header.top')).toBeHidden();
			await expect(page.getByTestId('analysis')).toBeHidden();
			expect(await page.locator('main button:visible').count(), 'visible buttons').toBe(0);
			await expect(page.getByTestId('verdict')).toBeVisible();
			await expect(page.getByTestId('npv-deal')).toBeVisible();
			for (const chart of await page.locator('figure[data-chart] canvas').all()) {
				await expect(chart).toBeVisible();
				expect((await chart.boundingBox())?.height ?? 0).toBeGreaterThan(100);
			}
			const head = page.getByTestId('print-head');
			await expect(head).toBeVisible();
			await expect(head.getByRole('link')).toHaveAttribute('href', page.url());
			const rows = page.getByTestId('print-assumptions').locator('tbody tr');
			await expect(page.getByTestId('print-assumptions')).toBeVisible();
			expect(await rows.count()).toBeGreaterThan(20);
			await expect(page.locator('.years table')).toBeVisible();
			await page.screenshot({ path: info.outputPath(`print-${lang}.png`), fullPage: true });
			for (const format of ['A4', 'Letter'] as const) {
				const pdf = await page.pdf({
					format,
					printBackground: true,
					path: info.outputPath(`report-${lang}-${format}.pdf`)
				});
				expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
			}
		});
	}
});

test.describe('citation and results', () => {
	test('"Cite" gives plain text and BibTeX with the versions, the date and the link', async ({ calc, page }) => {
		await calc.open('v=2&p=mou-2025&d=0.05');
		await calc.waitForUrl((u) => u.searchParams.get('d') === '0.05');
		await page.getByRole('button', { name: 'Cite' }).click();
		const dialog = page.getByTestId('cite-dialog');
		const link = page.url();
		const text = await dialog.getByTestId('cite-text').inputValue();
		const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
		expect(text).toContain(`Pledge Calculator, version ${version} (model version 2).`);
		expect(text).toContain(link);
		expect(text).toMatch(/\(accessed \d{4}-\d\d-\d\d\)\.$/);
		const bib = await dialog.getByTestId('cite-bibtex').inputValue();
		expect(bib).toMatch(/^@misc\{/);
		expect(bib).toContain(`url = {${link}}`);
	});

	test("the results download as the command line's Results JSON", async ({ calc, page }) => {
		await calc.open('v=2&p=mou-2025&d=0.05');
		const button = page.getByRole('button', { name: 'Download results (JSON)' });
		// The yearly table renders once it comes near the screen.
		await expect
			.poll(async () => {
				await page.mouse.wheel(0, 1500);
				return button.count();
			})
			.toBe(1);
		const download = page.waitForEvent('download');
		await button.click();
		const file = await download;
		expect(file.suggestedFilename()).toMatch(/-results\.json$/);
		const results = JSON.parse(readFileSync(await file.path(), 'utf8'));
		expect(Object.keys(results)).toEqual(['scenario', 'years', 'summary']);
		expect(results.scenario.discountRate).toBe('0.05');
		expect(results.years).toHaveLength(20);
		expect(typeof results.summary.npvDeal).toBe('string');
	});
});
