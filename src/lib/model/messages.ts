/**
 * Every sentence said about bad input, in English, in one place: the problems of
 * validation (a field's path comes before them: `horizon: must be at least 1`) and the
 * notices of the link reader. A message is a code and its params; the English text is
 * built here, and is what the command line prints and the tests pin. The page renders
 * the same code in its own language (i18n/problems.ts; the texts in en.ts and ko.ts
 * under `problem.<code>`).
 */

/** The English of each code; `{name}` is filled from the message's params. */
export const MESSAGE_EN = {
	// A value's problem, as validation says it after the field's path.
	required: 'is required',
	number: 'must be a number',
	finite: 'must be a finite number',
	whole: 'must be a whole number',
	'range.between': 'must be between {min} and {max}',
	'range.atLeast': 'must be at least {min}',
	'range.greaterThan': 'must be greater than {min}',
	'range.atMost': 'must be at most {max}',
	'range.greaterThanAtMost': 'must be greater than {min} and at most {max}',
	text: 'must be text',
	maxChars: 'must be at most {max} characters',
	object: 'must be an object',
	list: 'must be a list',
	maxEntries: 'must have at most {max} entries',
	minEntries: 'must have at least 1 entry',
	oneOf: 'must be one of {options}',
	formulaText: 'must be a formula',
	/** A formula refused, in the formula module's words (they are English only). */
	formula: '{reason}',
	grace: 'must be between 0 and tenor - 1 ({max})',
	tariff: '{problem}, or a list of steps {from, rate}',
	minSteps: 'must have at least 1 step',
	maxSteps: 'must have at most {max} steps',
	step: 'must be a step {from, rate}',
	stepOrder: 'must be greater than the step before',
	needsSubstitution: 'needs trade.substitutionElasticity',
	document: 'must be a JSON object',
	versionRequired: 'is required (1 or 2)',
	version: 'must be 1 or 2',
	fileTooLarge: 'is larger than 1 MB',
	notJson: 'is not JSON: {reason}',

	// A link param's problem (link/checks.ts), inside a notice.
	tooManyDigits: 'has too many digits',
	notNumber: 'is not a number',
	outOfRange: 'is out of range',
	longerThan: 'is longer than {max} characters',
	empty: 'is empty',
	moreSteps: 'has more than {max} steps',
	stepForm: 'step {n} must be year_rate',
	stepYear: 'step {n}: its year {problem}',
	stepRate: 'step {n}: its rate {problem}',
	stepAfter: 'step {n} must start after the step before',
	moreAmounts: 'has more than {max} amounts',
	amount: 'amount {n} {problem}'
} as const;

/**
 * The English of the link reader's notices (link/*.ts) and their parts: each names the
 * param and what was used instead. Apart from the problems' texts, so that only the link
 * reader (loaded when a link is read) carries them.
 */
export const LINK_MESSAGE_EN = {
	'link.noPreset': '{param}: there is no preset "{value}"; the preset {preset} was used instead.',
	'link.count': '{param} (the number of {noun}) {problem}; {fallback} (from the preset {preset}) was used instead.',
	'link.countMax': '{param}: a scenario has at most {max} {noun}; {max} were used.',
	'link.unknownParam': '{param} is not a parameter of this calculator; it was ignored.',
	'link.unnamedParam': 'A parameter without a name is not a parameter of this calculator; it was ignored.',
	'link.indexMax': '{param}: a scenario has at most {max} {noun} ({list}0 to {list}{last}); it was ignored.',
	'link.indexBeyond': '{param}: this scenario has {n} {noun}; it was ignored ({countParam}={count} adds more).',
	'link.value': '{param} ({path}) {problem}; {shown} (from {origin}) was used instead.',
	'link.scenario': "The link's scenario is not valid ({path} {problem}); the preset {preset} was used instead.",
	'link.scenarioA': "The link's scenario A is not valid ({path} {problem}); the preset {preset} was used instead.",
	'link.schedule': '{param} (tranches[{k}].schedule) {why}; {used} was used instead.',
	'link.ignoredByMode': '{param} was ignored: tranche {k} has a {mode} schedule, which does not read it.',
	'link.ignoredAmount': "{param} was ignored: a custom schedule's amount is the sum of {amounts}.",
	'link.grace':
		'{param}: the grace (tranches[{k}].grace) must be at most the tenor minus 1 ({fixed}); {fixed} was used for the grace instead.',
	'link.packed': '{param} holds at most {n} values ({order}); the extra ones were ignored.',
	'link.repeated': '{param} appears more than once; the last value ({kept}) was used instead.',
	'link.tooLong': 'The link is longer than {max} characters; the preset {preset} was used instead.',
	'link.tooManyParams': 'The link has more than {max} parameters; the last {dropped} were ignored.',
	'link.version': 'v={v}: {why}, and this calculator reads v={current}; the preset {preset} was used instead.',
	'link.lang': 'lang must be en or ko; it was ignored.',
	'link.seed': 'seed must be a whole number from 0 to {max}; it was ignored.',
	'link.unreadable': 'The link could not be read; the preset {preset} was used instead.',
	'link.more': '{n} more problems with this link were not listed.',
	// Parts of the notices above.
	'link.tranches': 'tranches',
	'link.sectors': 'sectors',
	'link.fromPreset': 'the preset {preset}',
	'link.newTranche': 'a new tranche',
	'link.newSector': 'a new sector',
	'link.quoted': '"{text}"',
	'link.noName': 'no name',
	'link.emptyName': '(empty name)',
	'link.presetSchedule': 'the schedule of the preset {preset} ({mode})',
	'link.presetScheduleField': 'the schedule of the preset {preset} ({mode} {field}={value})',
	'link.tenthCap': 'a cap of {cap} a year (a tenth of the amount)',
	'link.scheduleNeeds': 'needs {field} for the {mode} mode',
	'link.formulaRefused': 'was refused: {reason}',
	'link.formulaUnchecked': 'it could not be checked',
	'link.notVersion': 'it is not a version number',
	'link.noUpgrade': 'links of version {v} could not be upgraded',
	'link.newerVersion': 'links of version {v} come from a newer calculator',
	'link.oldVersion': 'links of version {v} can no longer be read'
} as const;

/** The codes of validation's problems (and of a link param's problem). */
export type ProblemCode = keyof typeof MESSAGE_EN;

/** The codes of the link reader's notices and their parts. */
export type LinkMessageCode = keyof typeof LINK_MESSAGE_EN;

export type MessageCode = ProblemCode | LinkMessageCode;

type Templates = typeof MESSAGE_EN & typeof LINK_MESSAGE_EN;

/** The names of a template's `{name}` holes (`{from, rate}` is text, not a hole). */
type Holes<T extends string> = T extends `${string}{${infer H}}${infer Rest}`
	? (H extends `${string}${' ' | ','}${string}` ? never : H) | Holes<Rest>
	: never;

/** A param: text and numbers are shown as they are, a message in the reader's language. */
export type MessageParam = string | number | ParamMessage;

/** A message as the param of another. */
export interface ParamMessage {
	readonly code: MessageCode;
	readonly params: Readonly<Record<string, MessageParam>>;
}

/** A code with exactly the params its template names. */
export type Message<C extends MessageCode = MessageCode> = {
	[K in C]: { code: K; params: { readonly [H in Holes<Templates[K]>]: MessageParam } };
}[C];

const HOLE = /\{(\w+)\}/g;

/**
 * Fills the template of a message's code with its params; a param that is a message
 * is filled from the same templates. `templateOf` gives a code's text in one language.
 */
export function fillMessage(templateOf: (code: MessageCode) => string, message: ParamMessage): string {
	const { params } = message;
	return templateOf(message.code).replace(HOLE, (hole, name: string) => {
		const value = params[name];
		if (value === undefined) return hole;
		return typeof value === 'object' ? fillMessage(templateOf, value) : String(value);
	});
}

/** A problem in English: the text the command line prints. */
export function messageText(message: Message<ProblemCode>): string {
	return fillMessage((code) => MESSAGE_EN[code as ProblemCode], message);
}

/** A link notice (its parts may be problems) in English: the text the command line prints. */
export function linkMessageText(message: Message): string {
	return fillMessage(
		(code) => (code.startsWith('link.') ? LINK_MESSAGE_EN[code as LinkMessageCode] : MESSAGE_EN[code as ProblemCode]),
		message
	);
}
