/**
 * What the link reader says about a link it could not use in full, in each language:
 * loaded with the link reader (state/persist.svelte.ts), not with the page, since only a
 * link's notices use it. The English is model/messages.ts's; the Korean is here, one
 * text for every code (the type checks that none is missing).
 */
import { LINK_MESSAGE_EN, type LinkMessageCode } from '../model/light';
import type { Lang } from './index';

export const LINK_TEXTS: Record<Lang, Readonly<Record<LinkMessageCode, string>>> = {
	en: LINK_MESSAGE_EN,
	ko: {
		'link.noPreset': '{param}: "{value}" 프리셋이 없어 프리셋 {preset}을(를) 대신 사용했습니다.',
		'link.count': '{param}({noun} 수): {problem}. 대신 프리셋 {preset}의 값 {fallback}을(를) 사용했습니다.',
		'link.countMax': '{param}: 한 시나리오의 {noun} 수는 최대 {max}개이므로 {max}개를 사용했습니다.',
		'link.unknownParam': '{param}은(는) 이 계산기의 매개변수가 아니어서 무시했습니다.',
		'link.unnamedParam': '이름 없는 매개변수는 이 계산기의 매개변수가 아니어서 무시했습니다.',
		'link.indexMax': '{param}: 한 시나리오의 {noun} 수는 최대 {max}개({list}0~{list}{last})이므로 무시했습니다.',
		'link.indexBeyond':
			'{param}: 이 시나리오의 {noun} 수는 {n}개이므로 무시했습니다({countParam}={count}로 늘릴 수 있습니다).',
		'link.value': '{param}({path}): {problem}. 대신 {origin}의 값 {shown}을(를) 사용했습니다.',
		'link.scenario': '링크의 시나리오가 유효하지 않아({path}: {problem}) 프리셋 {preset}을(를) 대신 사용했습니다.',
		'link.scenarioA': '링크의 시나리오 A가 유효하지 않아({path}: {problem}) 프리셋 {preset}을(를) 대신 사용했습니다.',
		'link.schedule': '{param}(tranches[{k}].schedule): {why}. 대신 {used}을(를) 사용했습니다.',
		'link.ignoredByMode': '{param}은(는) 무시했습니다. 트랜치 {k}의 납입 일정({mode})은 이 값을 읽지 않습니다.',
		'link.ignoredAmount': '{param}은(는) 무시했습니다. 연도별 직접 입력 일정의 금액은 {amounts}의 합입니다.',
		'link.grace':
			'{param}: 거치 기간(tranches[{k}].grace)은 만기 − 1({fixed}) 이하여야 하므로 거치 기간에 {fixed}을(를) 대신 사용했습니다.',
		'link.packed': '{param}에는 값이 최대 {n}개({order})까지 들어가므로 나머지는 무시했습니다.',
		'link.repeated': '{param}이(가) 여러 번 나와 마지막 값({kept})을 사용했습니다.',
		'link.tooLong': '링크가 {max}자보다 길어 프리셋 {preset}을(를) 대신 사용했습니다.',
		'link.tooManyParams': '링크의 매개변수가 {max}개를 넘어 마지막 {dropped}개는 무시했습니다.',
		'link.version': 'v={v}: {why}. 이 계산기는 v={current} 링크를 읽으므로 프리셋 {preset}을(를) 대신 사용했습니다.',
		'link.lang': 'lang은 en 또는 ko여야 하므로 무시했습니다.',
		'link.seed': 'seed는 0부터 {max}까지의 정수여야 하므로 무시했습니다.',
		'link.unreadable': '링크를 읽지 못해 프리셋 {preset}을(를) 대신 사용했습니다.',
		'link.more': '이 링크의 문제 {n}개는 더 표시하지 않았습니다.',
		'link.tranches': '트랜치',
		'link.sectors': '업종',
		'link.fromPreset': '프리셋 {preset}',
		'link.newTranche': '새 트랜치',
		'link.newSector': '새 업종',
		'link.quoted': '"{text}"',
		'link.noName': '이름 없음',
		'link.emptyName': '(이름 없음)',
		'link.presetSchedule': '프리셋 {preset}의 납입 일정({mode})',
		'link.presetScheduleField': '프리셋 {preset}의 납입 일정({mode} {field}={value})',
		'link.tenthCap': '연 {cap} 상한(금액의 10분의 1)',
		'link.scheduleNeeds': '{mode} 방식에는 {field} 값이 필요합니다',
		'link.formulaRefused': '쓸 수 없는 공식입니다({reason})',
		'link.formulaUnchecked': '공식을 검사하지 못했습니다',
		'link.notVersion': '버전 번호가 아닙니다',
		'link.noUpgrade': '버전 {v} 링크를 변환하지 못했습니다',
		'link.newerVersion': '버전 {v} 링크는 더 새로운 계산기에서 만든 것입니다',
		'link.oldVersion': '버전 {v} 링크는 더 이상 읽을 수 없습니다'
	}
};
