/**
 * Every preset has its link-preview image (static/previews/<id>.png, 1200 × 630), and the
 * image shows the preset's current numbers: its stamp (<id>.json) matches what the engine
 * gives now. A new or changed preset fails here until `npm run previews` is run again.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../src/lib/presets/index';
import { PREVIEWS_DIR, previewStamp, type PreviewStamp } from '../../../scripts/preview-stamp';

const AGAIN = 'run "npm run previews" and commit static/previews/';

describe('link-preview images', () => {
	for (const preset of PRESETS) {
		it(`${preset.id}: the image is there, 1200 × 630, and shows the preset's current numbers`, () => {
			const png = join(PREVIEWS_DIR, `${preset.id}.png`);
			const stampFile = join(PREVIEWS_DIR, `${preset.id}.json`);
			expect(existsSync(png), `${png} is missing: ${AGAIN}`).toBe(true);
			expect(existsSync(stampFile), `${stampFile} is missing: ${AGAIN}`).toBe(true);
			const bytes = readFileSync(png);
			expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
			expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
			const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as PreviewStamp;
			expect(stamp, `the numbers of ${preset.id} changed since its image was made: ${AGAIN}`).toEqual(
				previewStamp(preset)
			);
		});
	}

	it('keeps no image of a preset that is gone', () => {
		const ids = new Set(PRESETS.map((p) => p.id));
		const stale = readdirSync(PREVIEWS_DIR).filter((file) => !ids.has(file.replace(/\.(png|json)$/, '')));
		expect(stale, 'delete these files of static/previews/').toEqual([]);
	});
});
