/**
 * Texts and number formats in the page's language. Pure functions: the language
 * itself lives in the state module.
 */
import { en, type MessageKey, type Messages } from './en';
import { ko } from './ko';

export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];
export type { MessageKey };

const MESSAGES: Record<Lang, Messages> = { en, ko };

/** The text of `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
	const text = MESSAGES[lang][key] ?? en[key] ?? key;
	return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/** Reads a language from untrusted text (a link, storage, the browser). */
export function parseLang(value: unknown): Lang | null {
	return value === 'en' || value === 'ko' ? value : null;
}

export * from './format';
