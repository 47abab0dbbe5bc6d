/**
 * V8's explicit compile hint for the code a page runs as it loads.
 *
 * Chromium (136 and later) compiles every function of a script that starts with
 * `//# allFunctionsCalledOnLoad` while the script streams in, on a background thread. Without
 * it, each function is compiled on the main thread when first called: at load, inside the
 * hydration's long task, nearly every function of the first-load chunks is called once.
 * Other browsers read the line as a comment.
 *
 * The hint goes on the browser's entry chunks (SvelteKit's start, app and page nodes) and the
 * chunks they import statically: what some page runs before the first interaction. Chunks only
 * ever loaded through `import()` (the controls, mathjs, Chart.js; on the home page, the engine)
 * keep V8's lazy compilation: most of their functions are not called at once.
 *
 * It runs after Vite's own generateBundle steps, which put the preload helper on top of the
 * entry chunks: the hint must be the file's very first line.
 *
 * Measured on the home page (Chromium 156, 4x CPU, interleaved runs of the same build with and
 * without the hint): blocking time after first paint 310 -> 148 ms (median of 10 each).
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The parts of a bundled chunk this step reads (Rollup's and Rolldown's OutputChunk). */
export interface ChunkInfo {
	type: 'chunk';
	fileName: string;
	isEntry: boolean;
	imports: readonly string[];
}

/** File names of the entry chunks under `prefix` and of every chunk they import statically. */
export function eagerChunks(chunks: readonly ChunkInfo[], prefix: string): Set<string> {
	const byName = new Map(chunks.map((c) => [c.fileName, c]));
	const eager = new Set<string>();
	const queue = chunks.filter((c) => c.isEntry && c.fileName.startsWith(prefix)).map((c) => c.fileName);
	while (queue.length > 0) {
		const name = queue.pop() as string;
		const chunk = byName.get(name);
		if (!chunk || eager.has(name)) continue;
		eager.add(name);
		queue.push(...chunk.imports);
	}
	return eager;
}

/** A source map's JSON with its generated lines moved down one, for the line put on top. */
export function shiftMap(json: string): string {
	const map = JSON.parse(json) as { mappings: string };
	map.mappings = `;${map.mappings}`;
	return JSON.stringify(map);
}

/**
 * The Vite plugin: puts the hint on top of the browser's first-load chunks (those under
 * `_app/immutable/`; the server's chunks are left as they are), and keeps their source maps
 * (if any) in step.
 */
export function compileHints(prefix = '_app/immutable/'): Plugin {
	return {
		name: 'pledge:compile-hints',
		apply: 'build',
		enforce: 'post',
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
				for (const name of eagerChunks(chunks, prefix)) {
					const chunk = bundle[name];
					if (chunk.type !== 'chunk' || chunk.code.startsWith(COMPILE_HINT)) continue;
					chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
					const map = bundle[`${name}.map`];
					if (map?.type === 'asset' && typeof map.source === 'string') map.source = shiftMap(map.source);
				}
			}
		}
	};
}
