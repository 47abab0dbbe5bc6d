/**
 * The CSS width of a text box that shows `text` in full: one `ch` (the width of a digit
 * in tabular figures) per character, two per wide (Hangul, CJK) character, `spare` more,
 * never below `minChars`, plus the box's horizontal padding. Boxes grow with what they
 * hold instead of cutting it.
 */
export function fitWidth(text: string, minChars: number, spare = 1, padding = '0.9rem'): string {
	let chars = 0;
	for (const ch of text) chars += /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7a3\uff00-\uffef]/.test(ch) ? 2 : 1;
	return `calc(${Math.max(minChars, chars) + spare}ch + ${padding})`;
}
