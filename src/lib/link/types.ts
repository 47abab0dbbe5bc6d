/**
 * What a share link carries, and how the decoder reports what it could not use.
 */
import type { LinkMessageCode, Message, ScenarioJson } from '../model/index';

/** The page state a link describes. */
export interface LinkState {
	scenario: ScenarioJson;
	lang?: 'en' | 'ko';
	/** Scenario A of a comparison, if one is shown. */
	compare?: ScenarioJson | null;
	/** Seed of anything random on the page (uint32). */
	seed?: number;
	/**
	 * The preset the scenario was started from. The encoder writes the difference from it
	 * when it is a known id (otherwise from the preset that gives the shortest link); the
	 * decoder sets it to the preset the link started from.
	 */
	preset?: string;
	/** The same for the comparison scenario. */
	comparePreset?: string;
}

/** Why a part of a link was not used as written. */
export type NoticeReason =
	| 'unknown-param'
	| 'invalid'
	| 'out-of-range'
	| 'unsupported-version'
	| 'too-long'
	| 'rejected-formula'
	| 'unknown-preset'
	| 'too-many';

/**
 * One part of a link that was not used as written. Its code and params name the param
 * and say what was used instead, for the page to say in its language; `message` is the
 * same in English (model/messages.ts). `value` is the param's value, cut to 60
 * characters; `used` is what was used instead ('' when the param was ignored). All of
 * it is untrusted text: show it as text, never as HTML.
 */
export type LinkNotice = Message<LinkMessageCode> & {
	param: string;
	value: string;
	reason: NoticeReason;
	message: string;
	used: string;
};

/** One `key=value` of a query, decoded as URLSearchParams decodes it. */
export interface RawParam {
	key: string;
	value: string;
	/** True for a key written without `=`: `name` alone removes the preset's name. */
	bare: boolean;
}
