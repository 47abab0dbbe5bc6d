/**
 * The v2 page (issue 12): tariff timelines edited by year travel in the link, a v=1
 * link opens exactly as before, and what the verdict hinges on arrives after the
 * summary without delaying it.
 */
import { decodeLink } from '../../src/lib/link/index';
import { formatMoney } from '../../src/lib/i18n/format';
import { simulate } from '../../src/lib/model/index';
import { expect, test } from './fixtures';

/** The deal's present value as the page shows it, computed by the engine here. */
function shownNpv(query: string, lang: 'en' | 'ko' = 'en'): string {
	const decoded = decodeLink(query);
	const p = simulate(decoded.scenario);
	return formatMoney(lang, p.summary.npvDeal.toNumber(), 'usd', p.scenario.economy.fx0.toNumber());
}

test.describe('the v2 page', () => {
	test('a tariff step edited by year changes the summary and travels in the link', async ({ calc, page, browser }) => {
		await calc.open('v=2&p=mou-2025');
		const before = await calc.text('npv-deal');
		const timeline = page.locator('.timelines details').first();
		await timeline.locator('summary').click();
		const deal = timeline.getByRole('group', { name: 'With the deal' });
		await deal.getByRole('button', { name: 'Tariffs by year' }).click();
		await deal.getByRole('button', { name: '+ Add a step' }).click();
		await deal.getByRole('textbox', { name: 'With the deal, Rate (2), %' }).fill('25');
		await expect(page.getByTestId('npv-deal')).not.toHaveText(before);
		const url = await calc.waitForUrl((u) => u.searchParams.get('s0.td') === '2026_0.15*2027_0.25');
		const expected = shownNpv(url.search);
		await expect(page.getByTestId('npv-deal')).toHaveText(expected);
		const summary = await calc.settledSummary();

		const context = await browser.newContext();
		const fresh = await context.newPage();
		await fresh.goto(url.toString());
		await expect(fresh.getByTestId('npv-deal')).toHaveText(expected);
		await expect
			.poll(() => fresh.getByRole('region', { name: 'Summary' }).innerText(), { timeout: 30_000 })
			.toBe(summary);
		await context.close();
	});

	test('a v=1 link opens exactly as before, with the v1 numbers', async ({ calc, page }) => {
		const query = 'v=1&d=0.05&t0.c=15';
		await calc.open(query);
		await expect(page.getByTestId('npv-deal')).toHaveText(shownNpv(query));
		await expect(page.getByRole('textbox', { name: 'Discount rate' })).toHaveValue('5');
		await expect(page.getByTestId('preset')).toHaveValue('mou-2025');
		const url = await calc.waitForUrl((u) => u.searchParams.get('v') === '2');
		expect(url.searchParams.get('d')).toBe('0.05');
		expect(url.searchParams.get('p') ?? 'mou-2025').toBe('mou-2025');
	});

	test('what the verdict hinges on arrives after the summary, which it never delays', async ({ calc, page }) => {
		await calc.open('v=2&p=mou-2025');
		const hinge = page.getByTestId('hinge');
		await expect(hinge).toContainText(/It turns (negative|positive) if/, { timeout: 30_000 });
		await calc.setBox('Discount rate', '6');
		// The summary shows the new scenario at once, whatever the worker is doing.
		await expect(page.getByTestId('npv-deal')).toHaveText(shownNpv('v=2&p=mou-2025&d=0.06'));
		// The worker answers for the new scenario (until then the last answer stays, dimmed).
		await expect(hinge).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
		await expect(hinge).toContainText(/It turns (negative|positive) if|No single input/);
	});

	test('in Korean, the hinge and the tranche sentences are Korean', async ({ calc, page }) => {
		await calc.open('v=2&p=mou-2025&lang=ko');
		await expect(page.getByTestId('hinge')).toContainText('결론이', { timeout: 30_000 });
		await expect(page.getByTestId('hinge')).not.toContainText(/[A-Za-z]{3,}/);
		const sentences = await page.getByTestId('tranche-sentences').innerText();
		expect(sentences).toContain('연');
		await expect(page.getByTestId('units')).toContainText('할인');
	});
});
