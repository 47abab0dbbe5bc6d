/**
 * Printing the page (the report on paper, or "Save as PDF"): parts that render only once
 * seen (the charts, the yearly table) render for print too. They listen for the browser's
 * `beforeprint` and for PRINT_PREPARE, which the "Print report" button sends before it
 * waits for the charts and opens the print dialog.
 */

/** A chart's size on paper (CSS pixels): half the width of A4 or Letter, at 3:2 (the print styles keep the ratio). */
export const PRINT_SIZE = { width: 345, height: 230 };

/** The event parts that render late listen for, to render now. */
export const PRINT_PREPARE = 'pledge:print-prepare';

/** Calls `render` before the page prints (either way); returns the function that stops listening. */
export function onPrint(render: () => void): () => void {
	const media = typeof matchMedia === 'function' ? matchMedia('print') : null;
	const change = (e: MediaQueryListEvent) => e.matches && render();
	window.addEventListener('beforeprint', render);
	window.addEventListener(PRINT_PREPARE, render);
	media?.addEventListener('change', change);
	return () => {
		window.removeEventListener('beforeprint', render);
		window.removeEventListener(PRINT_PREPARE, render);
		media?.removeEventListener('change', change);
	};
}

/**
 * Calls `render` now and before every print; returns the function that stops listening. For
 * a part mounted inside a print event (PrintOnly), whose listener that event no longer reaches.
 */
export function onPrintAndNow(render: () => void): () => void {
	render();
	return onPrint(render);
}

/** Renders every late part, waits (at most `timeoutMs`) until each chart is drawn, then opens the print dialog. */
export async function printReport(timeoutMs = 4000): Promise<void> {
	window.dispatchEvent(new Event(PRINT_PREPARE));
	const start = performance.now();
	const drawn = () =>
		[...document.querySelectorAll<HTMLElement>('figure[data-chart]')].every((f) => f.dataset.ready === 'true');
	while (!drawn() && performance.now() - start < timeoutMs) await new Promise((r) => setTimeout(r, 50));
	await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
	window.print();
}
