/**
 * scripts/headers.ts: the meta policies of the prerendered pages become header policies
 * (each page's, plus frame-ancestors: 'none', or * for the embed), in the _headers format.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	headersFile,
	metaPolicy,
	pagePatterns,
	parsePolicy,
	policyText,
	unionPolicies,
	writeHeaders
} from '../../scripts/headers';

const INDEX =
	"default-src 'self'; worker-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self' 'unsafe-inline'; object-src 'none'";
const METHOD =
	"default-src 'self'; worker-src 'self'; script-src 'self' 'sha256-BBB='; style-src 'self' 'unsafe-inline'; object-src 'none'";

/** A page as SvelteKit prerenders it, with its policy in a <meta> tag. */
const page = (policy: string) =>
	`<!doctype html><html><head><meta charset="utf-8" />\n<meta http-equiv="content-security-policy" content="${policy}">` +
	'<script>console.log(1)</script></head><body></body></html>';

/** The header lines of one block of a _headers file, by name. */
function block(text: string, path: string): Map<string, string> {
	const lines = text.split('\n');
	const start = lines.indexOf(path);
	expect(start, `block ${path}`).toBeGreaterThanOrEqual(0);
	const headers = new Map<string, string>();
	for (const line of lines.slice(start + 1)) {
		if (!line.startsWith('  ')) break;
		const at = line.indexOf(':');
		headers.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
	}
	return headers;
}

describe('metaPolicy', () => {
	it('reads the policy of the meta tag, whatever the attribute order and case', () => {
		expect(metaPolicy(page(INDEX))).toBe(INDEX);
		expect(metaPolicy(`<META content='a b' HTTP-EQUIV="Content-Security-Policy">`)).toBe('a b');
	});

	it('decodes HTML entities in the attribute', () => {
		expect(metaPolicy(`<meta http-equiv="content-security-policy" content="script-src &#39;self&#39; &amp;">`)).toBe(
			"script-src 'self' &"
		);
	});

	it('is null without a policy tag', () => {
		expect(metaPolicy('<meta charset="utf-8"><meta name="description" content="x">')).toBeNull();
	});
});

describe('policies', () => {
	it('parses directives, lower-cases names and keeps the first of a repeated directive', () => {
		const policy = parsePolicy(" Script-Src 'self'  'sha256-A=' ;; img-src data: ; script-src *");
		expect([...policy]).toEqual([
			['script-src', ["'self'", "'sha256-A='"]],
			['img-src', ['data:']]
		]);
	});

	it('unites the script hashes of both pages, each source once, directives in order', () => {
		const union = unionPolicies([parsePolicy(INDEX), parsePolicy(METHOD)]);
		expect(union.get('script-src')).toEqual(["'self'", "'sha256-AAA='", "'sha256-BBB='"]);
		expect(union.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
		expect([...union.keys()]).toEqual(['default-src', 'worker-src', 'script-src', 'style-src', 'object-src']);
	});

	it("adds frame-ancestors 'none', replacing any other value", () => {
		const text = policyText(parsePolicy("default-src 'self'; frame-ancestors *"));
		expect(text).toBe("default-src 'self'; frame-ancestors 'none'");
	});
});

describe('headersFile', () => {
	const EMBED = INDEX.replace('AAA', 'EEE');
	const PRESET = INDEX.replace('AAA', 'PPP');
	const text = headersFile([
		{ file: 'embed.html', policy: EMBED },
		{ file: 'index.html', policy: INDEX },
		{ file: 'method.html', policy: METHOD },
		{ file: 'preset/mou-2025.html', policy: PRESET },
		{ file: 'preset/japan-style.html', policy: PRESET.replace('PPP', 'QQQ') }
	]);

	/** The headers a host sends for `path`: every matching block's (exact, or a prefix ending in *). */
	function headersFor(path: string): Map<string, string> {
		const out = new Map<string, string>();
		for (const line of text.split('\n')) {
			if (!line.startsWith('/')) continue;
			const hit = line.endsWith('*') ? path.startsWith(line.slice(0, -1)) : path === line;
			if (!hit) continue;
			for (const [name, value] of block(text, line)) {
				expect(out.has(name), `${name} set twice for ${path}`).toBe(false);
				out.set(name, value);
			}
		}
		return out;
	}

	it('sends each page its own policy with frame-ancestors, and the other security headers', () => {
		for (const [path, hash] of [
			['/', 'AAA'],
			['/index.html', 'AAA'],
			['/method', 'BBB'],
			['/method.html', 'BBB']
		]) {
			const all = headersFor(path);
			const csp = all.get('Content-Security-Policy') ?? '';
			expect(csp).toContain(`script-src 'self' 'sha256-${hash}='`);
			expect(csp).toContain("frame-ancestors 'none'");
			expect(csp).not.toMatch(/unsafe-eval/);
			expect(parsePolicy(csp).get('script-src')).not.toContain("'unsafe-inline'");
			expect(all.get('X-Content-Type-Options')).toBe('nosniff');
			expect(all.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
			expect(all.get('Permissions-Policy')).toBe('camera=(), microphone=(), geolocation=()');
			expect(all.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
		}
	});

	it('lets any site frame the embed, and only the embed, whose policy is otherwise as strict', () => {
		for (const path of ['/embed', '/embed.html']) {
			const csp = parsePolicy(headersFor(path).get('Content-Security-Policy') ?? '');
			expect(csp.get('frame-ancestors')).toEqual(['*']);
			expect(csp.get('script-src')).toEqual(["'self'", "'sha256-EEE='"]);
			expect(csp.get('object-src')).toEqual(["'none'"]);
		}
		const others = text.split('\n').filter((l) => l.includes('Content-Security-Policy') && !l.includes('EEE'));
		for (const line of others) expect(line).toContain("frame-ancestors 'none'");
	});

	it('covers the pages of a folder with one wildcard, the union of their hashes', () => {
		const csp = headersFor('/preset/anything-added-later').get('Content-Security-Policy') ?? '';
		expect(csp).toContain("'sha256-PPP=' 'sha256-QQQ='");
		expect(csp).toContain("frame-ancestors 'none'");
		expect(pagePatterns('preset/x.html')).toEqual(['/preset/*']);
	});

	it('gives worker scripts the policy, caches immutable assets for a year and never caches the service worker', () => {
		expect(headersFor('/_app/immutable/workers/w.js').get('Content-Security-Policy')).toContain("worker-src 'self'");
		expect(headersFor('/_app/immutable/x.js').get('Cache-Control')).toBe('public, max-age=31536000, immutable');
		const sw = headersFor('/service-worker.js');
		expect(sw.get('Cache-Control')).toBe('no-cache');
		expect(sw.get('Content-Security-Policy')).toContain("script-src 'self'");
	});

	it('has one header a line, indented, and blocks apart by blank lines', () => {
		for (const line of text.trimEnd().split('\n')) expect(line).toMatch(/^(\/\S*| {2}[\w-]+: \S.*|)$/);
		expect(text.endsWith('\n')).toBe(true);
	});

	it('refuses to write a file without a policy', () => {
		expect(() => headersFile([])).toThrow(/no Content Security Policy/);
	});
});

describe('writeHeaders', () => {
	const dir = mkdtempSync(join(tmpdir(), 'pledge-headers-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('writes _headers next to the pages', () => {
		writeFileSync(join(dir, 'index.html'), page(INDEX));
		writeFileSync(join(dir, 'method.html'), page(METHOD));
		mkdirSync(join(dir, 'preset'));
		writeFileSync(join(dir, 'preset', 'a.html'), page(INDEX.replace('AAA', 'PPP')));
		const text = writeHeaders(dir);
		expect(readFileSync(join(dir, '_headers'), 'utf8')).toBe(text);
		expect(text).toContain("'sha256-BBB='");
		expect(text).toMatch(/^\/preset\/\*\n {2}Content-Security-Policy: .*'sha256-PPP='/m);
	});

	it('names a page without a policy', () => {
		writeFileSync(join(dir, 'method.html'), '<html></html>');
		expect(() => writeHeaders(dir)).toThrow(/method\.html has no Content-Security-Policy/);
	});
});
