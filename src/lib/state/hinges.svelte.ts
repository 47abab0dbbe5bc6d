/**
 * What the verdict hinges on, for the scenario on screen: asked of the hinges worker a
 * moment after the last edit (never on the key press's path), shown when it answers for
 * the scenario still on screen. While it works, the last answer stays (the page shows it
 * as out of date), so a slider drag does not make the sentence blink.
 */
import { createHingesClient, type HingesClient } from '../analysis/hingesClient';
import type { Hinges } from '../analysis/hinges';
import type { ScenarioJson } from '../model/index';

/** Milliseconds of quiet after an edit before the worker is asked. */
const QUIET_MS = 300;

class HingeState {
	/** The scenario (JSON text) asked about last. */
	key = $state('');
	/** The answer for `key`, or while `pending`, the last answer (for an earlier scenario). */
	result = $state.raw<Hinges | null>(null);
	/** The scenario (JSON text) `result` belongs to. */
	#resultKey = '';
	/** True while the worker is at work on the scenario on screen. */
	pending = $state(false);
	#client: HingesClient | null = null;
	#timer: ReturnType<typeof setTimeout> | null = null;

	/** Asks for the hinges of the scenario of JSON text `key` once edits pause (no-op when they are known). */
	request(key: string): void {
		if (typeof Worker === 'undefined') return;
		if (key === this.key && (this.result !== null || this.pending)) return;
		this.key = key;
		this.pending = true;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#client ??= createHingesClient();
			this.#client.request(JSON.parse(key) as ScenarioJson, (reply) => {
				if (this.key !== key) return;
				this.pending = false;
				this.result = 'error' in reply ? null : reply;
				this.#resultKey = key;
			});
		}, QUIET_MS);
	}

	/** Takes hinges computed elsewhere (the build's, of the default scenario) for `json`. */
	adopt(json: ScenarioJson, result: Hinges | undefined): void {
		if (result === undefined) return;
		this.key = this.#resultKey = JSON.stringify(json);
		this.result = result;
		this.pending = false;
	}

	/** The hinges of the scenario with this JSON text, if known. */
	for(key: string): Hinges | null {
		return key === this.#resultKey ? this.result : null;
	}
}

export const hingeState = new HingeState();
