/** Korea's economy by year (MODEL.md "Economy"): GDP, exchange rate, reserves. */
import { ONE, type Dec } from '../../../../src/lib/model/decimal';
import type { Economy } from '../../../../src/lib/model/scenario';

export interface EconomyPath {
	gdpKrw: Dec[];
	fx: Dec[];
	gdpUsd: Dec[];
	reserves: Dec[];
}

/** Years 1..H (index 0 is year 1); powers are carried from year to year. */
export function economyPath(e: Economy, horizon: number): EconomyPath {
	const nominal = ONE.plus(e.realGrowth).times(ONE.plus(e.inflation)); // 1 + n
	const drift = ONE.plus(e.fxDrift);
	const resGrowth = ONE.plus(e.reservesGrowth);
	const out: EconomyPath = { gdpKrw: [], fx: [], gdpUsd: [], reserves: [] };
	let g = ONE;
	let x = ONE;
	let r = ONE;
	for (let i = 1; i <= horizon; i++) {
		g = g.times(nominal);
		x = x.times(drift);
		r = r.times(resGrowth);
		const gdpKrw = e.gdp0.times(g);
		const fx = e.fx0.times(x);
		out.gdpKrw.push(gdpKrw);
		out.fx.push(fx);
		out.gdpUsd.push(gdpKrw.times(1000).div(fx));
		out.reserves.push(e.reserves0.times(r));
	}
	return out;
}
