/** Serves build/ on a local port for scripts that drive a browser (screenshots, benchmarks). */
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';

/** A port no other server listens on now (several worktrees may run their sites at once). */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}

/** Starts scripts/serve.js on `port` and resolves once it answers. */
export async function serveBuild(port: number): Promise<{ url: string; close: () => void }> {
	const server = spawn(process.execPath, ['scripts/serve.js', '--port', String(port)], { stdio: 'ignore' });
	const url = `http://127.0.0.1:${port}`;
	for (let k = 0; k < 150; k++) {
		const up = await fetch(`${url}/`).then(
			(r) => r.ok,
			() => false
		);
		if (up) return { url, close: () => server.kill() };
		await new Promise((r) => setTimeout(r, 100));
	}
	server.kill();
	throw new Error('the static server did not start (run "npm run build" first)');
}
