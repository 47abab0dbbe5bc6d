/**
 * The Monte Carlo Web Worker: the draws run here, never on the page's thread. Create it
 * with `new Worker(new URL('./monteCarlo.worker.ts', import.meta.url), { type: 'module' })`
 * (monteCarloClient.ts does) and speak the protocol of monteCarloWorkerCore.ts.
 *
 * The formula module (and mathjs with it) is imported only for scenarios with a formula
 * schedule. Vite's default worker format (iife) inlines that import, making this bundle
 * about 700 kB; with `worker: { format: 'es' }` in vite.config.ts it stays a lazy chunk
 * and the worker is about 60 kB.
 */
import { createWorkerHandler, type WorkerReply, type WorkerRequest } from './monteCarloWorkerCore';

/** The part of the worker global this module uses. */
interface WorkerScope {
	onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
	postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;
const handle = createWorkerHandler((reply) => scope.postMessage(reply));
scope.onmessage = (event) => {
	void handle(event.data);
};
