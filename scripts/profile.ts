/**
 * Where the main thread's time goes, in Chromium on the built site: a CPU profile of the
 * page load (and, with --keys, of 20 arrow-key presses on a slider), summed by function
 * and by source file. For finding what to make lighter; nothing is gated on it.
 *   npm run build && tsx scripts/profile.ts [--keys] [--path /method] [--top 25] [--width 1440]
 * Built with source maps (`npx vite build --sourcemap`), times are also summed by source
 * module (node_modules packages by name).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { freePort, serveBuild } from './site';
import { option } from './args';

interface Node {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	children?: number[];
}
interface Profile {
	nodes: Node[];
	samples: number[];
	timeDeltas: number[];
}

const argv = process.argv.slice(2);
const path = option(argv, '--path', '/');
const top = Number(option(argv, '--top', '25'));
const width = Number(option(argv, '--width', '1440'));

/** Self time (ms) per key, from a CDP CPU profile. */
function selfTime(profile: Profile, key: (n: Node) => string): Map<string, number> {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const out = new Map<string, number>();
	profile.samples.forEach((id, k) => {
		const node = byId.get(id);
		if (!node) return;
		const name = key(node);
		out.set(name, (out.get(name) ?? 0) + profile.timeDeltas[k] / 1000);
	});
	return out;
}

const maps = new Map<string, TraceMap | null>();
/** The source module of a profile node, through the chunk's source map when there is one. */
function source(n: Node): string {
	const url = n.callFrame.url;
	const m = /\/(_app\/immutable\/.*\.js)$/.exec(url);
	if (!m) return url || `(${n.callFrame.functionName})`;
	if (!maps.has(m[1])) {
		const file = join('build', `${m[1]}.map`);
		maps.set(m[1], existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : null);
	}
	const map = maps.get(m[1]);
	if (!map) return m[1];
	const pos = originalPositionFor(map, { line: n.callFrame.lineNumber + 1, column: n.callFrame.columnNumber });
	const src = pos.source ?? m[1];
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(src);
	return pkg ? pkg[1] : src.replace(/^.*?\/src\//, 'src/');
}

function print(title: string, profile: Profile): void {
	const file = (n: Node) => n.callFrame.url.replace(/^.*\/_app\/immutable\//, '') || `(${n.callFrame.functionName})`;
	const fn = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${source(n)}`;
	for (const [label, key] of [
		['file', file],
		['module', source],
		['function', fn]
	] as const) {
		const rows = [...selfTime(profile, key)].filter(([k]) => !/\((idle|program)\)/.test(k)).sort((a, b) => b[1] - a[1]);
		const total = rows.reduce((s, [, ms]) => s + ms, 0);
		console.log(`== ${title}: self time by ${label} (total ${total.toFixed(0)} ms)`);
		for (const [k, ms] of rows.slice(0, top)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`);
	}
}

const site = await serveBuild(await freePort());
try {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	const page = await browser.newPage({ viewport: { width, height: 1000 } });
	// Long tasks (over 50 ms) of the load, as the page sees them.
	await page.addInitScript(() => {
		const w = window as unknown as { __long: number[] };
		w.__long = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__long.push(Math.round(e.duration));
		}).observe({ type: 'longtask', buffered: true });
	});
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
	await cdp.send('Profiler.start');
	await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
	await page.waitForTimeout(2000);
	print(`load of ${path}`, (await cdp.send('Profiler.stop')).profile as unknown as Profile);
	const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
	console.log(`long tasks of the load (ms): ${long.join(' ') || 'none'}`);
	if (argv.includes('--keys')) {
		const slider = page.getByRole('slider', { name: "Korea's share until recouped" }).first();
		await slider.focus();
		await cdp.send('Profiler.start');
		for (let k = 0; k < 20; k++) {
			await slider.press(k < 10 ? 'ArrowRight' : 'ArrowLeft');
			await page.waitForTimeout(60);
		}
		print('20 key presses', (await cdp.send('Profiler.stop')).profile as unknown as Profile);
	}
	await browser.close();
} finally {
	site.close();
}
