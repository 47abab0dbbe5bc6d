/**
 * The layer rules of eslint.config.js (STYLE.md's layering), held by fixtures that break
 * each rule: if a rule stops firing (a typo in a pattern, a config that overrides it), this
 * fails instead of the layering silently eroding.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
// Loading the config (typescript-eslint, svelte) takes seconds on a busy machine: once, here.
beforeAll(async () => {
	eslint = new ESLint({ cwd: process.cwd() });
	await eslint.lintText('', { filePath: 'src/lib/model/fixture.ts' });
}, 120_000);

/** The messages of the import rule for `code` as if it were the file at `filePath`. */
async function importErrors(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const cases: { file: string; code: string; rule: RegExp | null }[] = [
	// The engine imports only its own files and decimal.js.
	{ file: 'src/lib/model/fixture.ts', code: "import { x } from './decimal';", rule: null },
	{ file: 'src/lib/model/fixture.ts', code: "import { Decimal } from 'decimal.js';", rule: null },
	{ file: 'src/lib/model/fixture.ts', code: "import { x } from '../link/index';", rule: /imports only its own files/ },
	{
		file: 'src/lib/model/fixture.ts',
		code: "import type { X } from '../presets/index';",
		rule: /imports only its own/
	},
	{ file: 'src/lib/model/fixture.ts', code: "import { x } from '../analysis/index';", rule: /imports only its own/ },
	{ file: 'src/lib/model/fixture.ts', code: "import { x } from '../i18n/index';", rule: /imports only its own/ },
	{ file: 'src/lib/model/fixture.ts', code: "import { x } from '$lib/state/edit';", rule: /imports only its own/ },
	{ file: 'src/lib/model/fixture.ts', code: "import { mount } from 'svelte';", rule: /imports only its own/ },
	{ file: 'src/lib/model/fixture.ts', code: "import { create } from 'mathjs';", rule: /imports only its own/ },
	// Decimals never reach a component, a chart or a route, whichever way they are asked for.
	{
		file: 'src/lib/components/Fixture.ts',
		code: "import { Decimal } from '$lib/model/index';",
		rule: /Decimals never/
	},
	{ file: 'src/lib/components/Fixture.ts', code: "import { parseDecimal } from '$lib/model';", rule: /Decimals never/ },
	{ file: 'src/lib/charts/fixture.ts', code: "import { checkNumber } from '../model/index';", rule: /Decimals never/ },
	{
		file: 'src/routes/fixture/+page.ts',
		code: "import { isDecimal, Decimal } from '$lib/model/index';",
		rule: /Decimals never/
	},
	{ file: 'src/routes/fixture/+page.ts', code: "import type { Dec } from '$lib/model/index';", rule: /Decimals never/ },
	{ file: 'src/lib/charts/fixture.ts', code: "import Decimal from 'decimal.js';", rule: /Decimals never/ },
	{
		file: 'src/lib/components/Fixture.ts',
		code: "import { simulate, type ScenarioJson } from '$lib/model/index';",
		rule: null
	},
	// Outside the engine, the engine is reached through its entry point.
	{
		file: 'src/lib/components/Fixture.ts',
		code: "import { NAME_MAX } from '$lib/model/scenario';",
		rule: /entry point/
	},
	{
		file: 'src/lib/state/fixture.ts',
		code: "import { validateScenario } from '../model/validate';",
		rule: /entry point/
	},
	{ file: 'src/lib/link/fixture.ts', code: "import type { Scenario } from '../model/scenario';", rule: /entry point/ },
	{ file: 'src/lib/formula/fixture.ts', code: "import { x } from '../model/schedule';", rule: /entry point/ },
	{ file: 'src/lib/state/fixture.ts', code: "import { runScenario } from '../model/index';", rule: null },
	// The second entry point: what the first load needs without decimal.js.
	{ file: 'src/lib/i18n/fixture.ts', code: "import { MESSAGE_EN } from '../model/light';", rule: null },
	{ file: 'src/lib/components/Fixture.ts', code: "import { hasFormula } from '$lib/model/light';", rule: null },
	// mathjs only through src/lib/formula, loaded lazily.
	{ file: 'src/lib/state/fixture.ts', code: "import { create } from 'mathjs';", rule: /mathjs is loaded lazily/ },
	{ file: 'src/lib/components/Fixture.ts', code: "import { create } from 'mathjs';", rule: /mathjs is loaded lazily/ },
	{ file: 'src/lib/formula/fixture.ts', code: "import { create } from 'mathjs';", rule: null }
];

describe('the layer rules', () => {
	it.each(cases)('$file: $code', async ({ file, code, rule }) => {
		const errors = await importErrors(file, code);
		if (rule === null) expect(errors).toEqual([]);
		else {
			expect(errors.length).toBeGreaterThan(0);
			for (const e of errors) expect(e).toMatch(rule);
		}
	});
});
