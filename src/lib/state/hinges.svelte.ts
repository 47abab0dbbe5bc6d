/**
 * What the verdict hinges on, for the scenario on screen: asked of the hinges worker a
 * moment after the last edit (never on the key press's path), shown when it answers for
 * the scenario still on screen.
 */
import { createHingesClient, type HingesClient } from '../analysis/hingesClient';
import type { Hinges } from '../analysis/hinges';
import type { ScenarioJson } from '../model/index';

/** Milliseconds of quiet after an edit before the worker is asked. */
const QUIET_MS = 300;

class HingeState {
	/** The scenario (JSON text) `result` belongs to. */
	key = $state('');
	result = $state.raw<Hinges | null>(null);
	/** True while the worker is at work on the scenario on screen. */
	pending = $state(false);
	#client: HingesClient | null = null;
	#timer: ReturnType<typeof setTimeout> | null = null;

	/** Asks for the hinges of `json` once edits pause (no-op when they are known). */
	request(json: ScenarioJson): void {
		if (typeof Worker === 'undefined') return;
		const key = JSON.stringify(json);
		if (key === this.key && (this.result !== null || this.pending)) return;
		this.key = key;
		this.result = null;
		this.pending = true;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#client ??= createHingesClient();
			this.#client.request(json, (reply) => {
				if (this.key !== key) return;
				this.pending = false;
				this.result = 'error' in reply ? null : reply;
			});
		}, QUIET_MS);
	}

	/** Takes hinges computed elsewhere (the build's, of the default scenario) for `json`. */
	adopt(json: ScenarioJson, result: Hinges | undefined): void {
		if (result === undefined) return;
		this.key = JSON.stringify(json);
		this.result = result;
		this.pending = false;
	}

	/** The hinges of the scenario with this JSON text, if known. */
	for(key: string): Hinges | null {
		return key === this.key ? this.result : null;
	}
}

export const hingeState = new HingeState();
