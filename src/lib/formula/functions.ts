/**
 * What a user formula may use, without mathjs: the method page lists these, and it must
 * never load mathjs (src/lib/formula/index.ts re-exports them beside the evaluator).
 */

/** The variables a formula may use. */
export const FORMULA_VARIABLES = ['t', 'A', 'H'] as const;
/** The functions a formula may call. */
export const FORMULA_FUNCTIONS = ['min', 'max', 'abs', 'floor', 'ceil', 'round', 'sqrt', 'exp', 'log'] as const;
