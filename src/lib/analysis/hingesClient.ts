/**
 * The page's side of the hinges worker: one worker, made on the first request; each
 * request has an id, and only the reply to the latest one is delivered.
 */
import type { ScenarioJson } from '../model/index';
import type { Hinges } from './hinges';

export interface HingesRequest {
	id: number;
	scenario: ScenarioJson;
}

export type HingesReply = { id: number; result: Hinges } | { id: number; error: string };

/** The part of a Worker the client uses (tests pass a fake). */
export interface HingesWorkerLike {
	onmessage: ((event: { data: HingesReply }) => void) | null;
	postMessage(message: HingesRequest): void;
	terminate(): void;
}

export interface HingesClient {
	/** Asks for the hinges of a scenario; `done` gets the reply unless a newer request came first. */
	request(scenario: ScenarioJson, done: (reply: Hinges | { error: string }) => void): void;
	dispose(): void;
}

const moduleWorker = (): HingesWorkerLike =>
	new Worker(new URL('./hinges.worker.ts', import.meta.url), { type: 'module' }) as unknown as HingesWorkerLike;

export function createHingesClient(create: () => HingesWorkerLike = moduleWorker): HingesClient {
	let worker: HingesWorkerLike | null = null;
	let latest = 0;
	let callback: ((reply: Hinges | { error: string }) => void) | null = null;
	return {
		request(scenario, done) {
			if (!worker) {
				worker = create();
				worker.onmessage = (event) => {
					const reply = event.data;
					if (reply.id !== latest || !callback) return;
					callback('result' in reply ? reply.result : { error: reply.error });
				};
			}
			latest++;
			callback = done;
			worker.postMessage({ id: latest, scenario });
		},
		dispose() {
			worker?.terminate();
			worker = null;
			callback = null;
		}
	};
}
