/**
 * whenNear: the job runs once, when the node nears the screen or (findable) at the first
 * key press, whichever comes first; never after it is cancelled. IntersectionObserver and
 * window are stand-ins here (the browser tests drive the real ones).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Callback = (entries: { isIntersecting: boolean }[]) => void;
let observers: { callback: Callback; margin: string | undefined; disconnected: boolean }[] = [];

class FakeObserver {
	record: (typeof observers)[number];
	constructor(callback: Callback, options?: { rootMargin?: string }) {
		this.record = { callback, margin: options?.rootMargin, disconnected: false };
		observers.push(this.record);
	}
	observe(): void {}
	disconnect(): void {
		this.record.disconnected = true;
	}
}

const node = {} as Element;

beforeEach(() => {
	observers = [];
	vi.resetModules();
	vi.stubGlobal('IntersectionObserver', FakeObserver);
	vi.stubGlobal('window', new EventTarget());
});
afterEach(() => vi.unstubAllGlobals());

const load = async () => (await import('../../../src/lib/components/whenNear')).whenNear;

describe('whenNear', () => {
	it('runs the job once the node comes near, with the margin asked, and stops watching', async () => {
		const whenNear = await load();
		const job = vi.fn();
		whenNear(node, '1200px 0px', job);
		expect(observers[0].margin).toBe('1200px 0px');
		observers[0].callback([{ isIntersecting: false }]);
		expect(job).not.toHaveBeenCalled();
		observers[0].callback([{ isIntersecting: true }]);
		observers[0].callback([{ isIntersecting: true }]);
		expect(job).toHaveBeenCalledTimes(1);
		expect(observers[0].disconnected).toBe(true);
	});

	it('with findable, runs at the first key press, once, even if the node is never near', async () => {
		const whenNear = await load();
		const job = vi.fn();
		whenNear(node, '0px', job, { findable: true });
		window.dispatchEvent(new Event('keydown'));
		observers[0].callback([{ isIntersecting: true }]);
		expect(job).toHaveBeenCalledTimes(1);
		expect(observers[0].disconnected).toBe(true);
	});

	it('without findable, a key press does nothing', async () => {
		const whenNear = await load();
		const job = vi.fn();
		whenNear(node, '0px', job);
		window.dispatchEvent(new Event('keydown'));
		expect(job).not.toHaveBeenCalled();
	});

	it('never runs once cancelled', async () => {
		const whenNear = await load();
		const job = vi.fn();
		const cancel = whenNear(node, '0px', job, { findable: true });
		cancel();
		observers[0].callback([{ isIntersecting: true }]);
		window.dispatchEvent(new Event('focusin'));
		expect(job).not.toHaveBeenCalled();
		expect(observers[0].disconnected).toBe(true);
	});

	it('runs at once where there is no IntersectionObserver, or no node', async () => {
		vi.stubGlobal('IntersectionObserver', undefined);
		const whenNear = await load();
		const job = vi.fn();
		whenNear(node, '0px', job);
		expect(job).toHaveBeenCalledTimes(1);
		vi.stubGlobal('IntersectionObserver', FakeObserver);
		const other = vi.fn();
		whenNear(undefined, '0px', other);
		expect(other).toHaveBeenCalledTimes(1);
	});

	it('a key press that came earlier runs a findable job at once', async () => {
		const whenNear = await load();
		const first = vi.fn();
		whenNear(node, '0px', first, { findable: true });
		window.dispatchEvent(new Event('keydown'));
		const later = vi.fn();
		whenNear(node, '0px', later, { findable: true });
		expect(later).toHaveBeenCalledTimes(1);
		expect(observers[1].disconnected).toBe(true);
	});
});
