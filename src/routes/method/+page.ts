/**
 * Sources & method in English: static HTML, no JavaScript (a page of text and tables,
 * light on a phone). Its Korean twin is /method/ko. The layout reads `lang` from here.
 */
import type { Lang } from '$lib/i18n/index';

export const csr = false;
export const load = () => ({ lang: 'en' as Lang });
