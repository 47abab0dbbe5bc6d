import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { compileHints } from './scripts/compileHints.js';

export default defineConfig({
	// compileHints: the code the page runs at load is compiled while it downloads, off the main thread.
	plugins: [sveltekit(), compileHints()],
	// ES-module workers let the Monte Carlo worker share the lazily loaded chunks.
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
