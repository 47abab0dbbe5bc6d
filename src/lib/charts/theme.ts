/** Colours used everywhere: Korea and the US each have one, the deal and no deal one each. */
export const COLORS = {
	korea: '#1f5fae',
	koreaLight: '#9bbbe3',
	us: '#b8323a',
	deal: '#0f7a6c',
	noDeal: '#b86a0c',
	neutral: '#5f6b7a',
	ink: '#1b2430',
	grid: '#e3e7ee',
	white: '#ffffff'
} as const;

/** The font stack of the page and of exported images (Korean glyphs included). */
export const FONT_FAMILY =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans KR', 'NanumGothic', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";
