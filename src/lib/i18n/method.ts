/**
 * The long-form texts of the Sources & method page, in both languages: MODEL.md v2 in
 * plain words, one short formula per rule, and the labels of the defaults tables.
 */
import type { Lang } from './index';
import { methodEn } from './methodEn';
import { methodKo } from './methodKo';

/** One rule: a name, what it means, and its formula lines (plain text, shown as code). */
export interface MethodTerm {
	term: string;
	text: string;
	formulas: string[];
}

/** One section of the page: its anchor, heading, paragraphs, formulas and rules, in that order. */
export interface MethodSection {
	id: string;
	heading: string;
	paragraphs: string[];
	formulas?: string[];
	terms?: MethodTerm[];
}

/** The labels of the "Defaults and their sources" section. */
export interface MethodDefaultsText {
	id: string;
	heading: string;
	intro: string;
	field: string;
	value: string;
	source: string;
	date: string;
	caption: string;
	scenario: string;
	tranche: string;
	sector: string;
	modelDefault: string;
	noSource: string;
	sourceFor: string;
	otherSources: string;
	newTab: string;
	/** Above a table that lists only what differs from the first preset's ({base}: its title). */
	changesOnly: string;
	/** Instead of a table, when nothing differs. */
	noChanges: string;
	/** The heading of the list of the other presets, each linked to its own page of sources. */
	otherPresets: string;
	/** On a preset's own page: the link back to Sources & method. */
	back: string;
	/** On a preset's own page: the link that opens the calculator on the preset. */
	openInCalculator: string;
}

export interface MethodContent {
	toc: string;
	sections: MethodSection[];
	defaults: MethodDefaultsText;
}

/**
 * A text of the page with its `{name}` placeholders filled from `params`, as `translate`
 * fills a message's (the page's texts are not messages: they are too long for en.ts).
 */
export function fill(text: string, params: Record<string, string | number>): string {
	return text.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

/** The Sources & method page's content, by language. */
export const METHOD: Record<Lang, MethodContent> = { en: methodEn, ko: methodKo };
