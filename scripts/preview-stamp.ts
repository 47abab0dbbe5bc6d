/**
 * What a preset's link-preview image shows, as numbers: the preset's title and its
 * headline results (present value of the deal, peak net exposure and its year, the
 * break-even and payback years), and a hash of them. `npm run previews` writes the stamp
 * beside the image (static/previews/<id>.json); tests/unit/publish/previews.test.ts
 * fails when a preset's stamp no longer matches, so the image is made again.
 */
import { createHash } from 'node:crypto';
import { simulate, validateScenario } from '../src/lib/model/index';
import type { Preset } from '../src/lib/presets/index';

export interface PreviewStamp {
	preset: string;
	title: string;
	npvDeal: string;
	peakNetExposure: string;
	peakNetExposureYear: number;
	breakEvenYear: number | null;
	paybackYear: number | null;
	hash: string;
}

/** The folder of the images and their stamps. */
export const PREVIEWS_DIR = 'static/previews';

/** The stamp of a preset's preview image (computed by the engine, as the image was). */
export function previewStamp(preset: Preset): PreviewStamp {
	const v = validateScenario(preset.scenario);
	if (!v.ok) throw new Error(`preset ${preset.id} does not validate`);
	const s = simulate(v.scenario).summary;
	const shown = {
		preset: preset.id,
		title: preset.title.en,
		npvDeal: s.npvDeal.toString(),
		peakNetExposure: s.peakNetExposure.toString(),
		peakNetExposureYear: s.peakNetExposureYear,
		breakEvenYear: s.breakEvenYear,
		paybackYear: s.paybackYear
	};
	const hash = createHash('sha256').update(JSON.stringify(shown)).digest('hex').slice(0, 16);
	return { ...shown, hash };
}
