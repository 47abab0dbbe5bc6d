/**
 * Chart images for articles and slides: a chart drawn off screen at 2x on a white
 * background (1600 px wide), with its title, the scenario's name and key assumptions,
 * the source line and the citation line (versions, date and the scenario's link). Same scenario, same pixels: animation is
 * off and nothing depends on the screen.
 */
import type { ChartConfiguration } from 'chart.js';
import { citationText } from '../publish/citation';
import { chartConfig, type ChartTexts } from './config';
import { Chart, markersPlugin, whiteBackgroundPlugin } from './register';
import type { ChartSpec } from './series';
import { COLORS, FONT_FAMILY } from './theme';

export interface ImageTexts {
	title: string;
	/** The scenario's name and key assumptions, one line. */
	subtitle: string;
	source: string;
	link: string;
	/** The citation line (version, model version, date, link); made from `link` when left out. */
	cite?: string;
}

export const EXPORT_WIDTH = 1600;
const CSS_WIDTH = 800;
const CHART_CSS_HEIGHT = 420;
const SCALE = 2;
const PAD = 28;

/** Shortens text with an ellipsis to fit `max` pixels. */
function fit(ctx: CanvasRenderingContext2D, text: string, max: number): string {
	if (ctx.measureText(text).width <= max) return text;
	let lo = 0;
	let hi = text.length;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (ctx.measureText(text.slice(0, mid) + '…').width <= max) lo = mid;
		else hi = mid - 1;
	}
	return text.slice(0, lo) + '…';
}

/** Splits text into at most `lines` lines of `max` pixels, the last one shortened with an ellipsis. */
function wrap(ctx: CanvasRenderingContext2D, text: string, max: number, lines: number): string[] {
	const out: string[] = [];
	let rest = text;
	while (rest && out.length < lines - 1 && ctx.measureText(rest).width > max) {
		let lo = 1;
		let hi = rest.length;
		while (lo < hi) {
			const mid = Math.ceil((lo + hi) / 2);
			if (ctx.measureText(rest.slice(0, mid)).width <= max) lo = mid;
			else hi = mid - 1;
		}
		const space = rest.lastIndexOf(' ', lo);
		const cut = space > lo * 0.6 ? space + 1 : lo;
		out.push(rest.slice(0, cut).trimEnd());
		rest = rest.slice(cut);
	}
	if (rest) out.push(fit(ctx, rest, max));
	return out;
}

/** Draws the chart off screen and returns the composed image as a canvas. */
export function renderChartImage(spec: ChartSpec, texts: ChartTexts, image: ImageTexts): HTMLCanvasElement {
	return renderConfigImage(chartConfig(spec, texts) as ChartConfiguration, image);
}

/** The same image for any Chart.js configuration (the analysis charts' shapes differ from ChartSpec's). */
export function renderConfigImage(config: ChartConfiguration, image: ImageTexts): HTMLCanvasElement {
	const holder = document.createElement('div');
	holder.style.cssText = `position:fixed;left:-10000px;top:0;width:${CSS_WIDTH}px;height:${CHART_CSS_HEIGHT}px;`;
	const chartCanvas = document.createElement('canvas');
	holder.appendChild(chartCanvas);
	document.body.appendChild(holder);
	config = { ...config, options: { ...config.options, responsive: false, devicePixelRatio: SCALE } };
	chartCanvas.width = CSS_WIDTH;
	chartCanvas.height = CHART_CSS_HEIGHT;
	const plugins = [whiteBackgroundPlugin, markersPlugin, ...(config.plugins ?? [])];
	const chart = new Chart(chartCanvas, { ...config, plugins });
	try {
		const header = 92;
		const footer = 82;
		const out = document.createElement('canvas');
		out.width = EXPORT_WIDTH;
		out.height = (header + CHART_CSS_HEIGHT + footer) * SCALE;
		const ctx = out.getContext('2d') as CanvasRenderingContext2D;
		ctx.scale(SCALE, SCALE);
		ctx.fillStyle = COLORS.white;
		ctx.fillRect(0, 0, CSS_WIDTH, header + CHART_CSS_HEIGHT + footer);
		const textWidth = CSS_WIDTH - 2 * PAD;
		ctx.textBaseline = 'alphabetic';
		ctx.fillStyle = COLORS.ink;
		ctx.font = `700 22px ${FONT_FAMILY}`;
		ctx.fillText(fit(ctx, image.title, textWidth), PAD, 40);
		ctx.fillStyle = COLORS.neutral;
		ctx.font = `400 13px ${FONT_FAMILY}`;
		ctx.fillText(fit(ctx, image.subtitle, textWidth), PAD, 66);
		ctx.drawImage(chart.canvas, 0, header, CSS_WIDTH, CHART_CSS_HEIGHT);
		ctx.strokeStyle = COLORS.grid;
		ctx.beginPath();
		ctx.moveTo(PAD, header + CHART_CSS_HEIGHT + 10);
		ctx.lineTo(CSS_WIDTH - PAD, header + CHART_CSS_HEIGHT + 10);
		ctx.stroke();
		ctx.font = `400 11px ${FONT_FAMILY}`;
		ctx.fillText(fit(ctx, image.source, textWidth), PAD, header + CHART_CSS_HEIGHT + 30);
		ctx.fillStyle = COLORS.korea;
		const cite = image.cite ?? citationText({ link: image.link });
		wrap(ctx, cite, textWidth, 2).forEach((line, k) =>
			ctx.fillText(line, PAD, header + CHART_CSS_HEIGHT + 48 + 16 * k)
		);
		return out;
	} finally {
		chart.destroy();
		holder.remove();
	}
}

/** The composed image as a PNG blob. */
export function chartPngBlob(spec: ChartSpec, texts: ChartTexts, image: ImageTexts): Promise<Blob> {
	return canvasPngBlob(renderChartImage(spec, texts, image));
}

/** The composed image of any Chart.js configuration as a PNG blob. */
export function configPngBlob(config: ChartConfiguration, image: ImageTexts): Promise<Blob> {
	return canvasPngBlob(renderConfigImage(config, image));
}

function canvasPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made'))), 'image/png')
	);
}

export { downloadBlob } from './download';
