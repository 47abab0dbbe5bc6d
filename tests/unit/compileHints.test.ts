/**
 * scripts/compileHints.ts: V8's compile hint goes on the browser's entry chunks and what they
 * import statically, never on a chunk loaded through import(), nor on the server's chunks;
 * source maps stay in step with the line put on top.
 */
import { describe, expect, it } from 'vitest';
import { type ChunkInfo, COMPILE_HINT, compileHints, eagerChunks, shiftMap } from '../../scripts/compileHints';

const P = '_app/immutable/';

function chunk(fileName: string, imports: string[] = [], isEntry = false): ChunkInfo {
	return { type: 'chunk', fileName, isEntry, imports };
}

/**
 * A bundle shaped like SvelteKit's client build: start, app, two page nodes, shared chunks, and
 * chunks only loaded through import() (the home page's engine and the formula module).
 */
const CHUNKS: ChunkInfo[] = [
	chunk(`${P}entry/start.js`, [`${P}chunks/runtime.js`], true),
	chunk(`${P}entry/app.js`, [`${P}chunks/runtime.js`], true),
	chunk(`${P}nodes/0.js`, [`${P}chunks/runtime.js`, `${P}chunks/texts.js`], true),
	// The embed page runs the engine at load: it imports it statically.
	chunk(`${P}nodes/1.js`, [`${P}chunks/engine.js`], true),
	chunk(`${P}chunks/runtime.js`),
	chunk(`${P}chunks/texts.js`, [`${P}chunks/runtime.js`]),
	chunk(`${P}chunks/engine.js`, [`${P}chunks/decimal.js`, `${P}chunks/runtime.js`]),
	chunk(`${P}chunks/decimal.js`),
	chunk(`${P}chunks/formula.js`, [`${P}chunks/mathjs.js`]),
	chunk(`${P}chunks/mathjs.js`),
	chunk('entries/server.js', ['chunks/server-runtime.js'], true),
	chunk('chunks/server-runtime.js')
];

describe('eagerChunks', () => {
	const eager = eagerChunks(CHUNKS, P);

	it('holds every entry and what the entries import statically', () => {
		const names = [
			'entry/start.js',
			'entry/app.js',
			'nodes/0.js',
			'nodes/1.js',
			'chunks/runtime.js',
			'chunks/texts.js'
		];
		for (const name of [...names, 'chunks/engine.js', 'chunks/decimal.js']) {
			expect(eager.has(`${P}${name}`), name).toBe(true);
		}
	});

	it('leaves out the chunks only loaded through import()', () => {
		expect(eager.has(`${P}chunks/formula.js`)).toBe(false);
		expect(eager.has(`${P}chunks/mathjs.js`)).toBe(false);
	});

	it("leaves out the server's chunks", () => {
		expect([...eager].filter((name) => !name.startsWith(P))).toEqual([]);
		expect(eager.size).toBe(8);
	});
});

describe('shiftMap', () => {
	it('moves every generated line down one and keeps the rest', () => {
		const map = { version: 3, sources: ['a.ts'], names: ['x'], mappings: 'AAAA;AACA' };
		expect(JSON.parse(shiftMap(JSON.stringify(map)))).toEqual({ ...map, mappings: ';AAAA;AACA' });
	});
});

/** The bundle generateBundle receives, by file name (the parts these cases read). */
type OutputBundle = Record<string, { type: string; code?: string; source?: string }>;

describe('the plugin', () => {
	/** A bundle of output chunks and one source map, as generateBundle receives it. */
	function bundle(): OutputBundle {
		const out: OutputBundle = {};
		for (const c of CHUNKS) out[c.fileName] = { ...c, code: `export const name = ${JSON.stringify(c.fileName)};\n` };
		out[`${P}nodes/0.js.map`] = { type: 'asset', source: '{"version":3,"mappings":"AAAA"}' };
		return out;
	}

	function run(out: OutputBundle): void {
		const hook = compileHints().generateBundle as {
			handler: (this: unknown, options: unknown, b: OutputBundle) => void;
		};
		hook.handler.call({}, {}, out);
	}

	it('puts the hint on the first line of the eager chunks only, once, and shifts their maps', () => {
		const out = bundle();
		run(out);
		run(out);
		const code = (name: string) => out[`${P}${name}`].code ?? '';
		expect(code('nodes/0.js').split('\n')[0]).toBe(COMPILE_HINT);
		expect(code('nodes/0.js').split(COMPILE_HINT).length).toBe(2);
		expect(code('chunks/runtime.js').startsWith(`${COMPILE_HINT}\n`)).toBe(true);
		expect(code('chunks/mathjs.js').includes(COMPILE_HINT)).toBe(false);
		expect(out['entries/server.js'].code?.includes(COMPILE_HINT)).toBe(false);
		expect(JSON.parse(out[`${P}nodes/0.js.map`].source ?? '').mappings).toBe(';AAAA');
	});
});
