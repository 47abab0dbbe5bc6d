import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A window stand-in: an event target that records which listeners are attached. */
class FakeWindow extends EventTarget {
	attached = new Set<string>();
	addEventListener(
		type: string,
		listener: EventListenerOrEventListenerObject | null,
		options?: AddEventListenerOptions | boolean
	) {
		this.attached.add(type);
		super.addEventListener(type, listener, options);
	}
	removeEventListener(
		type: string,
		listener: EventListenerOrEventListenerObject | null,
		options?: EventListenerOptions | boolean
	) {
		this.attached.delete(type);
		super.removeEventListener(type, listener, options);
	}
}

let win: FakeWindow;
/** intent.ts afresh (its signals are module state: once fired, fired for the page's life). */
const load = async () => {
	vi.resetModules();
	return import('../../../src/lib/components/intent');
};

beforeEach(() => {
	win = new FakeWindow();
	vi.stubGlobal('window', win);
});
afterEach(() => vi.unstubAllGlobals());

describe('the reader’s first interaction', () => {
	it('runs every waiting job once, at the first touch, and stops listening', async () => {
		const { onFirstInteraction } = await load();
		const a = vi.fn();
		const b = vi.fn();
		onFirstInteraction(a);
		onFirstInteraction(b);
		expect(a).not.toHaveBeenCalled();
		expect([...win.attached].sort()).toEqual(['focusin', 'keydown', 'pointerdown', 'touchstart', 'wheel']);
		win.dispatchEvent(new Event('pointerdown'));
		win.dispatchEvent(new Event('keydown'));
		expect(a).toHaveBeenCalledTimes(1);
		expect(b).toHaveBeenCalledTimes(1);
		expect(win.attached.size).toBe(0);
	});

	it('runs a job asked for after the interaction at once', async () => {
		const { onFirstInteraction } = await load();
		onFirstInteraction(() => undefined);
		win.dispatchEvent(new Event('wheel'));
		const late = vi.fn();
		onFirstInteraction(late);
		expect(late).toHaveBeenCalledTimes(1);
	});

	it('does not run a cancelled job', async () => {
		const { onFirstInteraction } = await load();
		const job = vi.fn();
		const cancel = onFirstInteraction(job);
		cancel();
		win.dispatchEvent(new Event('focusin'));
		expect(job).not.toHaveBeenCalled();
	});

	it('keeps the keyboard signal apart: a touch is not a key press', async () => {
		const { onFirstInteraction, onKeyboardIntent } = await load();
		const keyboard = vi.fn();
		const any = vi.fn();
		onKeyboardIntent(keyboard);
		onFirstInteraction(any);
		win.dispatchEvent(new Event('touchstart'));
		expect(any).toHaveBeenCalledTimes(1);
		expect(keyboard).not.toHaveBeenCalled();
		win.dispatchEvent(new Event('keydown'));
		expect(keyboard).toHaveBeenCalledTimes(1);
		expect(any).toHaveBeenCalledTimes(1);
	});
});
