/**
 * The projection of a preset's scenario, computed when the site is built: a page is
 * prerendered with its summary, and the browser shows it without loading the engine.
 */
import { projectOrThrow, type ScenarioJson } from '../model/index';
import { toView, type ProjectionView } from './view';

/** A scenario's projection for display, with the scenario it was computed for. */
export interface ComputedView {
	json: ScenarioJson;
	view: ProjectionView;
}

/** The projection of a scenario without formulas. */
export function defaultProjection(json: ScenarioJson): ComputedView {
	return { json, view: toView(projectOrThrow(json)) };
}
