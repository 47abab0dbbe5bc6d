/**
 * The reader's first sign of working the page with the keyboard: a key press (the
 * browser's find starts with one: Ctrl+F, ⌘F, /) or a focus moving into the page (Tab).
 * Parts that render only near the screen render then as well, so find and the keyboard
 * reach every control; a reader who only reads and scrolls never pays for them at load.
 */
const waiting: (() => void)[] = [];
let happened = false;
let listening = false;

function fire(): void {
	if (happened) return;
	happened = true;
	window.removeEventListener('keydown', fire, true);
	window.removeEventListener('focusin', fire, true);
	for (const job of waiting.splice(0)) job();
}

/** Calls `job` at the reader's first key press or focus (at once if that has happened); returns a function that cancels it. */
export function onKeyboardIntent(job: () => void): () => void {
	if (happened) {
		job();
		return () => undefined;
	}
	waiting.push(job);
	if (!listening) {
		listening = true;
		window.addEventListener('keydown', fire, true);
		window.addEventListener('focusin', fire, true);
	}
	return () => {
		const k = waiting.indexOf(job);
		if (k >= 0) waiting.splice(k, 1);
	};
}
