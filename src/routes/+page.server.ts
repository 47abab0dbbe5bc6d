/**
 * The projection of the default scenario, and what its verdict hinges on, computed when
 * the site is built: the page is
 * prerendered with its summary, and the browser shows it without running the engine
 * at load. Any other scenario (a link, storage, an edit) is computed in the browser.
 */
import { hinges } from '$lib/analysis/hinges';
import { DEFAULT_PRESET_ID, presetById } from '$lib/presets/index';
import { defaultProjection } from '$lib/state/defaultProjection';

export const load = () => {
	const preset = presetById(DEFAULT_PRESET_ID);
	if (!preset) throw new Error(`no preset ${DEFAULT_PRESET_ID}`);
	// What its verdict hinges on too (a tornado and goal seeks): no worker works at load.
	return { initial: defaultProjection(preset.scenario), hinges: hinges(preset.scenario) };
};
