import { describe, expect, it } from 'vitest';
import { translate, type Lang } from '../../../src/lib/i18n/index';
import { METHOD } from '../../../src/lib/i18n/method';
import {
	esc,
	otherLang,
	presetChangesHtml,
	presetTableHtml,
	safeUrl,
	sectionsHtml
} from '../../../src/lib/i18n/methodHtml';
import { PRESETS, presetById, type Preset } from '../../../src/lib/presets/index';
import { presetRows } from '../../../src/lib/presets/sourceTable';

describe('the method page’s markup', () => {
	it.each([
		{ text: 'plain', expected: 'plain' },
		{ text: '<b>&"\'', expected: '&#60;b&#62;&#38;&#34;&#39;' },
		{ text: 'a < b ? c : d', expected: 'a &#60; b ? c : d' }
	])('escapes $text', ({ text, expected }) => {
		expect(esc(text)).toBe(expected);
	});

	it.each<{ text: string; lang: Lang; expected: Lang | undefined }>([
		{ text: 'Bank of Korea', lang: 'ko', expected: 'en' },
		{ text: 'Bank of Korea', lang: 'en', expected: undefined },
		{ text: '한국은행', lang: 'en', expected: 'ko' },
		{ text: '한국은행 (BOK)', lang: 'ko', expected: undefined },
		{ text: '2,663.3', lang: 'ko', expected: undefined }
	])('marks "$text" on a $lang page as $expected', ({ text, lang, expected }) => {
		expect(otherLang(text, lang)).toBe(expected);
	});

	it.each([
		{ url: 'https://www.bok.or.kr/?a=1&b=2', expected: 'https://www.bok.or.kr/?a=1&#38;b=2' },
		{ url: 'http://example.org', expected: 'http://example.org' },
		{ url: 'javascript:alert(1)', expected: '#' },
		{ url: '//evil.example', expected: '#' }
	])('links $url as $expected', ({ url, expected }) => {
		expect(safeUrl(url)).toBe(expected);
	});

	it.each<Lang>(['en', 'ko'])('puts every section of the method in %s, in order, with its anchor', (lang) => {
		const html = sectionsHtml(lang);
		const ids = [...html.matchAll(/<section id="([^"]+)">/g)].map((m) => m[1]);
		expect(ids).toEqual(METHOD[lang].sections.map((s) => s.id));
		expect(html.match(/<pre class="formula">/g)?.length).toBe(
			METHOD[lang].sections.reduce((n, s) => n + (s.formulas ? 1 : 0) + (s.terms ?? []).length, 0)
		);
	});

	it('makes one table per preset: heading, caption, the header row, a body per group', () => {
		const mou = presetById('mou-2025') as Preset;
		const groups = presetRows(mou, 'ko', (key, params) => translate('ko', key, params));
		const html = presetTableHtml(mou, groups, 'ko');
		expect(html.startsWith(`<h3 id="preset-mou-2025">${mou.title.ko}</h3>`)).toBe(true);
		expect(html).toContain(
			'<caption id="caption-mou-2025" class="visually-hidden">2025년 11월 MOU: 항목별 값과 출처</caption>'
		);
		expect(html.match(/<tbody>/g)?.length).toBe(groups.length);
		expect(html.match(/<tr>/g)?.length).toBe(1 + groups.reduce((n, g) => n + g.rows.length, 0));
		// An English source label on the Korean page says its language; the new-tab note is Korean.
		expect(html).toContain('<span lang="en"><a href="');
		expect(html).toContain('<span class="visually-hidden" lang="ko"> (새 탭에서 열림)</span>');
	});

	it('puts the whole table in an open details element, named by the table’s caption', () => {
		const mou = presetById('mou-2025') as Preset;
		const groups = presetRows(mou, 'en', (key, params) => translate('en', key, params));
		const html = presetTableHtml(mou, groups, 'en');
		expect(html).toContain(
			'<details class="sources" open><summary>Nov 2025 MOU: fields, values and sources</summary><div class="scroll"'
		);
		expect(html.endsWith('</table></div></details>')).toBe(true);
		expect(html).not.toContain('class="changes"');
	});

	it('says above a preset’s own table of changes what it is compared with, and says so alone when nothing differs', () => {
		const mou = presetById('mou-2025') as Preset;
		const first = PRESETS[0];
		const groups = presetRows(mou, 'en', (key, params) => translate('en', key, params));
		const html = presetChangesHtml(mou, groups.slice(0, 1), 'en', first);
		expect(
			html.startsWith(
				`<p class="changes">Only the fields whose value or source differs from “${esc(first.title.en)}” are listed;`
			)
		).toBe(true);
		expect(html.match(/<tbody>/g)?.length).toBe(1);
		// On its own page the table is not folded away.
		expect(html).not.toContain('<details');
		expect(html.endsWith('</table></div>')).toBe(true);
		const none = presetChangesHtml(mou, [], 'ko', first);
		expect(none).toBe(`<p class="changes">모든 항목의 값과 출처가 ‘${esc(first.title.ko)}’ 시나리오와 같습니다.</p>`);
	});
});
