/**
 * The reader's first sign of working the page. Work that no first screen needs waits for
 * it, and a reader who only reads never pays for that work at load.
 * - onKeyboardIntent: a key press (the browser's find starts with one: Ctrl+F, ⌘F, /) or a
 *   focus moving into the page (Tab). Parts that render only near the screen render then
 *   as well, so find and the keyboard reach every control.
 * - onFirstInteraction: that, or a touch, click or wheel: the link codec and the printed
 *   report's code load then, before a click on Copy link or a Ctrl+P asks for them.
 */

/** A one-time signal: the first of `events` on the window (capturing, passive) runs every job waiting. */
function firstOf(events: readonly string[]): (job: () => void) => () => void {
	const waiting: (() => void)[] = [];
	let happened = false;
	let listening = false;
	const fire = (): void => {
		if (happened) return;
		happened = true;
		for (const type of events) window.removeEventListener(type, fire, true);
		for (const job of waiting.splice(0)) job();
	};
	return (job) => {
		if (happened) {
			job();
			return () => undefined;
		}
		waiting.push(job);
		if (!listening) {
			listening = true;
			for (const type of events) window.addEventListener(type, fire, { capture: true, passive: true });
		}
		return () => {
			const k = waiting.indexOf(job);
			if (k >= 0) waiting.splice(k, 1);
		};
	};
}

/** Calls `job` at the reader's first key press or focus (at once if that has happened); returns a function that cancels it. */
export const onKeyboardIntent = firstOf(['keydown', 'focusin']);

/** Calls `job` at the reader's first touch, click, wheel, key press or focus (at once if that has happened); returns a function that cancels it. */
export const onFirstInteraction = firstOf(['pointerdown', 'touchstart', 'wheel', 'keydown', 'focusin']);
