/**
 * fast-check arbitraries of valid Scenario JSON: every field, 0..8 tranches, 0..12
 * sectors, numbers as decimal text with many digits (in several spellings) or as JSON
 * numbers, names with any characters.
 */
import fc from 'fast-check';
import {
	Decimal,
	MAX_SECTORS,
	MAX_TRANCHES,
	type Num,
	type ScenarioJson,
	type ScheduleJson,
	type SectorJson,
	type TrancheJson
} from '../../../src/lib/model/index';

type Dec = InstanceType<typeof Decimal>;

/** Ways to write the same decimal: plain, exponent, trailing zeros, a plus sign, a JSON number. */
function spell(v: Dec, form: number): Num {
	switch (form % 6) {
		case 1:
			return v.toFixed();
		case 2:
			return v.toExponential();
		case 3:
			return v.toFixed().includes('.') ? v.toFixed() + '000' : v.toFixed() + '.000';
		case 4:
			return v.gte(0) ? '+' + v.toString() : v.toString();
		case 5: {
			const n = Number(v.toString());
			return Number.isFinite(n) && new Decimal(n).eq(v) ? n : v.toString();
		}
		default:
			return v.toString();
	}
}

const TENS = Array.from({ length: 25 }, (_, k) => 10n ** BigInt(k));

/** A decimal in [min, max] (or (min, max] with `exclusiveMin`), with up to 24 decimal places. */
export function decimalIn(min: string, max: string, exclusiveMin = false): fc.Arbitrary<Num> {
	const lo = new Decimal(min);
	const span = new Decimal(max).minus(lo);
	return fc
		.tuple(fc.integer({ min: 0, max: 24 }), fc.bigInt({ min: 0n, max: TENS[24] }), fc.nat(5))
		.map(([places, n, form]) => {
			const fraction = new Decimal((n % (TENS[places] + 1n)).toString()).div(TENS[places].toString());
			let v = lo.plus(span.times(fraction));
			if (exclusiveMin && v.eq(lo)) v = new Decimal(max);
			const text = spell(v, form);
			return typeof text === 'string' && text.length > 64 ? v.toString() : text;
		});
}

/** A positive number without an upper bound (GDP, FX rate, reserves, caps): ordinary or huge. */
const positive = fc.oneof(
	{ weight: 9, arbitrary: decimalIn('0', '1000000', true) },
	{ weight: 1, arbitrary: fc.constantFrom<Num>('1e+30', '4.2e+100', '7.5e-9') }
);

/** An integer in [min, max], as a JSON number or as text. */
export function integerIn(min: number, max: number): fc.Arbitrary<Num> {
	return fc.tuple(fc.integer({ min, max }), fc.nat(3)).map(([n, form]) => [n, String(n), `${n}.0`, `${n}e0`][form]);
}

const fraction = decimalIn('0', '1');
const rate = decimalIn('-0.5', '0.5');
const tariff = decimalIn('0', '5');

/** Names: ASCII, any code point, graphemes, and the characters URLs treat specially. */
export const name = fc
	.oneof(
		fc.string({ maxLength: 80 }),
		fc.string({ unit: 'binary', maxLength: 40 }),
		fc.string({ unit: 'grapheme', maxLength: 20 }),
		fc.constantFrom(
			'',
			' ',
			'&=+%#?,;/',
			'a+b c',
			'조선 협력 (MASGA)',
			'<script>alert(1)</script>',
			'%2C%26',
			'p=1&v=2'
		)
	)
	.filter((s) => s.length <= 80);

const schedule: fc.Arbitrary<ScheduleJson> = fc
	.oneof(
		fc.record({ mode: fc.constant('upfront' as const) }),
		fc.record({ mode: fc.constant('even' as const), years: integerIn(1, 50) }),
		fc.record({ mode: fc.constant('cap' as const), cap: positive }),
		fc.record({
			mode: fc.constant('custom' as const),
			amounts: fc.array(decimalIn('0', '1000'), { minLength: 1, maxLength: 50 })
		}),
		fc.record({
			mode: fc.constant('formula' as const),
			expr: fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim() !== '' && s.length <= 200)
		})
	)
	.chain((s) =>
		fc.option(integerIn(0, 49), { nil: undefined }).map((delay) => (delay === undefined ? s : { ...s, delay }))
	);

const tenorGrace = fc
	.integer({ min: 1, max: 50 })
	.chain((tenor) => fc.record({ tenor: fc.constant<Num>(tenor), grace: integerIn(0, tenor - 1) }));
const anyTenorGrace = fc.record({ tenor: integerIn(1, 50), grace: integerIn(0, 49) });

/** A valid tranche; optional fields are sometimes left out, custom schedules sometimes without amount. */
export const tranche: fc.Arbitrary<TrancheJson> = fc
	.constantFrom('equity' as const, 'loan' as const, 'guarantee' as const)
	.chain((instrument) =>
		fc.record(
			{
				name,
				instrument: fc.constant(instrument),
				amount: decimalIn('0', '10000'),
				schedule,
				returnRate: fraction,
				lossRate: fraction,
				koreaLossShare: fraction,
				koreaShareBeforeRecoup: fraction,
				koreaShareAfterRecoup: fraction,
				recoupInterest: fraction,
				terminalRecovery: fraction,
				life: instrument === 'equity' ? anyTenorGrace : tenorGrace
			},
			{
				requiredKeys: ['name', 'instrument', 'schedule', 'returnRate', 'lossRate', 'life']
			}
		)
	)
	.map(({ life, ...t }) => {
		const out: TrancheJson = { ...t, ...life } as TrancheJson;
		if (out.amount === undefined && out.schedule.mode !== 'custom') out.amount = '1';
		return out;
	});

/** A valid sector. */
export const sector: fc.Arbitrary<SectorJson> = fc.record({
	name,
	exports0: decimalIn('0', '10000'),
	growth: rate,
	tariffBaseline: tariff,
	tariffNoDeal: tariff,
	tariffDeal: tariff
});

/** A valid scenario with every field drawn at random. */
export const scenario: fc.Arbitrary<ScenarioJson> = fc
	.record(
		{
			version: fc.constant(1 as const),
			name,
			startYear: integerIn(2000, 2100),
			horizon: integerIn(1, 50),
			discountRate: decimalIn('-1', '1', true),
			economy: fc.record({
				gdp0: positive,
				realGrowth: rate,
				inflation: rate,
				fx0: positive,
				fxDrift: rate,
				reserves0: positive,
				reservesGrowth: rate
			}),
			tranches: fc.array(tranche, { maxLength: MAX_TRANCHES }),
			trade: fc.record({
				elasticity: decimalIn('-20', '0'),
				exporterAbsorption: fraction,
				valueAddedShare: fraction,
				sectors: fc.array(sector, { maxLength: MAX_SECTORS })
			})
		},
		{ requiredKeys: ['version', 'startYear', 'horizon', 'discountRate', 'economy', 'tranches', 'trade'] }
	)
	.map((s) => s as ScenarioJson);
