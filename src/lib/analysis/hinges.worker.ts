/**
 * The Web Worker that finds what the verdict hinges on (hinges.ts): a tornado and a few
 * goal seeks, about 40 runs of the engine, never on the page's thread. One request at a
 * time; a newer request makes the page ignore an older reply (hingesClient.ts).
 */
import { engineFor } from '../formula/load';
import { hinges } from './hinges';
import type { HingesReply, HingesRequest } from './hingesClient';

interface WorkerScope {
	onmessage: ((event: MessageEvent<HingesRequest>) => void) | null;
	postMessage(message: HingesReply): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = async (event) => {
	const { id, scenario } = event.data;
	try {
		const engine = await engineFor(scenario);
		scope.postMessage({ id, result: hinges(scenario, engine) });
	} catch (e) {
		scope.postMessage({ id, error: (e as Error).message });
	}
};
