/**
 * Whether a scenario needs the formula module, read without the engine: the page asks
 * before it has loaded decimal.js and the simulation (they load on first use).
 */

/**
 * True when some tranche pays in by a user formula, so the formula module (and mathjs)
 * must be loaded first. Reads untrusted data without trusting its shape.
 */
export function hasFormula(data: unknown): boolean {
	const tranches = (data as { tranches?: unknown } | null | undefined)?.tranches;
	return (
		Array.isArray(tranches) &&
		tranches.some((t) => (t as { schedule?: { mode?: unknown } } | null)?.schedule?.mode === 'formula')
	);
}
