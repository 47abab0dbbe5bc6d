/**
 * Query strings in and out: finds the query in a full address, splits it into params
 * decoded exactly as URLSearchParams decodes them, and encodes values the same way.
 */
import type { RawParam } from './types';

/** Encodes one key or value as URLSearchParams does (space as `+`, `.-_*` kept). */
export function formEncode(text: string): string {
	if (SAFE.test(text)) return text;
	return new URLSearchParams([['', text]]).toString().slice(1);
}

/** Text that URLSearchParams writes and reads unchanged (most numbers and keys). */
const SAFE = /^[A-Za-z0-9.*_-]*$/;

/** Encodes a list (custom amounts, packed values): each entry encoded, joined by a plain comma. */
export function formEncodeList(entries: readonly string[]): string {
	return entries.map(formEncode).join(',');
}

/** One `key=value` (or a bare `key`) as written in a link. */
export function formatParam(key: string, value: string | null): string {
	return value === null ? formEncode(key) : `${formEncode(key)}=${value}`;
}

/**
 * The query part of a full address (`https://host/path?q#f`), of `?q`, or of a bare
 * query `q`. An address without `?` has no query.
 */
export function queryOf(input: string): string {
	let text = input.trim();
	const looksLikeAddress = /^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('/');
	if (looksLikeAddress) {
		const hash = text.indexOf('#');
		if (hash >= 0) text = text.slice(0, hash);
		const q = text.indexOf('?');
		return q >= 0 ? text.slice(q + 1) : '';
	}
	const q = text.indexOf('?');
	if (q >= 0) text = text.slice(q + 1);
	const hash = text.indexOf('#');
	return hash >= 0 ? text.slice(0, hash) : text;
}

/** Splits a query into params, at most `limit` of them; `dropped` counts the rest. */
export function parseQuery(query: string, limit: number): { params: RawParam[]; dropped: number } {
	const params: RawParam[] = [];
	let dropped = 0;
	for (const piece of query.split('&')) {
		if (piece === '') continue;
		if (params.length >= limit) {
			dropped++;
			continue;
		}
		const eq = piece.indexOf('=');
		if (SAFE.test(eq < 0 ? piece : piece.slice(0, eq) + piece.slice(eq + 1))) {
			params.push(
				eq < 0
					? { key: piece, value: '', bare: true }
					: { key: piece.slice(0, eq), value: piece.slice(eq + 1), bare: false }
			);
			continue;
		}
		const first = new URLSearchParams(piece).entries().next();
		const [key, value] = first.done ? ['', ''] : first.value;
		params.push({ key, value, bare: eq < 0 });
	}
	return { params, dropped };
}
