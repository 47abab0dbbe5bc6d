/**
 * Charts in other sites' articles: the address of a chart's embed (/embed, the scenario's
 * link params plus `chart=`), the <iframe> code a newsroom pastes, and the message the
 * embed sends its parent so the frame can fit its height.
 */
import { CHART_IDS, type ChartId } from '../charts/series';

/** The `type` of the message an embed posts to its parent: `{ type, height, chart }`. */
export const EMBED_MESSAGE = 'pledge-calculator:height';

/** Params of /embed that are not the scenario's. */
const EMBED_ONLY = ['chart', 'card'];

/** What an /embed address asks for: the chart, the link-preview card layout, and the scenario's own query. */
export interface EmbedRequest {
	chart: ChartId;
	/** The 1200×630 link-preview layout (scripts/previews.ts), not for articles. */
	card: boolean;
	/** The scenario's share-link query, without the embed's own params. */
	scenarioQuery: string;
}

/** Reads an /embed query; an unknown chart falls back to the first (cash flows and exposure). */
export function readEmbedQuery(search: string): EmbedRequest {
	const params = new URLSearchParams(search.replace(/^\?/, ''));
	const asked = params.get('chart') as ChartId | null;
	const chart = asked && CHART_IDS.includes(asked) ? asked : CHART_IDS[0];
	const card = params.get('card') === 'og';
	for (const name of EMBED_ONLY) params.delete(name);
	return { chart, card, scenarioQuery: params.toString() };
}

/** The embed address of chart `chart` for a scenario's share link (`https://host/path?v=2&…`). */
export function embedUrl(link: string, chart: ChartId): string {
	const url = new URL(link);
	const params = new URLSearchParams(url.search);
	params.delete('chart');
	params.set('chart', chart);
	return `${url.origin}/embed?${params.toString()}`;
}

const escapeAttr = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The <iframe> for an article: a title for screen readers, lazy loading, the full width
 * of the column at 4:3 (at least 380 px high, so a phone's narrow frame still fits the
 * chart) until the embed reports its height.
 */
export function iframeCode(src: string, title: string): string {
	return (
		`<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" loading="lazy" data-pledge-calculator ` +
		`style="width:100%;aspect-ratio:4/3;min-height:380px;border:0"></iframe>`
	);
}

/** The optional script that sets each embed's height from its message (once per article). */
export function resizeScript(origin: string): string {
	return (
		'<script>addEventListener("message",function(e){' +
		`if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!==${JSON.stringify(EMBED_MESSAGE)})return;` +
		'document.querySelectorAll("iframe[data-pledge-calculator]").forEach(function(f){' +
		'if(f.contentWindow===e.source){f.style.aspectRatio="auto";f.style.minHeight="0";f.style.height=e.data.height+"px";}});});</script>'
	);
}
