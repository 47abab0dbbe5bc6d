import { readFileSync } from 'node:fs';
import { expect, showEveryControl, test } from './fixtures';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('share links', () => {
	test('the address follows edits, and opening it elsewhere restores the same scenario', async ({ calc, browser }) => {
		await calc.open();
		await calc.setBox('Discount rate', '5.5');
		await calc.setBox("Korea's share until recouped", '60');
		const url = await calc.waitForUrl(
			(u) => u.searchParams.get('d') === '0.055' && u.searchParams.get('t0.s1') === '0.6'
		);
		const summary = await calc.settledSummary();
		const context = await browser.newContext();
		const fresh = await context.newPage();
		await fresh.goto(url.toString());
		await expect(fresh.getByTestId('npv-deal')).not.toBeEmpty();
		await expect
			.poll(() => fresh.getByRole('region', { name: 'Summary' }).innerText(), { timeout: 30_000 })
			.toBe(summary);
		await showEveryControl(fresh);
		await expect(fresh.getByRole('textbox', { name: 'Discount rate' })).toHaveValue('5.5');
		await context.close();
	});

	test('the language travels in the link', async ({ calc, page }) => {
		await calc.open('v=1&lang=ko&d=0.05');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		await expect(page.getByRole('textbox', { name: '할인율' })).toHaveValue('5');
	});

	test('the default link is short', async ({ calc, page }) => {
		await calc.open();
		await calc.setBox('Discount rate', '5');
		await calc.setBox('Discount rate', '4');
		const url = await calc.waitForUrl((u) => u.searchParams.get('v') === '2' && !u.searchParams.has('d'));
		// The page opens on the newest preset: its id, and nothing else.
		expect(url.search).toMatch(/^\?v=2&p=as-it-stands-2026-12(&lang=en)?$/);
		void page;
	});

	for (const [label, query] of [
		['an unknown version', 'v=99&d=0.05'],
		['a script in the name', 'v=1&name=%3Cscript%3Ealert(1)%3C%2Fscript%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E'],
		['out-of-range and junk values', 'v=1&d=7&h=abc&t0.s2=-1&zz=1&t9.a=5'],
		['5,000 characters of junk', 'v=1&' + 'x%%%&&==;;'.repeat(500)]
	] as const) {
		test(`a link with ${label} leaves a working page with a notice`, async ({ calc, page }) => {
			let dialogs = 0;
			page.on('dialog', (d) => {
				dialogs++;
				void d.dismiss();
			});
			await calc.open(query);
			const notice = page.getByTestId('notice');
			if (label !== 'a script in the name') await expect(notice).toBeVisible();
			await expect(page.getByTestId('verdict')).toContainText(/present value/);
			expect(await page.locator('img[src="x"]').count()).toBe(0);
			expect(dialogs).toBe(0);
			if (label === 'a script in the name') {
				await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(/<script>alert\(1\)<\/script>/);
			} else {
				await notice.getByRole('button', { name: 'Dismiss' }).click();
				await expect(notice).toHaveCount(0);
			}
		});
	}

	test('"Copy link" puts the address on the clipboard', async ({ calc, page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await calc.open('v=1&d=0.05');
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByText('Link copied')).toBeVisible();
		const text = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(text).searchParams.get('d')).toBe('0.05');
	});

	test('a reload without a link brings back the last scenario', async ({ calc, page }) => {
		await calc.open();
		await calc.setBox('Discount rate', '6');
		await calc.waitForUrl((u) => u.searchParams.get('d') === '0.06');
		await page.goto('/');
		await calc.ready();
		await expect(page.getByRole('textbox', { name: 'Discount rate' })).toHaveValue('6');
	});
});

test.describe('exports', () => {
	test('every chart downloads a real PNG at least 1600 px wide', async ({ calc, page }) => {
		await calc.open();
		const buttons = page.getByRole('button', { name: 'Download PNG' });
		await expect(buttons).toHaveCount(4);
		for (let k = 0; k < 4; k++) {
			const download = page.waitForEvent('download');
			await buttons.nth(k).click();
			const file = await download;
			expect(file.suggestedFilename()).toMatch(/\.png$/);
			const { width, height } = pngSize(readFileSync(await file.path()));
			expect(width).toBeGreaterThanOrEqual(1600);
			expect(height).toBeGreaterThan(800);
		}
	});

	test('the same scenario gives the same pixels', async ({ calc, page }) => {
		await calc.open();
		const grab = async () => {
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: 'Download PNG' }).first().click();
			return readFileSync(await (await download).path());
		};
		const a = await grab();
		const b = await grab();
		expect(a.equals(b)).toBe(true);
	});

	test('the yearly CSV has a header row, one row a year, unrounded numbers and the link', async ({ calc, page }) => {
		await calc.open('v=1&d=0.05');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download CSV' }).click();
		const text = readFileSync(await (await download).path(), 'utf8');
		const lines = text.trim().split('\n');
		expect(lines[0]).toMatch(/^# Pledge Calculator, version .* http.*d=0\.05.* \(accessed \d{4}-\d\d-\d\d\)\.$/);
		const header = lines[1].split(',');
		expect(header.slice(0, 3)).toEqual(['year', 'gdpKrw', 'fx']);
		expect(lines).toHaveLength(2 + 20);
		const row = lines[2].split(',');
		expect(row).toHaveLength(header.length);
		expect(row[header.indexOf('year')]).toBe('2026');
		expect(row[header.indexOf('gdpUsd')].replace(/^-/, '').length).toBeGreaterThan(20);
	});

	test('a scenario file saves and opens back; a bad file keeps the scenario and names the fields', async ({
		calc,
		page
	}) => {
		await calc.open('v=1&d=0.05');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Save scenario file' }).click();
		const path = await (await download).path();
		const saved = JSON.parse(readFileSync(path, 'utf8'));
		expect(saved.version).toBe(2);
		expect(saved.discountRate).toBe('0.05');
		const before = await calc.text('npv-deal');
		const bad = { ...saved, horizon: 0, tranches: [{ ...saved.tranches[0], schedule: { mode: 'cap', cap: '-1' } }] };
		await page
			.getByTestId('open-file')
			.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
		const notice = page.getByTestId('notice');
		await expect(notice).toContainText('horizon');
		await expect(notice).toContainText('tranches[0].schedule.cap');
		expect(await calc.text('npv-deal')).toBe(before);
		await calc.choosePreset('japan-style');
		await expect.poll(() => calc.text('npv-deal')).not.toBe(before);
		await page.getByTestId('open-file').setInputFiles(path);
		await expect.poll(() => calc.text('npv-deal')).toBe(before);
	});
});
