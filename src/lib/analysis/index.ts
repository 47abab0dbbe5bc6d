/**
 * The analysis layer's public face: levers, goal seek, the break-even frontier, the
 * tornado and Monte Carlo, all over the Decimal engine's public API. The page imports
 * the Monte Carlo client from here; the draws themselves run in monteCarlo.worker.ts.
 */
export { AnalysisError, hasFormula, project, type EngineOptions } from './engine';
export {
	capLever,
	decimalText,
	discountRateLever,
	economyLever,
	tariffDealLever,
	trancheLever,
	tradeLever,
	type Lever,
	type LeverRange
} from './levers';
export { GLOBAL_LEVERS, LEVERS, TRANCHE_LEVER_FIELDS, leverById, leversFor } from './leverList';
export { goalSeek, meetsGoal, type GoalSeekOptions, type GoalSeekResult, type GoalTarget } from './goalSeek';
export { hinges, HAZARD_SPEC, type Hinge, type Hinges } from './hinges';
export { gridValues, npvFrontier, type FrontierOptions, type NpvFrontier } from './frontier';
export { tornado, type Tornado, type TornadoBar, type TornadoMetric, type TornadoOptions } from './tornado';
export { DEFAULT_TORNADO_SPECS, type TornadoSpec } from './tornadoRanges';
export { drawStream, sfc32, type Random } from './random';
export { distributionProblem, drawValue, type Distribution } from './distributions';
export {
	checkMonteCarloConfig,
	defaultMonteCarloConfig,
	type MonteCarloConfig,
	type MonteCarloInput
} from './monteCarloConfig';
export {
	collectSamples,
	drawScenario,
	runMonteCarloSync,
	sampleDraws,
	splitDraws,
	type DrawPlan,
	type RunControl
} from './monteCarlo';
export {
	PERCENTILES,
	PERCENTILE_KEYS,
	histogram,
	mergeSamples,
	percentile,
	summariseSamples,
	type Bands,
	type DrawSamples,
	type PercentileKey,
	type MonteCarloResult
} from './monteCarloSummary';
export { type WorkerReply, type WorkerRequest } from './monteCarloWorkerCore';
export {
	createMonteCarloClient,
	type MonteCarloClient,
	type MonteCarloClientOptions,
	type MonteCarloRun,
	type RunRequest,
	type WorkerLike
} from './monteCarloClient';
