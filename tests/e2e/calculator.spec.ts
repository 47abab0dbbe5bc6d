import AxeBuilder from '@axe-core/playwright';
import { expect, lateFiles, test } from './fixtures';
import { PRESETS } from '../../src/lib/presets/index';

test.describe('the calculator page', () => {
	test('opens on the deal as it stands (Dec 2026) with a verdict and four charts', async ({ calc, page }) => {
		await calc.open();
		await expect(page.getByTestId('verdict')).toContainText(/present value/);
		await expect(page.locator('figure[data-chart]')).toHaveCount(4);
		await expect(page.getByTestId('preset')).toHaveValue('as-it-stands-2026-12');
		for (const id of ['cash', 'dividends', 'tariff', 'npv']) {
			const canvas = page.locator(`figure[data-chart="${id}"] canvas`);
			await expect(canvas).toBeVisible();
			const size = await canvas.evaluate((c: HTMLCanvasElement) => c.width * c.height);
			expect(size).toBeGreaterThan(0);
		}
	});

	test("moving Korea's share until recouped changes the summary and the dividend chart", async ({ calc, page }) => {
		await calc.open();
		const before = await calc.text('korea-inflow');
		// The chart's own canvas once drawn (an empty one holds its place until Chart.js loads).
		const figure = page.locator('figure[data-chart="dividends"]');
		await figure.scrollIntoViewIfNeeded();
		await expect(figure).toHaveAttribute('data-ready', 'true');
		const chart = figure.locator('canvas');
		const chartBefore = await chart.screenshot();
		const slider = calc.slider("Korea's share until recouped");
		await slider.focus();
		for (let k = 0; k < 20; k++) await slider.press('ArrowRight');
		await expect.poll(() => calc.text('korea-inflow')).not.toBe(before);
		await expect(slider).toHaveAttribute('aria-valuetext', /percent/);
		// Redrawn at a frame after the summary.
		await expect.poll(async () => Buffer.compare(chartBefore, await chart.screenshot())).not.toBe(0);
	});

	test('typing an invalid number names the problem and keeps the last valid result', async ({ calc, page }) => {
		await calc.open();
		const npv = await calc.text('npv-deal');
		const box = calc.box('Discount rate');
		await box.fill('abc');
		await expect(page.getByText('Enter a number')).toBeVisible();
		expect(await calc.text('npv-deal')).toBe(npv);
		await box.fill('6');
		await expect.poll(() => calc.text('npv-deal')).not.toBe(npv);
	});

	test('each preset loads and shows its own numbers', async ({ calc, page }) => {
		await calc.open();
		const options = await page
			.getByTestId('preset')
			.locator('option')
			.evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
		expect(options.length).toBeGreaterThanOrEqual(4);
		const seen = new Set<string>();
		for (const id of options) {
			await calc.choosePreset(id);
			// Links are read against the Nov 2025 MOU (LINK_BASE_PRESET_ID): it needs no p=.
			await expect.poll(() => page.evaluate(() => location.search)).toContain(id === 'mou-2025' ? 'v=2' : `p=${id}`);
			const key = `${await calc.text('npv-deal')}|${await calc.text('peak-exposure')}`;
			seen.add(key);
		}
		expect(seen.size).toBe(options.length);
	});

	test('adds, duplicates and removes tranches, and switches a schedule to a formula', async ({ calc, page }) => {
		await calc.open();
		const tranches = page.locator('details.tranche');
		const count = await tranches.count();
		await page.getByRole('button', { name: /Add tranche/ }).click();
		await expect(tranches).toHaveCount(count + 1);
		await tranches.first().getByRole('button', { name: 'Duplicate' }).click();
		await expect(tranches).toHaveCount(count + 2);
		await tranches.nth(1).locator('summary').click();
		await tranches.nth(1).getByRole('button', { name: 'Remove' }).click();
		await expect(tranches).toHaveCount(count + 1);
		const before = await calc.text('npv-deal');
		await tranches.first().getByRole('combobox', { name: 'Timetable' }).selectOption('formula');
		const formula = tranches.first().getByRole('textbox', { name: /Formula/ });
		await formula.fill('import("fs")');
		await expect(tranches.first().getByRole('alert')).toContainText(/not allowed/);
		await formula.fill('t <= 2 ? 50 : 25');
		await expect(tranches.first().getByRole('alert')).toHaveCount(0);
		await expect.poll(() => calc.text('npv-deal')).not.toBe(before);
	});

	test('the Korean page has no English left in its labels, preset, tranche or sector names', async ({ calc, page }) => {
		await calc.open('lang=ko');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		await page.locator('.timelines summary').first().click();
		const labels = await page.locator('label, legend, h1, h2, h3, dt, th, button, summary, option').allInnerTexts();
		const names = await page
			.locator('.controls textarea, table.sectors input.name')
			.evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
		const english = [...labels, ...names]
			.map((s) => s.trim())
			.filter((s) =>
				/[A-Za-z]{3,}/.test(
					s.replace(/\b(GDP|MOU|PNG|CSV|JSON|PDF|BibTeX|KORUS|MASGA|IEEPA|MFN|EU|English|FX|USD|KRW|US)\b/g, '')
				)
			);
		expect(english).toEqual([]);
		await expect(page.getByTestId('verdict')).toContainText(/현재가치|현재 가치/);
	});

	test('on the Korean page, what a link or an entry got wrong is said in Korean', async ({ calc, page }) => {
		// Korean once the identifiers are taken out: params, field paths, preset ids.
		const leftover = (s: string) => s.replace(/\b[a-z]\w*(\.\w+|\[\d+\])+|\b(h|zz|horizon|mou-2025)\b/g, '');
		await calc.open('v=2&lang=ko&h=abc&zz=1');
		const notices = await page.getByTestId('notice').locator('li').allInnerTexts();
		expect(notices).toHaveLength(2);
		for (const text of notices) {
			expect(text).toMatch(/[가-힣]/);
			expect(leftover(text)).not.toMatch(/[A-Za-z]{3,}/);
		}
		// A grace beyond the tenor is valid on its own: the scenario's check finds it.
		const tranche = page.locator('details.tranche').nth(1);
		await tranche.locator('summary').click();
		await calc.setBox('거치 기간', '49');
		const problems = page.getByRole('alert').filter({ hasText: '다음 입력값을 확인해 주세요' });
		await expect(problems.locator('li')).toHaveText(/^tranches\[1\]\.grace: .*만기/);
		expect(leftover(await problems.locator('li').innerText())).not.toMatch(/[A-Za-z]{3,}/);
	});

	test('the language switch is remembered', async ({ calc, page }) => {
		await calc.open();
		await page.getByRole('button', { name: '한국어' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		await calc.waitForUrl((url) => url.searchParams.get('lang') === 'ko');
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	});

	test('has no accessibility violations (axe), in English and Korean', async ({ calc, page }) => {
		// Three whole-page scans of a page of some 2,000 nodes: about a minute on an idle 2-core machine.
		test.setTimeout(180_000);
		for (const query of ['', 'lang=ko', 'p=mou-2025&lang=ko']) {
			await calc.open(query);
			// A sector's tariff timeline open too, so its editor and chart are checked.
			await page.locator('.timelines summary').first().click();
			const results = await new AxeBuilder({ page }).analyze();
			expect(
				results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} ${v.nodes[0]?.target.join(' ')}`)
			).toEqual([]);
		}
	});

	for (const path of ['/method', '/method/ko', '/sources/en/mou-2025', '/sources/ko/us-demand-2025-09']) {
		test(`the page of sources ${path} lists sources and has no accessibility violations`, async ({ page }) => {
			// Tables of sources: axe reads every cell, which takes a while on a busy machine.
			test.slow();
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.locator('a[href^="http"]').first()).toBeVisible();
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});
	}

	test('the method page is static, in the calculator’s language, prints its table whole, and links each preset’s page of sources', async ({
		calc,
		page
	}) => {
		await calc.open();
		await page.getByRole('button', { name: '한국어' }).click();
		await page.getByRole('link', { name: '자료 출처와 계산 방법' }).click();
		await expect(page).toHaveURL(/\/method\/ko$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('자료 출처와 계산 방법');
		// No script at all: a phone only parses and lays the page out.
		expect(await page.locator('script').count()).toBe(0);
		// The default preset's table is whole and open, and the only one on the page; folded
		// away, it still prints.
		const details = page.locator('details.sources');
		await expect(details).toHaveCount(1);
		await expect(details).toHaveAttribute('open', '');
		const table = details.locator('table');
		const shown = () => table.evaluate((t) => t.checkVisibility());
		await details.locator('summary').click();
		expect(await shown()).toBe(false);
		await page.emulateMedia({ media: 'print' });
		expect(await shown()).toBe(true);
		await page.emulateMedia({ media: 'screen' });
		// Not cut at the text's width: the whole table is painted where its box is (a wide screen).
		await details.locator('summary').click();
		const box = await table.boundingBox();
		const scroller = await details.locator('.scroll').boundingBox();
		expect(box && scroller && box.width <= scroller.width + 1).toBe(true);
		// Its first column starts left of the text column; a point there must hit the table.
		const painted = await table.evaluate((t) => {
			t.scrollIntoView({ block: 'start' });
			const r = t.getBoundingClientRect();
			const hit = document.elementFromPoint(r.left + 5, r.top + 40);
			return { hit: !!hit && t.contains(hit), left: r.left, text: t.closest('main')?.getBoundingClientRect().left };
		});
		expect(painted.left).toBeLessThan(painted.text ?? 0);
		expect(painted.hit).toBe(true);
		// Each other preset has a page of its own, listed under the table, in the same language.
		const others = page.locator('ul.presets > li > a');
		await expect(others).toHaveCount(PRESETS.length - 1);
		const other = PRESETS[1];
		await others.first().click();
		await expect(page).toHaveURL(new RegExp(`/sources/ko/${other.id}$`));
		expect(await page.locator('script').count()).toBe(0);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${other.title.ko}: 항목별 값과 출처`);
		await expect(page.locator('p.changes')).toContainText(PRESETS[0].title.ko);
		await expect(page.getByRole('link', { name: '이 시나리오를 계산기에서 열기' })).toHaveAttribute(
			'href',
			new RegExp(`preset/${other.id}$`)
		);
		// Its language switch leads to its English twin, and its way back to the list.
		await page.getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(new RegExp(`/sources/en/${other.id}$`));
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${other.title.en}: fields, values and sources`);
		await page.getByRole('link', { name: '← Sources and method' }).click();
		await expect(page).toHaveURL(/\/method#other-presets$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources and method');
		await expect(page.getByRole('link', { name: '한국어' })).toHaveAttribute('hreflang', 'ko');
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

	test('the controls far below cost nothing at load: they load when scrolled near, or at a key press', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.getByTestId('npv-deal')).not.toBeEmpty();
		await page.waitForTimeout(1500);
		// Below the results on a phone: the controls' code not even loaded, no field built.
		const pending = page.locator('aside .controls-pending');
		await expect(pending).toHaveAttribute('data-waiting', '');
		await expect(page.locator('aside .near-screen')).toHaveCount(0);
		await expect(page.getByRole('textbox', { name: 'Discount rate' })).toHaveCount(0);
		// Scrolled to: the controls load, the groups near the screen render, those far below still wait.
		await pending.scrollIntoViewIfNeeded();
		await expect(pending).toHaveCount(0);
		const placeholders = page.locator('aside .near-screen');
		await expect.poll(() => placeholders.count()).toBeGreaterThan(0);
		// A key press (find, Tab): every group renders, each in a task of its own.
		await page.keyboard.press('Shift');
		await expect(placeholders).toHaveCount(0);
		await expect(page.getByRole('textbox', { name: 'Discount rate' })).toHaveCount(1);
	});

	test("a plain visit loads no link codec, engine or report until the reader's first touch", async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const files = lateFiles();
		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		const loaded = () =>
			Object.entries(files)
				.filter(([, file]) => requested.some((path) => path.endsWith(file)))
				.map(([what]) => what);
		await page.goto('/');
		await expect(page.getByTestId('npv-deal')).not.toBeEmpty();
		await page.waitForTimeout(1500);
		expect(loaded(), 'loaded before the reader acts').toEqual([]);
		// The first touch brings them, before a tap on Copy link or a print asks for them.
		await page.getByTestId('verdict').tap();
		await expect.poll(loaded).toEqual(Object.keys(files));
		// The default left unchanged is shared as its preset's own page, from the codec's link.
		await page.getByRole('button', { name: 'Copy link' }).tap();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/preset\/[a-z0-9-]+$/);
	});

	test('a key press brings the controls of a phone at once', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('aside .controls-pending')).toHaveAttribute('data-waiting', '');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('textbox', { name: 'Discount rate' })).toHaveCount(1);
	});

	test('stacks the summary first and never scrolls sideways', async ({ calc, page }) => {
		await calc.open();
		const summaryTop = await calc.summary.boundingBox();
		const controlsTop = await page.locator('aside.side').boundingBox();
		expect(summaryTop && controlsTop && summaryTop.y < controlsTop.y).toBe(true);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.goto('/method');
		const methodOverflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(methodOverflow).toBeLessThanOrEqual(0);
	});
});
