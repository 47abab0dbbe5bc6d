/** Sources & method in Korean: static HTML, no JavaScript, as /method. */
import type { Lang } from '$lib/i18n/index';

export const csr = false;
export const load = () => ({ lang: 'ko' as Lang });
