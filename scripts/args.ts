/** What the scripts share: reading a command-line option, and the median of runs. */

/** The value after `name` in `argv` (`--runs 5` gives '5'), or `fallback` when `name` is absent. */
export function option(argv: readonly string[], name: string, fallback: string): string {
	const k = argv.indexOf(name);
	return k >= 0 && k + 1 < argv.length ? argv[k + 1] : fallback;
}

/** The median of some numbers (the upper middle one of an even count); NaN when there are none. */
export function median(xs: readonly number[]): number {
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)];
}
