/**
 * Problems of inputs and notices of links in the page's language. They come with a
 * code and params (model/messages.ts); the English rendering is their `message`.
 */
import { fillMessage, type Message } from '../model/index';
import { translate, type Lang } from './index';

/**
 * A validation problem (without its path) or a link notice in `lang`: the template of
 * its code, `problem.<code>` in en.ts and ko.ts, filled with its params.
 */
export function problemText(lang: Lang, problem: Message): string {
	return fillMessage((code) => translate(lang, `problem.${code}`), problem);
}
