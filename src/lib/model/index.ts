/** The engine's public face: validate untrusted JSON, simulate, print results. */
export { Decimal, canonicalDecimal, isDecimal, type Dec } from './decimal';
export * from './scenario';
export {
	validateScenario,
	formatProblems,
	parseDecimal,
	checkNumber,
	readNumber,
	toProblem,
	type Problem,
	type Validation,
	type ValidateOptions
} from './validate';
export {
	fillMessage,
	linkMessageText,
	messageText,
	LINK_MESSAGE_EN,
	MESSAGE_EN,
	type LinkMessageCode,
	type ProblemCode,
	type Message,
	type MessageCode,
	type MessageParam
} from './messages';
export { FormulaError, payments, type FormulaEvaluator } from './schedule';
export {
	simulate,
	type Projection,
	type YearResult,
	type Summary,
	type SimulateOptions,
	type TrancheResult
} from './project';
export { simulateOutcome, type Outcome } from './outcome';
export { rateAt } from './tradeByYear';
export {
	resultsJson,
	scenarioToJson,
	tranchesCsv,
	yearsCsv,
	YEAR_FIELDS,
	TRANCHE_FIELDS_CSV,
	type ResultsJson
} from './results';
export { clearTradeCache } from './tradeByYear';
export {
	hasFormula,
	projectOrThrow,
	runOutcome,
	runScenario,
	ScenarioError,
	type EngineOptions,
	type Run
} from './run';
