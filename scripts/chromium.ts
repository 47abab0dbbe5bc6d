/**
 * Debian's Chromium for every browser run (tests, screenshots, benchmarks, audits):
 * browsers cannot be downloaded here. The executable comes from CHROMIUM_PATH, CHROME_PATH
 * or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, then /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';

/** Flags for a headless run on a machine whose network is closed. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** The Chromium executable, or an error saying how to install it. */
export function chromiumPath(): string {
	const env = process.env;
	const candidates = [env.CHROMIUM_PATH, env.CHROME_PATH, env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, '/usr/bin/chromium'];
	const found = candidates.find((p): p is string => !!p && existsSync(p));
	if (!found) {
		throw new Error(
			'Chromium was not found. Install Debian\'s Chromium with "sudo apt-get install -y chromium", ' +
				'or set CHROMIUM_PATH to a Chromium executable.'
		);
	}
	return found;
}
