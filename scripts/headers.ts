/**
 * Security headers for hosts that can send them (Netlify, Cloudflare Pages): reads the
 * Content Security Policy that SvelteKit wrote into each prerendered page's <meta> tag
 * (its script hashes differ per page), and writes build/_headers with the union of those
 * policies plus what a <meta> tag cannot carry (frame-ancestors), and the other headers.
 * Runs after every build (`npm run build`); scripts/serve.js sends the same headers.
 *   tsx scripts/headers.ts [--dir build]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The prerendered pages whose policies the header covers. */
export const PAGES = ['index.html', 'method.html'];

/** Directives a <meta> policy cannot carry, so only the header has them. */
export const HEADER_ONLY_DIRECTIVES: Record<string, string[]> = { 'frame-ancestors': ["'none'"] };

/** Headers sent with every response besides the policy. */
export const OTHER_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
	'Cross-Origin-Opener-Policy': 'same-origin'
};

/** A policy as directive name -> sources, in the order first seen. */
export type Policy = Map<string, string[]>;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", '#39': "'", '#x27': "'", lt: '<', gt: '>' };

/** The content of the page's `<meta http-equiv="content-security-policy">`, or null when it has none. */
export function metaPolicy(html: string): string | null {
	for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
		const attrs = new Map(
			[...tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1].toLowerCase(), m[2] ?? m[3]])
		);
		if (attrs.get('http-equiv')?.toLowerCase() !== 'content-security-policy') continue;
		const content = attrs.get('content');
		if (content === undefined) continue;
		return content.replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole);
	}
	return null;
}

/** Parses a policy text (`a x y; b z`) into directives; names are lower-cased, a repeated directive is ignored as browsers do. */
export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const part of text.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (!name) continue;
		const key = name.toLowerCase();
		if (!policy.has(key)) policy.set(key, sources);
	}
	return policy;
}

/**
 * The union of policies: every directive of any of them, with the sources of all of
 * them (each once). Meant for policies that differ only in their script hashes.
 */
export function unionPolicies(policies: Policy[]): Policy {
	const union: Policy = new Map();
	for (const policy of policies) {
		for (const [name, sources] of policy) {
			const have = union.get(name) ?? [];
			union.set(name, [...have, ...sources.filter((s) => !have.includes(s))]);
		}
	}
	return union;
}

/** The policy as a header value, with the header-only directives set (they replace any of the same name). */
export function policyText(policy: Policy, extra: Record<string, string[]> = HEADER_ONLY_DIRECTIVES): string {
	const all = new Map(policy);
	for (const [name, sources] of Object.entries(extra)) all.set(name, sources);
	return [...all].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The _headers file (Netlify / Cloudflare Pages format) for the pages' meta policies. */
export function headersFile(metaPolicies: string[]): string {
	if (metaPolicies.length === 0) throw new Error('no Content Security Policy to send');
	const csp = policyText(unionPolicies(metaPolicies.map(parsePolicy)));
	const block = (path: string, headers: Record<string, string>) =>
		[path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	return (
		[
			block('/*', { 'Content-Security-Policy': csp, ...OTHER_HEADERS }),
			block('/_app/immutable/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
			block('/service-worker.js', { 'Cache-Control': 'no-cache' })
		].join('\n\n') + '\n'
	);
}

/** Reads the pages under `dir`, writes `dir`/_headers and returns its text; throws when a page or its policy is missing. */
export function writeHeaders(dir: string): string {
	const policies = PAGES.map((page) => {
		const file = join(dir, page);
		if (!existsSync(file)) throw new Error(`${file} is missing: run "vite build" first`);
		const policy = metaPolicy(readFileSync(file, 'utf8'));
		if (policy === null)
			throw new Error(`${file} has no Content-Security-Policy <meta> tag (kit.csp in svelte.config.js)`);
		return policy;
	});
	const text = headersFile(policies);
	writeFileSync(join(dir, '_headers'), text);
	return text;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const k = process.argv.indexOf('--dir');
	const dir = k >= 0 && process.argv[k + 1] ? process.argv[k + 1] : 'build';
	try {
		writeHeaders(dir);
		console.log(`Wrote ${join(dir, '_headers')} (policy of ${PAGES.join(', ')})`);
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}
