import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** The layering of STYLE.md, said as import rules so it stays true (tests/unit/lint/layers.test.ts holds them). */
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
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(?!\\./[\\w.-]+$|decimal\\.js$)',
							message:
								'The engine (src/lib/model) imports only its own files (./*) and decimal.js: nothing else of ours, no framework (STYLE.md).'
						}
					]
				}
			]
		}
	},
	{
		// Outside the engine, the engine is reached through its entry point, and what it
		// computes with (Decimal and its helpers) never reaches a component, chart or route.
		files: ['src/**'],
		ignores: ['src/lib/model/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [{ name: 'mathjs', message: 'mathjs is loaded lazily through src/lib/formula only.' }],
					patterns: [
						{
							regex: '(^|/)model/(?!index$|light$)[^/]+$',
							message:
								"Import the engine from its entry points ($lib/model or '../model/index'; '../model/light' for what the first load needs without decimal.js), not a file inside it."
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/formula/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '(^|/)model/(?!index$|light$)[^/]+$',
							message:
								"Import the engine from its entry points ($lib/model or '../model/index'; '../model/light' for what the first load needs without decimal.js), not a file inside it."
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/components/**', 'src/lib/charts/**', 'src/routes/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: 'mathjs', message: 'mathjs is loaded lazily through src/lib/formula only.' },
						{ name: 'decimal.js', message: 'Decimals never reach a component, chart or route (STYLE.md).' }
					],
					patterns: [
						{
							regex: '(^|/)model/(?!index$|light$)[^/]+$',
							message:
								"Import the engine from its entry points ($lib/model or '../model/index'; '../model/light' for what the first load needs without decimal.js), not a file inside it."
						},
						{
							regex: '(^|/)model(/index)?$',
							importNames: ['Decimal', 'Dec', 'parseDecimal', 'checkNumber', 'isDecimal'],
							message:
								'Decimals never reach a component, chart or route: convert at the edge (state/view.ts, state/units.ts; STYLE.md).'
						}
					]
				}
			]
		}
	},
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/']
	}
);
