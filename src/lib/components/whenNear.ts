/**
 * Work that waits until a part of the page is about to be seen: `job` runs once, when
 * `node` comes within `margin` (CSS) of the screen, or, with `findable`, at the reader's
 * first key press or focus (intent.ts), whichever comes first; at once where the browser
 * has no IntersectionObserver. NearScreen renders its content so; the page loads the
 * controls' code so.
 */
import { onKeyboardIntent } from './intent';

/** Runs `job` once `node` is near the screen (or at a key press, with `findable`); returns a function that cancels it. */
export function whenNear(
	node: Element | undefined,
	margin: string,
	job: () => void,
	{ findable = false }: { findable?: boolean } = {}
): () => void {
	let done = false;
	let observer: IntersectionObserver | null = null;
	let stopWaiting = (): void => undefined;
	const stop = () => {
		done = true;
		observer?.disconnect();
		stopWaiting();
	};
	const once = () => {
		if (done) return;
		stop();
		job();
	};
	if (typeof IntersectionObserver === 'undefined' || !node) {
		once();
		return stop;
	}
	observer = new IntersectionObserver(
		(entries) => {
			if (entries.some((e) => e.isIntersecting)) once();
		},
		{ rootMargin: margin }
	);
	observer.observe(node);
	if (findable) stopWaiting = onKeyboardIntent(once);
	return stop;
}
