/**
 * Collects the notices of one decoding: cuts untrusted text to size and stops listing
 * after a few dozen, so a hostile link cannot flood the page.
 */
import { linkMessageText, type Message, type LinkMessageCode } from '../model/index';
import type { LinkNotice, NoticeReason } from './types';

/** Longest value (and param) a notice repeats. */
export const NOTICE_VALUE_MAX = 60;
/** Most notices listed for one link; the rest are counted in a last notice. */
export const MAX_NOTICES = 50;

/** Untrusted text cut to NOTICE_VALUE_MAX characters. */
export const cut = (text: string) => (text.length > NOTICE_VALUE_MAX ? text.slice(0, NOTICE_VALUE_MAX) : text);

/** Untrusted text quoted inside a notice's message: cut, with "…" where it was. */
export const short = (text: string) => (text.length > NOTICE_VALUE_MAX ? cut(text) + '…' : text);

/** The notices of one decoding. */
export class Notices {
	private items: LinkNotice[] = [];
	private more = 0;

	/** Adds a notice; `what` should name the param and say what was used instead. */
	add(param: string, value: string, reason: NoticeReason, what: Message<LinkMessageCode>, used = ''): void {
		if (this.items.length >= MAX_NOTICES) {
			this.more++;
			return;
		}
		this.items.push({
			param: cut(param),
			value: cut(value),
			reason,
			...what,
			message: linkMessageText(what),
			used: cut(used)
		});
	}

	/** The notices, with one more saying how many were left out. */
	list(): LinkNotice[] {
		if (this.more === 0) return this.items;
		const what: Message<'link.more'> = { code: 'link.more', params: { n: this.more } };
		return [
			...this.items,
			{ param: '(link)', value: '', reason: 'too-many', ...what, message: linkMessageText(what), used: '' }
		];
	}
}
