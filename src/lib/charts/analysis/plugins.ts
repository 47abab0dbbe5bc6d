/**
 * Vertical guide lines for the analysis charts (the scenario's value on the tornado;
 * zero and the scenario on the histogram), each labelled above the chart area, one
 * label per row so two close lines never print over each other.
 */
import type { Chart, Plugin } from 'chart.js';
import { FONT_FAMILY } from '../theme';

/** One guide: at `value` on the x scale (a fractional index on a category scale). */
export interface Guide {
	value: number;
	label: string;
	color: string;
}

/** Height of one label row; the config reserves this much top padding per guide. */
export const GUIDE_ROW_PX = 16;

/** Draws options.plugins.guides.items; pair with layout.padding.top = GUIDE_ROW_PX * items. */
export const guidesPlugin: Plugin = {
	id: 'guides',
	afterDatasetsDraw(chart: Chart, _args, options: { items?: Guide[] }) {
		const items = options.items ?? [];
		if (items.length === 0) return;
		const { ctx, chartArea, scales } = chart;
		ctx.save();
		ctx.font = `600 12px ${FONT_FAMILY}`;
		items.forEach((g, k) => {
			const px = scales.x.getPixelForValue(g.value);
			if (!(px >= chartArea.left - 0.5 && px <= chartArea.right + 0.5)) return;
			const labelY = chartArea.top - 4 - (items.length - 1 - k) * GUIDE_ROW_PX;
			ctx.strokeStyle = g.color;
			ctx.lineWidth = 1.5;
			ctx.setLineDash([5, 4]);
			ctx.beginPath();
			ctx.moveTo(px, labelY + 3);
			ctx.lineTo(px, chartArea.bottom);
			ctx.stroke();
			ctx.setLineDash([]);
			ctx.fillStyle = g.color;
			const width = ctx.measureText(g.label).width;
			const left = px + 4 + width > chartArea.right ? px - 4 - width : px + 4;
			ctx.fillText(g.label, Math.max(0, left), labelY);
		});
		ctx.restore();
	}
};
