/**
 * The first-load budget: the gzipped JavaScript the home page loads before any
 * interaction (the page's module preloads and everything they import statically).
 * mathjs, the engine (decimal.js and the simulation), the Monte Carlo worker and the rest
 * load on demand and are listed apart; the check fails if mathjs or decimal.js is up front, or
 * if a first-load file lacks V8's compile hint.
 *   npm run size            (builds first)      exits 1 above the budget
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { COMPILE_HINT } from './compileHints';

const BUDGET_KB = 120;
const root = 'build';

function gz(file: string): number {
	return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Every JS file a page loads up front: preloads and their static imports, transitively. */
function firstLoad(html: string): Set<string> {
	const seen = new Set<string>();
	const queue = [...html.matchAll(/<link[^>]*>/g)]
		.map((m) => m[0])
		.filter((tag) => tag.includes('modulepreload'))
		.map((tag) => join(root, /href="([^"]+)"/.exec(tag)?.[1] ?? ''));
	queue.push(...[...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => join(root, m[1])));
	while (queue.length > 0) {
		const file = normalize(queue.pop() as string);
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
			queue.push(join(dirname(file), m[1]));
		}
	}
	return seen;
}

function allJs(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile() && d.name.endsWith('.js'))
		.map((d) => join(d.parentPath, d.name));
}

const html = readFileSync(join(root, 'index.html'), 'utf8');
const first = firstLoad(html);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
let total = 0;
const rows = [...first].map((f) => ({ f, size: gz(f) })).sort((a, b) => b.size - a.size);
for (const { f, size } of rows) {
	total += size;
	console.log(`  ${kb(size).padStart(6)} KB  ${f}`);
}
const lazy = allJs(join(root, '_app')).filter((f) => !first.has(normalize(f)));
const lazyTotal = lazy.reduce((s, f) => s + gz(f), 0);
const upFront = (marker: string) => rows.some(({ f }) => readFileSync(f, 'utf8').includes(marker));
const mathjsUpFront = upFront('createUnit');
// The default scenario's projection comes with the prerendered page: the engine loads with the controls.
const engineUpFront = upFront('[DecimalError]');
console.log(`on demand: ${lazy.length} files, ${kb(lazyTotal)} KB gzipped (formula engine, worker, other pages)`);
console.log(`first_load_js_gzip_kb=${kb(total)} (budget ${BUDGET_KB} KB)`);
if (mathjsUpFront) {
	console.error('mathjs is in the first load: it must load only when a formula is used');
	process.exit(1);
}
if (engineUpFront) {
	console.error('decimal.js is in the first load: the engine must load on first use (src/lib/state/engine.ts)');
	process.exit(1);
}
// The code that runs at load is compiled while it downloads (scripts/compileHints.ts).
const unhinted = rows.filter(({ f }) => !readFileSync(f, 'utf8').startsWith(COMPILE_HINT));
if (unhinted.length > 0) {
	console.error(`first-load files without V8's compile hint: ${unhinted.map(({ f }) => f).join(', ')}`);
	process.exit(1);
}
if (total > BUDGET_KB * 1024) {
	console.error(`over budget by ${kb(total - BUDGET_KB * 1024)} KB`);
	process.exit(1);
}
