/**
 * Payment schedules (MODEL.md "Schedules"): a tranche's amount A becomes the payments
 * D_i of years 1..H. Payments that would fall after year H are not made.
 */
import { Decimal, ZERO, dmax, dmin, type Dec } from './decimal';
import type { Tranche } from './scenario';
import { toProblem, type Problem } from './validate';

/**
 * Evaluates a user formula for year t (1, 2, ... from the first payment year), with
 * the tranche amount A and the horizon H in scope. Throws an Error whose message says
 * what is wrong (a non-finite value, a disallowed construct).
 */
export type FormulaEvaluator = (expr: string, scope: { t: Dec; A: Dec; H: Dec }) => Dec;

/** Thrown when a formula cannot give a payment; `path` names the field. */
export class FormulaError extends Error {
	constructor(
		readonly path: string,
		message: string
	) {
		super(message);
		this.name = 'FormulaError';
	}

	/** The problem to list with validation's: the formula's path, and what is wrong with it. */
	get problem(): Problem {
		return toProblem(this.path, { code: 'formula', params: { reason: this.message } });
	}
}

/**
 * The payments D_1..D_H of a tranche (index 0 is year 1). `path` names the tranche for
 * error messages.
 */
export function payments(tranche: Tranche, horizon: number, path: string, evaluate?: FormulaEvaluator): Dec[] {
	const D: Dec[] = new Array<Dec>(horizon).fill(ZERO);
	const s = tranche.schedule;
	const A = tranche.amount;
	const first = 1 + s.delay; // first payment year (1-based)
	switch (s.mode) {
		case 'upfront':
			if (first <= horizon) D[first - 1] = A;
			break;
		case 'even': {
			const each = A.div(s.years);
			for (let i = first; i < first + s.years && i <= horizon; i++) D[i - 1] = each;
			break;
		}
		case 'cap': {
			let left = A;
			for (let i = first; i <= horizon && left.gt(0); i++) {
				const d = dmin(s.cap, left);
				D[i - 1] = d;
				left = left.minus(d);
			}
			break;
		}
		case 'custom':
			s.amounts.forEach((a, j) => {
				const i = s.delay + j + 1;
				if (i <= horizon) D[i - 1] = a;
			});
			break;
		case 'formula': {
			if (!evaluate) throw new FormulaError(`${path}.schedule.expr`, 'formulas need the formula evaluator');
			const H = new Decimal(horizon);
			let left = A;
			for (let i = first; i <= horizon; i++) {
				let f: Dec;
				try {
					f = evaluate(s.expr, { t: new Decimal(i - s.delay), A, H });
				} catch (e) {
					throw new FormulaError(`${path}.schedule.expr`, (e as Error).message);
				}
				if (!f.isFinite())
					throw new FormulaError(
						`${path}.schedule.expr`,
						`gives a value that is not finite in year t = ${i - s.delay}`
					);
				const d = dmax(ZERO, dmin(f, left));
				D[i - 1] = d;
				left = left.minus(d);
			}
			break;
		}
	}
	return D;
}
