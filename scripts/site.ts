/** Serves build/ on a local port for scripts that drive a browser (screenshots, benchmarks). */
import { spawn } from 'node:child_process';

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
