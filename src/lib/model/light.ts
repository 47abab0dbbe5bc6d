/**
 * The engine's second entry point: what the page needs before the engine itself (the
 * texts of its messages, the formula scan). Nothing here imports decimal.js or the
 * simulation, so the first load carries neither; `./index` loads on first use.
 */
export { hasFormula } from './hasFormula';
export {
	fillMessage,
	LINK_MESSAGE_EN,
	MESSAGE_EN,
	type LinkMessageCode,
	type Message,
	type ProblemCode
} from './messages';
