/**
 * User formulas for `formula` schedules (MODEL.md "Schedules"): mathjs in BigNumber
 * mode, behind an allow-list walk of the parsed tree. Formulas arrive in share links,
 * so nothing reaches mathjs's evaluator before the walk has passed every node.
 *
 * This module is the only importer of mathjs; the page loads it lazily, only when a
 * scenario has a formula.
 */
import { all, create, type MathNode } from 'mathjs';
import { Decimal, FORMULA_MAX, type Dec, type FormulaEvaluator } from '../model';
import { FORMULA_FUNCTIONS, FORMULA_VARIABLES } from './functions';

const math = create(all, { number: 'BigNumber', precision: 40 });
const parse = math.parse;

// Defence in depth (mathjs security docs): the risky functions throw if ever reached.
const refuse = () => {
	throw new Error('not allowed in a formula');
};
math.import(
	{
		import: refuse,
		createUnit: refuse,
		evaluate: refuse,
		parse: refuse,
		simplify: refuse,
		derivative: refuse,
		compile: refuse,
		reviver: refuse,
		resolve: refuse
	},
	{ override: true }
);

export { FORMULA_FUNCTIONS } from './functions';
const OPERATORS = new Set([
	'add',
	'subtract',
	'multiply',
	'divide',
	'pow',
	'mod',
	'unaryMinus',
	'unaryPlus',
	'equal',
	'unequal',
	'smaller',
	'larger',
	'smallerEq',
	'largerEq'
]);
const COMPARISONS = new Set(['equal', 'unequal', 'smaller', 'larger', 'smallerEq', 'largerEq']);
const VARIABLES = new Set<string>(FORMULA_VARIABLES);
const FUNCTIONS = new Set<string>(FORMULA_FUNCTIONS);
const MAX_NODES = 400;

/** Why a node is not allowed, or null if it is. */
function refuseNode(node: MathNode, parent: MathNode | null): string | null {
	switch (node.type) {
		case 'ConstantNode': {
			const value = (node as unknown as { value: unknown }).value;
			if (typeof value === 'number') return Number.isFinite(value) ? null : 'only finite numbers are allowed';
			if (math.isBigNumber(value)) return value.isFinite() ? null : 'only finite numbers are allowed';
			return typeof value === 'string'
				? 'text is not allowed, only numbers'
				: `"${String(value)}" is not allowed, only numbers`;
		}
		case 'SymbolNode': {
			const name = (node as unknown as { name: string }).name;
			const isCallee = parent?.type === 'FunctionNode' && (parent as unknown as { fn: MathNode }).fn === node;
			if (isCallee)
				return FUNCTIONS.has(name)
					? null
					: `the function "${name}" is not allowed (allowed: ${FORMULA_FUNCTIONS.join(', ')})`;
			return VARIABLES.has(name) ? null : `unknown name "${name}" (use t, A or H)`;
		}
		case 'FunctionNode': {
			const fn = (node as unknown as { fn: MathNode }).fn;
			return fn.type === 'SymbolNode' ? null : 'only calls of the allowed functions are allowed';
		}
		case 'OperatorNode': {
			const { fn, op } = node as unknown as { fn: string; op: string };
			return OPERATORS.has(fn) ? null : `the operator "${op}" is not allowed`;
		}
		case 'RelationalNode': {
			const ops = (node as unknown as { conditionals: string[] }).conditionals;
			return ops.every((c) => COMPARISONS.has(c)) ? null : 'this comparison is not allowed';
		}
		case 'ParenthesisNode':
		case 'ConditionalNode':
			return null;
		case 'AssignmentNode':
		case 'FunctionAssignmentNode':
			return 'assignments and definitions are not allowed';
		case 'ArrayNode':
		case 'IndexNode':
		case 'RangeNode':
			return 'matrices, ranges and indexes are not allowed';
		case 'BlockNode':
			return 'only one expression is allowed (no ; or line breaks)';
		default:
			return `"${node.type}" is not allowed`;
	}
}

/** Parses and walks a formula; returns the tree, or what is wrong with it. */
function admit(expr: string): MathNode | string {
	if (typeof expr !== 'string' || expr.trim() === '') return 'is empty';
	if (expr.length > FORMULA_MAX) return `must be at most ${FORMULA_MAX} characters`;
	let tree: MathNode;
	try {
		tree = parse(expr);
	} catch (e) {
		return `cannot be read: ${(e as Error).message}`;
	}
	let problem: string | null = null;
	let count = 0;
	tree.traverse((node, _path, parent) => {
		count++;
		if (problem === null) problem = refuseNode(node, parent ?? null);
	});
	if (count > MAX_NODES) return 'is too long';
	return problem ?? tree;
}

/** What is wrong with a formula, or null when it may be evaluated. */
export function checkFormula(expr: string): string | null {
	const result = admit(expr);
	return typeof result === 'string' ? result : null;
}

type Compiled = { evaluate(scope: Map<string, unknown>): unknown };
const compiled = new Map<string, Compiled>();

function compileAdmitted(expr: string): Compiled {
	let c = compiled.get(expr);
	if (!c) {
		const tree = admit(expr);
		if (typeof tree === 'string') throw new Error(tree);
		c = tree.compile() as Compiled;
		if (compiled.size > 200) compiled.clear();
		compiled.set(expr, c);
	}
	return c;
}

/** Turns what mathjs returned into a Decimal of the model, or says why it cannot. */
function toDecimal(value: unknown): Dec {
	if (math.isBigNumber(value)) return new Decimal(value.toString());
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return new Decimal(NaN);
		return new Decimal(value);
	}
	if (typeof value === 'boolean') return new Decimal(value ? 1 : 0);
	throw new Error('must give a number');
}

/** The evaluator the engine takes for formula schedules. */
export const evaluateFormula: FormulaEvaluator = (expr, { t, A, H }) => {
	const scope = new Map<string, unknown>([
		['t', math.bignumber(t.toString())],
		['A', math.bignumber(A.toString())],
		['H', math.bignumber(H.toString())]
	]);
	const value = toDecimal(compileAdmitted(expr).evaluate(scope));
	if (!value.isFinite()) throw new Error(`gives a value that is not finite in year t = ${t.toString()}`);
	return value;
};
