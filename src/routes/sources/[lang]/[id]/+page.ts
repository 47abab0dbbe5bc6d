/**
 * A preset's page of sources, in English (/sources/en/<id>) and Korean (/sources/ko/<id>):
 * static HTML, no JavaScript, like Sources & method, which links every preset but the
 * default here (the default's table is on Sources & method itself). The layout reads `lang`.
 */
import { error } from '@sveltejs/kit';
import { LANGS, parseLang, type Lang } from '$lib/i18n/index';
import { PRESETS, presetById } from '$lib/presets/index';

export const csr = false;

export const entries = () => LANGS.flatMap((lang) => PRESETS.slice(1).map((p) => ({ lang, id: p.id })));

export const load = ({ params }: { params: { lang: string; id: string } }) => {
	const lang: Lang | null = parseLang(params.lang);
	const preset = presetById(params.id);
	if (!lang || !preset || preset.id === PRESETS[0].id) error(404, 'No such page of sources');
	return { lang, presetId: preset.id };
};
