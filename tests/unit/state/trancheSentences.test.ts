/** The sentence per tranche the summary shows: Korea's return, recoup year and the US's part, from the engine's numbers. */
import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent } from '../../../src/lib/i18n/format';
import { simulate, validateScenario, type ScenarioJson } from '../../../src/lib/model/index';
import { presetById } from '../../../src/lib/presets/index';
import { trancheSentences } from '../../../src/lib/state/verdict';
import { toView } from '../../../src/lib/state/view';

function viewOf(json: ScenarioJson) {
	const v = validateScenario(json);
	if (!v.ok) throw new Error('invalid');
	return { p: simulate(v.scenario), view: toView(simulate(v.scenario)) };
}

describe('one sentence per tranche', () => {
	it('the MOU: the cash equity earns its koreaIrr, is not recouped by 2045, and the split hands the US npvUs', () => {
		const { p, view } = viewOf(presetById('mou-2025')!.scenario as ScenarioJson);
		const [cash, ships] = p.summary.tranches;
		const money = (x: number) => formatMoney('en', x, 'usd', view.fx0);
		const [first, second] = trancheSentences(view, 'en', 'usd');
		expect(first).toBe(
			`Strategic investment (cash): Korea earns ${formatPercent('en', cash.koreaIrr!.toNumber(), 1)} a year on the ${money(200)} it pays in, and has not recouped it by 2045. ` +
				`The split hands the US ${money(cash.npvUs.toNumber())} in present value; Korea’s part is worth ${money(cash.npvKorea.toNumber())}.`
		);
		expect(first).toContain('-9.4%');
		expect(second).toBe(
			`Shipbuilding cooperation (MASGA): ${money(150)} of guarantees; present value to Korea ${money(ships.npvKorea.toNumber())} (fees less calls).`
		);
	});

	it('a tranche followed past the horizon says the year it is recouped, and Korean names come through the mapper', () => {
		const json = structuredClone(presetById('mou-2025')!.scenario) as ScenarioJson;
		json.tranches[0].continuationYears = 60;
		const { p, view } = viewOf(json);
		const year = p.summary.tranches[0].recoupYear;
		expect(year).not.toBeNull();
		const [first] = trancheSentences(view, 'ko', 'usd', (k) => `트랜치 ${k + 1}`);
		expect(first.startsWith('트랜치 1: ')).toBe(true);
		expect(first).toContain(`${year}년에 원금을 회수합니다`);
	});
});
