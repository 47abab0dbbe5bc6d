/**
 * The browser tests' base: every test fails on any console error or uncaught page
 * error, and gets a page object for the calculator.
 */
import { readFileSync } from 'node:fs';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * The built files of the code a plain visit should not load before the reader acts: the
 * link codec, the engine (decimal.js) and the printed report's parts, found by name in
 * the build's Vite manifest (`npm run build` writes it).
 */
export function lateFiles(): Record<string, string> {
	type Entry = { file: string; name?: string };
	const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')) as Record<
		string,
		Entry
	>;
	const chunk = (name: string) => Object.values(manifest).find((e) => e.name === name && e.file.endsWith('.js'));
	const files = {
		'link codec': chunk('link')?.file,
		engine: chunk('model')?.file,
		"report's heading": manifest['src/lib/components/publish/PrintHeaderBody.svelte']?.file,
		"report's assumptions": manifest['src/lib/components/publish/PrintAssumptionsBody.svelte']?.file
	};
	for (const [what, file] of Object.entries(files)) expect(file, `${what} in the build's manifest`).toBeTruthy();
	return files as Record<string, string>;
}

/**
 * Acts as a keyboard user (a Shift press) once the page is live, then waits for the
 * controls: they load when their column nears the screen (below the results on a phone)
 * or at the first key press, and so do the groups of controls far below. A press before
 * the page is live (the summary is in the prerendered HTML) would reach no listener.
 */
export async function showEveryControl(page: Page): Promise<void> {
	await expect(page.locator('aside .controls-pending:not([data-waiting])')).toHaveCount(0);
	await page.keyboard.press('Shift');
	await expect(page.locator('aside .controls-pending')).toHaveCount(0);
}

/** The calculator page, as a user sees it. */
export class CalculatorPage {
	constructor(readonly page: Page) {}

	async open(query = ''): Promise<void> {
		await this.page.goto('/' + (query ? `?${query.replace(/^\?/, '')}` : ''));
		await this.ready();
	}

	/**
	 * Waits until the summary shows a computed projection, then acts as a keyboard user
	 * (a Shift press): the groups of controls far below render when they near the screen
	 * or at the first key press, and the tests reach every control by its label.
	 */
	async ready(): Promise<void> {
		await expect(this.summary).toBeVisible();
		await expect(this.page.getByTestId('npv-deal')).not.toBeEmpty();
		await showEveryControl(this.page);
	}

	get summary(): Locator {
		return this.page.getByRole('region', { name: /^(Summary|요약)$/ });
	}

	/**
	 * The summary's text once what the verdict hinges on has arrived for the scenario on
	 * screen: a worker answers a moment after an edit (seconds on a busy machine), and
	 * until then the last answer shows, dimmed, so the text is not yet the scenario's own.
	 */
	async settledSummary(): Promise<string> {
		await expect(this.page.getByTestId('hinge')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
		return this.summary.innerText();
	}

	text(testId: string): Promise<string> {
		return this.page.getByTestId(testId).innerText();
	}

	/** The slider with this accessible name. */
	slider(name: string | RegExp): Locator {
		return this.page.getByRole('slider', { name }).first();
	}

	/** The text box paired with a slider (same label). */
	box(name: string | RegExp): Locator {
		return this.page.getByRole('textbox', { name }).first();
	}

	async setBox(name: string | RegExp, value: string): Promise<void> {
		const box = this.box(name);
		await box.fill(value);
		await box.blur();
	}

	async choosePreset(id: string): Promise<void> {
		await this.page.getByTestId('preset').selectOption(id);
	}

	/** Resolves when the address has caught up with the scenario on screen. */
	async waitForUrl(predicate: (url: URL) => boolean): Promise<URL> {
		await expect.poll(() => predicate(new URL(this.page.url())), { timeout: 10_000 }).toBe(true);
		return new URL(this.page.url());
	}
}

export const test = base.extend<{ calc: CalculatorPage; errors: string[] }>({
	errors: async ({ page }, use) => {
		const errors: string[] = [];
		page.on('console', (msg) => {
			if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
		});
		page.on('pageerror', (err) => errors.push(`page: ${err.message}`));
		await use(errors);
		expect(errors, 'the browser logged errors').toEqual([]);
	},
	calc: async ({ page, errors }, use) => {
		void errors;
		await use(new CalculatorPage(page));
	}
});

export { expect };
