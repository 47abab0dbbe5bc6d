/**
 * The logic of the command line, kept free of process and file handling so tests can
 * call it directly.
 */
import { checkFormula, evaluateFormula } from '../src/lib/formula/index';
import { decodeLink } from '../src/lib/link/index';
import {
	formatProblems,
	resultsJson,
	runScenario,
	scenarioToJson,
	toProblem,
	tranchesCsv,
	yearsCsv,
	type Run
} from '../src/lib/model/index';

/** The command line always has the formula functions at hand (Node loads mathjs at once). */
const ENGINE = { checkFormula, evaluateFormula };

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

export interface CliIo {
	readFile: (path: string) => string;
	load: typeof loadScenario;
}

const USAGE = `usage: npm run --silent scenario -- FILE.json|- [--format json|csv|tranches]
       npm run --silent scenario -- --link "ADDRESS" [--format json|csv|tranches]
  json      Results JSON: {scenario, years, summary} (the default)
  csv       one row a year, every field unrounded
  tranches  one row per tranche: name, npvKorea, npvUs, koreaIrr, recoupYear`;

/** Reads and runs a Scenario JSON document; returns its projection or every problem. */
export function loadScenario(text: string): Run {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		return {
			ok: false,
			problems: [toProblem('(file)', { code: 'notJson', params: { reason: (e as Error).message } })]
		};
	}
	return runScenario(data, ENGINE);
}

const fail = (stderr: string, code = 2): CliResult => ({
	code,
	stdout: '',
	stderr: stderr.endsWith('\n') ? stderr : stderr + '\n'
});

/** Runs the command line on its arguments. */
export function runCli(argv: string[], io: CliIo): CliResult {
	let format = 'json';
	let file: string | null = null;
	let link: string | null = null;
	for (let k = 0; k < argv.length; k++) {
		const a = argv[k];
		if (a === '--format') format = argv[++k] ?? '';
		else if (a.startsWith('--format=')) format = a.slice(9);
		else if (a === '--link') link = argv[++k] ?? '';
		else if (a.startsWith('--link=')) link = a.slice(7);
		else if (a === '-h' || a === '--help') return { code: 0, stdout: USAGE + '\n', stderr: '' };
		else if (file === null && (a === '-' || !a.startsWith('-'))) file = a;
		else return fail(`unknown argument: ${a}\n${USAGE}`);
	}
	if (format !== 'json' && format !== 'csv' && format !== 'tranches')
		return fail(`--format: must be json, csv or tranches\n${USAGE}`);
	if ((file === null) === (link === null)) return fail(USAGE);

	let run: Run;
	let notices = '';
	if (link !== null) {
		const decoded = decodeLink(link, { checkFormula });
		run = runScenario(scenarioToJson(decoded.scenario), ENGINE);
		notices = decoded.notices.map((n) => `warning: ${n.param}: ${n.message}`).join('\n');
	} else {
		let text: string;
		try {
			text = io.readFile(file as string);
		} catch (e) {
			return fail(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
		}
		run = io.load(text);
	}
	if (!run.ok) {
		const named = run.problems.map((p) => ({
			path: p.path === '(file)' ? (file as string) : p.path,
			message: p.message.replace(/\s+/g, ' ')
		}));
		return fail(formatProblems(named));
	}
	const projection = run.projection;
	const stdout =
		format === 'csv'
			? yearsCsv(projection)
			: format === 'tranches'
				? tranchesCsv(projection)
				: JSON.stringify(resultsJson(projection), null, 1) + '\n';
	return { code: 0, stdout, stderr: notices ? notices + '\n' : '' };
}
