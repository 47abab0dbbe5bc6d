import { describe, expect, it } from 'vitest';
import { errorText, runTool } from '../../../../src/lib/state/analysis/runTool';

describe('a tool around its computation', () => {
	it.each([
		{ args: new Error('the range is empty'), expected: 'the range is empty' },
		{ args: 'worker gone', expected: 'worker gone' },
		{ args: 42, expected: '42' }
	])('says $expected for what was thrown', ({ args, expected }) => {
		expect(errorText(args)).toBe(expected);
	});

	it('is busy while the work runs and not after; keeps the error line as the work left it', async () => {
		const tool = { error: 'old', busy: [] as boolean[] };
		await runTool(
			tool,
			(on) => tool.busy.push(on),
			async () => {
				expect(tool.busy).toEqual([true]);
				tool.error = '';
			}
		);
		expect(tool).toEqual({ error: '', busy: [true, false] });
	});

	it('drops the stale answer and says why when the work throws', async () => {
		const tool = { error: '', answer: 'stale' as string | null, busy: [] as boolean[] };
		await runTool(
			tool,
			(on) => tool.busy.push(on),
			async () => {
				throw new Error('no value in the range');
			},
			() => (tool.answer = null)
		);
		expect(tool).toEqual({ error: 'no value in the range', answer: null, busy: [true, false] });
	});
});
