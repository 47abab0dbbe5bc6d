/**
 * A loader that runs `load` at its first call and hands every later call the same promise,
 * unless that promise failed: a failure is forgotten, so the next call tries again. A lazy
 * import that fails once (a dropped connection, a deploy that replaced the file) must not
 * break Copy link, the engine or a chart until the page is reloaded.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
	let pending: Promise<T> | null = null;
	return () =>
		(pending ??= load().catch((error: unknown) => {
			pending = null;
			throw error;
		}));
}
