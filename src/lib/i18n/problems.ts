/**
 * Problems of inputs and notices of links in the page's language. They come with a
 * code and params (model/messages.ts); the English rendering is their `message`.
 * The notices' texts (linkNotices.ts) arrive with the link reader: `useLinkTexts`.
 */
import { fillMessage, type LinkMessageCode, type Message, type ProblemCode } from '../model/light';
import { translate, type Lang } from './index';

let linkTexts: Record<Lang, Readonly<Record<LinkMessageCode, string>>> | null = null;

/** Gives the texts of the link reader's notices, once they have loaded (they load with the reader). */
export function useLinkTexts(texts: Record<Lang, Readonly<Record<LinkMessageCode, string>>>): void {
	linkTexts = texts;
}

/**
 * A validation problem (without its path) or a link notice in `lang`: the template of
 * its code (`problem.<code>` in en.ts and ko.ts, or linkNotices.ts), filled with its params.
 */
export function problemText(lang: Lang, problem: Message): string {
	return fillMessage(
		(code) =>
			code.startsWith('link.')
				? (linkTexts?.[lang][code as LinkMessageCode] ?? code)
				: translate(lang, `problem.${code as ProblemCode}`),
		problem
	);
}
