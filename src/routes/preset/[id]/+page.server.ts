/**
 * A page per preset (/preset/<id>), prerendered with the preset's own description and
 * link-preview image, opening the calculator on it: a link a chat app can preview. Every
 * preset of PRESETS gets one at build time, presets added later included.
 */
import { error } from '@sveltejs/kit';
import { hinges } from '$lib/analysis/hinges';
import { PRESETS, presetById } from '$lib/presets/index';
import { defaultProjection } from '$lib/state/defaultProjection';

export const entries = () => PRESETS.map((p) => ({ id: p.id }));

export const load = ({ params }: { params: { id: string } }) => {
	const preset = presetById(params.id);
	if (!preset) error(404, `No preset ${params.id}`);
	return { presetId: preset.id, initial: defaultProjection(preset.scenario), hinges: hinges(preset.scenario) };
};
