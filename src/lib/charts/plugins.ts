/** Small Chart.js plugins: a white background (for PNG export) and year markers. */
import type { Chart, Plugin } from 'chart.js';
import { FONT_FAMILY } from './theme';

/** Paints the chart area white behind everything, so exported PNGs are not transparent. */
export const whiteBackgroundPlugin: Plugin = {
	id: 'whiteBackground',
	beforeDraw(chart: Chart) {
		const { ctx } = chart;
		ctx.save();
		ctx.globalCompositeOperation = 'destination-over';
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, chart.width, chart.height);
		ctx.restore();
	}
};

export interface MarkerOption {
	index: number;
	label: string;
	color: string;
}

/** Draws a dashed vertical line with a label at each marked year (options.plugins.markers). */
export const markersPlugin: Plugin = {
	id: 'markers',
	afterDatasetsDraw(chart: Chart, _args, options: { items?: MarkerOption[] }) {
		const items = options.items ?? [];
		if (items.length === 0) return;
		const { ctx, chartArea, scales } = chart;
		const x = scales.x;
		ctx.save();
		for (const m of items) {
			const px = x.getPixelForValue(m.index);
			ctx.strokeStyle = m.color;
			ctx.lineWidth = 1.5;
			ctx.setLineDash([5, 4]);
			ctx.beginPath();
			ctx.moveTo(px, chartArea.top);
			ctx.lineTo(px, chartArea.bottom);
			ctx.stroke();
			ctx.setLineDash([]);
			ctx.fillStyle = m.color;
			ctx.font = `600 12px ${FONT_FAMILY}`;
			const width = ctx.measureText(m.label).width;
			const left = px + 4 + width > chartArea.right ? px - 4 - width : px + 4;
			ctx.fillText(m.label, left, chartArea.top + 12);
		}
		ctx.restore();
	}
};
