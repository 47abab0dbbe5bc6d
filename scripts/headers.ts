/**
 * Security headers for hosts that can send them (Netlify, Cloudflare Pages): reads the
 * Content Security Policy that SvelteKit wrote into each prerendered page's <meta> tag
 * (its script hashes differ per page), and writes build/_headers with each page's policy
 * plus what a <meta> tag cannot carry (frame-ancestors: 'none' everywhere but the embeds
 * of FRAMEABLE, which any site may frame), and the other headers.
 * The policy goes in one block per page address, never in `/*`: hosts give a path every
 * matching block's headers (Cloudflare joins a repeated header with commas, so two
 * policies would both apply), so no two blocks that match one path set the same header.
 * Runs after every build (`npm run build`); scripts/serve.js sends the same headers.
 *   tsx scripts/headers.ts [--dir build]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The prerendered pages that must be there (every .html file of the build gets its policy). */
export const PAGES = ['index.html', 'method.html'];

/** Pages other sites may show in a frame (an <iframe> in an article): frame-ancestors *. */
export const FRAMEABLE = ['embed.html'];

/** Directives a <meta> policy cannot carry, so only the header has them. */
export const HEADER_ONLY_DIRECTIVES: Record<string, string[]> = { 'frame-ancestors': ["'none'"] };

/** The header-only directives of a frameable page. */
export const FRAMEABLE_DIRECTIVES: Record<string, string[]> = { 'frame-ancestors': ['*'] };

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

/** A prerendered page: its file under the build folder ('method.html', 'preset/x.html') and its meta policy. */
export interface PagePolicy {
	file: string;
	policy: string;
}

/**
 * The addresses a page answers at: '/method' and '/method.html'; '/' and '/index.html';
 * a page in a folder, the folder's wildcard ('/preset/*'), so pages added later are covered.
 */
export function pagePatterns(file: string): string[] {
	const path = file.split(sep).join('/');
	if (path.includes('/')) return [`/${path.slice(0, path.lastIndexOf('/'))}/*`];
	if (path === 'index.html') return ['/', '/index.html'];
	return [`/${path.replace(/\.html$/, '')}`, `/${path}`];
}

/**
 * The _headers file (Netlify / Cloudflare Pages format): the other headers for every path,
 * each page's policy at its addresses (pages sharing a wildcard get the union of theirs),
 * and the union of all for the code (worker scripts take the policy of their own response).
 */
export function headersFile(pages: PagePolicy[]): string {
	if (pages.length === 0) throw new Error('no Content Security Policy to send');
	const block = (path: string, headers: Record<string, string>) =>
		[path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	const groups = new Map<string, { patterns: string[]; policies: Policy[]; frameable: boolean }>();
	for (const page of pages) {
		const patterns = pagePatterns(page.file);
		const key = patterns.join(' ');
		const group = groups.get(key) ?? { patterns, policies: [], frameable: false };
		group.policies.push(parsePolicy(page.policy));
		group.frameable ||= FRAMEABLE.includes(page.file.split(sep).join('/'));
		groups.set(key, group);
	}
	const blocks = [block('/*', OTHER_HEADERS)];
	for (const { patterns, policies, frameable } of groups.values()) {
		const csp = policyText(unionPolicies(policies), frameable ? FRAMEABLE_DIRECTIVES : HEADER_ONLY_DIRECTIVES);
		for (const pattern of patterns) blocks.push(block(pattern, { 'Content-Security-Policy': csp }));
	}
	const all = policyText(unionPolicies(pages.map((p) => parsePolicy(p.policy))));
	blocks.push(
		block('/_app/*', { 'Content-Security-Policy': all }),
		block('/_app/immutable/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
		block('/service-worker.js', { 'Content-Security-Policy': all, 'Cache-Control': 'no-cache' })
	);
	return blocks.join('\n\n') + '\n';
}

/** Every .html file under `dir`, relative to it, sorted. */
export function htmlFiles(dir: string): string[] {
	return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
		.filter((d) => d.isFile() && d.name.endsWith('.html'))
		.map((d) => relative(dir, join(d.parentPath, d.name)))
		.sort();
}

/** Reads the pages under `dir`, writes `dir`/_headers and returns its text; throws when a page or its policy is missing. */
export function writeHeaders(dir: string): string {
	for (const page of PAGES) {
		if (!existsSync(join(dir, page))) throw new Error(`${join(dir, page)} is missing: run "vite build" first`);
	}
	const pages = htmlFiles(dir).map((file) => {
		const policy = metaPolicy(readFileSync(join(dir, file), 'utf8'));
		if (policy === null)
			throw new Error(`${join(dir, file)} has no Content-Security-Policy <meta> tag (kit.csp in svelte.config.js)`);
		return { file, policy };
	});
	const text = headersFile(pages);
	writeFileSync(join(dir, '_headers'), text);
	return text;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const k = process.argv.indexOf('--dir');
	const dir = k >= 0 && process.argv[k + 1] ? process.argv[k + 1] : 'build';
	try {
		writeHeaders(dir);
		console.log(`Wrote ${join(dir, '_headers')} (policies of ${htmlFiles(dir).length} pages)`);
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}
