/**
 * The edge between the Decimal engine and the page: a projection as plain numbers for
 * charts, cards and the table. The only place (with the chart exports) where a model
 * value becomes a JavaScript number, and only for display.
 */
import type { Dec, Projection, Summary, TrancheResult, YearResult } from '../model/index';

type Plain<T> = { [K in keyof T]: T[K] extends Dec ? number : T[K] extends Dec | null ? number | null : T[K] };

export type YearView = Plain<YearResult>;
export type TrancheView = Plain<TrancheResult>;
export type SummaryView = Plain<Omit<Summary, 'tranches'>> & { tranches: TrancheView[] };

export interface ProjectionView {
	name: string;
	startYear: number;
	horizon: number;
	discountRate: number;
	/** (v2) The share of national income the state collects. */
	taxRatio: number;
	fx0: number;
	years: YearView[];
	summary: SummaryView;
}

function plain<T extends object>(obj: T): Plain<T> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(obj)) {
		if (Array.isArray(v)) continue;
		out[k] = v !== null && typeof v === 'object' && 'toNumber' in v ? (v as { toNumber(): number }).toNumber() : v;
	}
	return out as Plain<T>;
}

/** Converts a projection for display. */
export function toView(p: Projection): ProjectionView {
	return {
		name: p.scenario.name ?? '',
		startYear: p.scenario.startYear,
		horizon: p.scenario.horizon,
		discountRate: p.scenario.discountRate.toNumber(),
		taxRatio: p.scenario.economy.taxRatio.toNumber(),
		fx0: p.scenario.economy.fx0.toNumber(),
		years: p.years.map((y) => plain(y)),
		summary: { ...plain(p.summary), tranches: p.summary.tranches.map((t) => plain(t)) } as SummaryView
	};
}
