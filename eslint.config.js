import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** The layering of STYLE.md, said as import rules so it stays true. */
const layer = (patterns, message) => ({
	'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }]
});

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['src/lib/model/**'],
		rules: layer(
			[
				'svelte',
				'svelte/*',
				'$app/*',
				'chart.js',
				'chart.js/*',
				'mathjs',
				'**/formula/**',
				'**/components/**',
				'**/state/**',
				'**/charts/**'
			],
			'The engine (src/lib/model) is pure TypeScript and decimal.js only (STYLE.md).'
		)
	},
	{
		files: ['src/lib/components/**', 'src/lib/charts/**'],
		rules: layer(
			['decimal.js', 'mathjs'],
			'Decimals never reach a component or Chart.js: convert at the edge (STYLE.md).'
		)
	},
	{
		files: ['src/lib/**'],
		ignores: ['src/lib/formula/**', 'src/lib/model/**', 'src/lib/components/**', 'src/lib/charts/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ paths: [{ name: 'mathjs', message: 'mathjs is loaded lazily through src/lib/formula only.' }] }
			]
		}
	},
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/']
	}
);
