/**
 * Texts of the publishing dialogs and the printed report (embed code, citation, print),
 * apart from en.ts and ko.ts so they load with the dialogs, not with the page.
 */
import type { Lang } from './index';

const en = {
	'embed.title': 'Embed this chart',
	'embed.help':
		'Paste this code into an article: the chart stays live with this scenario, reads well from 320 px wide, and links back to the calculator.',
	'embed.code': 'Embed code',
	'embed.script': "Optional, once per page: lets each chart's frame take the height it needs",
	'embed.frameTitle': '{title} (interactive chart, Pledge Calculator)',
	'embed.preview': 'Preview',
	'dialog.copy': 'Copy',
	'dialog.copied': 'Copied',
	'dialog.close': 'Close',
	'cite.title': 'Cite this scenario',
	'cite.help': "Calculator version {version}, model version {model}, today's date and this scenario's link.",
	'cite.text': 'Plain text',
	'cite.bibtex': 'BibTeX',
	'print.scenario': 'Scenario: {name}',
	'print.link': 'Link to this scenario',
	'print.assumptions': 'Assumptions and their sources',
	'print.input': 'Input',
	'print.value': 'Value',
	'print.source': 'Source',
	'print.edited': 'Changed from the preset ({value})'
} as const;

/** A key of the publishing texts. */
export type PublishKey = keyof typeof en;

const ko: Record<PublishKey, string> = {
	'embed.title': '이 차트 퍼가기',
	'embed.help':
		'이 코드를 기사에 붙여 넣으세요. 차트는 이 시나리오 그대로 살아 있고, 폭 320px부터 읽기 좋으며, 계산기로 돌아오는 링크가 붙습니다.',
	'embed.code': '퍼가기 코드',
	'embed.script': '선택 사항(페이지마다 한 번): 각 차트 프레임이 필요한 높이를 갖게 합니다',
	'embed.frameTitle': '{title} (대화형 차트, 대미 투자 약속 계산기)',
	'embed.preview': '미리 보기',
	'dialog.copy': '복사',
	'dialog.copied': '복사됨',
	'dialog.close': '닫기',
	'cite.title': '이 시나리오 인용하기',
	'cite.help': '계산기 버전 {version}, 모델 버전 {model}, 오늘 날짜와 이 시나리오의 링크.',
	'cite.text': '일반 텍스트',
	'cite.bibtex': 'BibTeX',
	'print.scenario': '시나리오: {name}',
	'print.link': '이 시나리오의 링크',
	'print.assumptions': '가정과 출처',
	'print.input': '입력',
	'print.value': '값',
	'print.source': '출처',
	'print.edited': '프리셋 값({value})에서 바뀜'
};

const TEXTS: Record<Lang, Record<PublishKey, string>> = { en, ko };

/** The text of `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function publishText(lang: Lang, key: PublishKey, params: Record<string, string | number> = {}): string {
	return TEXTS[lang][key].replace(/\{(\w+)\}/g, (_, name: string) =>
		name in params ? String(params[name]) : `{${name}}`
	);
}
