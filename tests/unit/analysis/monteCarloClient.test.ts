import { describe, expect, it } from 'vitest';
import { runMonteCarloSync, splitDraws } from '../../../src/lib/analysis/monteCarlo';
import { createMonteCarloClient, type WorkerLike } from '../../../src/lib/analysis/monteCarloClient';
import { defaultMonteCarloConfig } from '../../../src/lib/analysis/monteCarloConfig';
import {
	createWorkerHandler,
	type WorkerReply,
	type WorkerRequest
} from '../../../src/lib/analysis/monteCarloWorkerCore';
import { fixture } from './scenarios';

const g = fixture('gyeongju');
const config = defaultMonteCarloConfig(g);

/** A worker that runs the real handler in this thread, with messages delivered asynchronously like postMessage. */
function fakeWorker(log: WorkerRequest[] = []): WorkerLike {
	const worker: WorkerLike = {
		onmessage: null,
		onerror: null,
		postMessage(message) {
			log.push(message);
			const copy = structuredClone(message);
			setTimeout(() => void handle(copy), 0);
		},
		terminate() {}
	};
	const handle = createWorkerHandler((reply) =>
		setTimeout(() => worker.onmessage?.({ data: structuredClone(reply) }), 0)
	);
	return worker;
}

describe('the Monte Carlo worker protocol', () => {
	it('posts progress, then the result', async () => {
		const replies: WorkerReply[] = [];
		const handle = createWorkerHandler((r) => replies.push(r));
		await handle({ type: 'run', id: 1, scenario: g, config, seed: 5, draws: 30 });
		expect(replies.filter((r) => r.type === 'progress').map((r) => r.type === 'progress' && r.done)).toEqual([25, 30]);
		const last = replies[replies.length - 1];
		expect(last.type === 'result' && last.result).toEqual(runMonteCarloSync(g, config, { seed: 5, draws: 30 }));
	});

	it('stops on cancel and says so', async () => {
		const replies: WorkerReply[] = [];
		const handle = createWorkerHandler((r) => replies.push(r));
		const running = handle({ type: 'run', id: 2, scenario: g, config, seed: 5, draws: 200 });
		await handle({ type: 'cancel', id: 2 });
		await running;
		expect(replies[replies.length - 1]).toEqual({ type: 'cancelled', id: 2 });
	});

	it('posts an error for a scenario that does not validate', async () => {
		const replies: WorkerReply[] = [];
		await createWorkerHandler((r) => replies.push(r))({
			type: 'run',
			scenario: { ...g, horizon: 0 },
			config,
			seed: 1,
			draws: 2
		});
		expect(replies).toEqual([{ type: 'error', message: expect.stringMatching(/^horizon: must be/) }]);
	});
});

describe('the Monte Carlo client', () => {
	it('gives the same result on one worker or split over several', async () => {
		const expected = runMonteCarloSync(g, config, { seed: 11, draws: 12 });
		for (const workers of [1, 2, 3]) {
			const client = createMonteCarloClient({ workers, createWorker: () => fakeWorker() });
			const progress: number[] = [];
			const result = await client.run(g, config, { seed: 11, draws: 12, onProgress: (d) => progress.push(d) });
			expect(result).toEqual(expected);
			expect(progress[progress.length - 1]).toBe(12);
			client.dispose();
		}
	});

	it('resolves to null when cancelled, and a new run replaces the old one', async () => {
		const log: WorkerRequest[] = [];
		const client = createMonteCarloClient({ workers: 2, createWorker: () => fakeWorker(log) });
		const first = client.run(g, config, { seed: 1, draws: 400 });
		const second = client.run(g, config, { seed: 2, draws: 4 });
		expect(await first).toBeNull();
		expect((await second)?.draws).toBe(4);
		const third = client.run(g, config, { seed: 3, draws: 400 });
		third.cancel();
		expect(await third.promise).toBeNull();
		expect(log.filter((m) => m.type === 'cancel')).toHaveLength(4);
		client.dispose();
	});

	it('rejects with the worker’s message', async () => {
		const client = createMonteCarloClient({ workers: 2, createWorker: () => fakeWorker() });
		await expect(client.run({ ...g, discountRate: '2' }, config, { seed: 1, draws: 4 }).promise).rejects.toThrow(
			/discountRate/
		);
		client.dispose();
	});
});

describe('one worker per core', () => {
	it('starts one worker per core the browser reports, and the shares merge to the same result', async () => {
		const expected = runMonteCarloSync(g, config, { seed: 7, draws: 30 });
		const cores = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
		try {
			for (const hardwareConcurrency of [1, 2, 3]) {
				Object.defineProperty(globalThis, 'navigator', { value: { hardwareConcurrency }, configurable: true });
				const log: WorkerRequest[] = [];
				let started = 0;
				const client = createMonteCarloClient({ createWorker: () => (started++, fakeWorker(log)) });
				expect(await client.run(g, config, { seed: 7, draws: 30 })).toEqual(expected);
				expect(started).toBe(hardwareConcurrency);
				const shares = log.flatMap((m) => (m.type === 'run' && m.part ? [m.part] : []));
				expect(shares).toEqual(hardwareConcurrency === 1 ? [] : splitDraws(30, hardwareConcurrency));
				client.dispose();
			}
		} finally {
			if (cores) Object.defineProperty(globalThis, 'navigator', cores);
			else delete (globalThis as { navigator?: unknown }).navigator;
		}
	});
});

describe('warming the pool', () => {
	it('starts every worker once and asks each to run the scenario, and a run after it gives the same result', async () => {
		const logs: WorkerRequest[][] = [[], []];
		let made = 0;
		const client = createMonteCarloClient({ workers: 2, createWorker: () => fakeWorker(logs[made++]) });
		client.warm(g);
		client.warm(g);
		expect(made).toBe(2);
		expect(logs.map((log) => log.map((m) => m.type))).toEqual([['warm'], ['warm']]);
		const result = await client.run(g, config, { seed: 9, draws: 40 }).promise;
		expect(made).toBe(2);
		expect(result).toEqual(runMonteCarloSync(g, config, { seed: 9, draws: 40 }));
		client.dispose();
	});

	it('a warm-up makes draws without replying, and a run that arrives stops it and gives the same result', async () => {
		const replies: WorkerReply[] = [];
		const handle = createWorkerHandler((r) => replies.push(r));
		const warming = handle({ type: 'warm', scenario: g });
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(replies).toEqual([]);
		await handle({ type: 'run', id: 4, scenario: g, config, seed: 5, draws: 30 });
		await warming;
		const last = replies[replies.length - 1];
		expect(last.type === 'result' && last.result).toEqual(runMonteCarloSync(g, config, { seed: 5, draws: 30 }));
		expect(replies.every((r) => r.id === 4)).toBe(true);
	});

	it('a warm-up of a scenario that does not run replies nothing and breaks nothing', async () => {
		const replies: WorkerReply[] = [];
		const handle = createWorkerHandler((r) => replies.push(r));
		await handle({ type: 'warm', scenario: { ...g, horizon: 0 } });
		expect(replies).toEqual([]);
		await handle({ type: 'run', id: 3, scenario: g, config, seed: 5, draws: 2 });
		expect(replies[replies.length - 1].type).toBe('result');
	});
});
