/** The engine's public face: validate untrusted JSON, simulate, print results. */
export { Decimal, type Dec } from './decimal';
export * from './scenario';
export {
	validateScenario,
	formatProblems,
	parseDecimal,
	checkNumber,
	type Problem,
	type Validation,
	type ValidateOptions
} from './validate';
export { FormulaError, payments, type FormulaEvaluator } from './schedule';
export { simulate, type Projection, type YearResult, type Summary, type SimulateOptions } from './project';
export { resultsJson, scenarioToJson, yearsCsv, YEAR_FIELDS, type ResultsJson } from './results';
export { clearTradeCache } from './trade';
