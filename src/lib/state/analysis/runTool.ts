/**
 * What the analysis tools share around a computation: a busy flag while it runs, and
 * the error line when it throws (in words, whatever was thrown).
 */

/** The text of whatever a computation threw, for a tool's error line. */
export function errorText(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

/**
 * Runs `work` with `busy(true)` until it settles; if it throws, `failed` runs (to drop a
 * stale answer) and `tool.error` says why.
 */
export async function runTool(
	tool: { error: string },
	busy: (on: boolean) => void,
	work: () => Promise<void>,
	failed?: () => void
): Promise<void> {
	busy(true);
	try {
		await work();
	} catch (e) {
		failed?.();
		tool.error = errorText(e);
	} finally {
		busy(false);
	}
}
