/**
 * The one Chart.js registration: exactly the controllers, elements, scales and plugins
 * the charts use, so the rest of Chart.js is tree-shaken away.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
} from 'chart.js';
import { markersPlugin, whiteBackgroundPlugin } from './plugins';

Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
);

export { Chart, markersPlugin, whiteBackgroundPlugin };
