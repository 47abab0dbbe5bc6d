#!/usr/bin/env node
/**
 * Serves the built site (build/) as a static host would: `/method` -> method.html,
 * `/` -> index.html, immutable assets cached, text compressed with gzip when the
 * browser accepts it, and the security headers of build/_headers when present.
 *   node scripts/serve.js [--port 4173] [--host 127.0.0.1]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
	const k = args.indexOf(`--${name}`);
	return k >= 0 && args[k + 1] ? args[k + 1] : fallback;
};
const port = Number(opt('port', process.env.PORT ?? '4173'));
const host = opt('host', '127.0.0.1');
const root = resolve(opt('dir', 'build'));

if (!existsSync(join(root, 'index.html'))) {
	console.error(`No built site in ${root}: run "npm run build" first.`);
	process.exit(1);
}

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8'
};

/**
 * The headers of build/_headers for a path: every block whose pattern matches it (the
 * exact path, or a prefix ending in `*`), in the file's order, as Netlify and Cloudflare
 * Pages do. The file is read again whenever it changes, so a rebuild under a running
 * server never pairs a page with the policy (script hashes) of the build before.
 */
let headersCache = { stamp: '', blocks: [] };
function headerBlocks() {
	const file = join(root, '_headers');
	const stamp = existsSync(file) ? String(statSync(file).mtimeMs) : 'none';
	if (stamp === headersCache.stamp) return headersCache.blocks;
	const blocks = [];
	for (const line of stamp === 'none' ? [] : readFileSync(file, 'utf8').split('\n')) {
		if (/^\S/.test(line) && !line.startsWith('#')) blocks.push({ pattern: line.trim(), headers: {} });
		else if (blocks.length > 0 && line.includes(':')) {
			const at = line.indexOf(':');
			blocks[blocks.length - 1].headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
		}
	}
	headersCache = { stamp, blocks };
	return blocks;
}

function siteHeaders(pathname = '/*') {
	const matches = (pattern) =>
		pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
	return Object.assign(
		{},
		...headerBlocks()
			.filter((b) => matches(b.pattern))
			.map((b) => b.headers)
	);
}

/** Compressed bodies of text files, by path and modification time (hosts compress text too). */
const gzipped = new Map();
function gzipOf(file) {
	const key = `${file}:${statSync(file).mtimeMs}`;
	if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(file)));
	return gzipped.get(key);
}

function resolveFile(pathname) {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const candidates = [clean, `${clean}.html`, join(clean, 'index.html')];
	for (const c of candidates) {
		const file = join(root, c);
		if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return file;
	}
	return null;
}

/** Header names in lower case, so `Cache-Control` from _headers replaces the server's `cache-control`. */
function lowerCase(headers) {
	return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

createServer((req, res) => {
	let pathname = '/';
	try {
		pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
	} catch {
		res.writeHead(400).end('Bad request');
		return;
	}
	const file = resolveFile(pathname === '/' ? '/index.html' : pathname);
	if (!file) {
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...siteHeaders(pathname) }).end('Not found');
		return;
	}
	const immutable = pathname.startsWith('/_app/immutable/');
	const type = TYPES[extname(file)] ?? 'application/octet-stream';
	const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && /text|json|svg|manifest/.test(type);
	const body = gzip ? gzipOf(file) : readFileSync(file);
	res.writeHead(200, {
		'content-type': type,
		'content-length': body.length,
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
		vary: 'Accept-Encoding',
		...(gzip ? { 'content-encoding': 'gzip' } : {}),
		...lowerCase(siteHeaders(pathname))
	});
	res.end(req.method === 'HEAD' ? undefined : body);
}).listen(port, host, () => {
	console.log(`Pledge Calculator: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});
