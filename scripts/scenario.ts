/**
 * The command line over the engine:
 *   npm run --silent scenario -- FILE.json            Results JSON on standard output
 *   npm run --silent scenario -- - < FILE.json        the same, from standard input
 *   npm run --silent scenario -- FILE.json --format csv
 *   npm run --silent scenario -- --link "ADDRESS"     a share link instead of a file
 * Bad input exits 2 with one line per problem, naming the field by its path.
 */
import { readFileSync } from 'node:fs';
import { loadScenario, runCli, type CliResult } from './cli';

function main(argv: string[]): CliResult {
	return runCli(argv, {
		readFile: (path) => (path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8')),
		load: loadScenario
	});
}

const result = main(process.argv.slice(2));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
