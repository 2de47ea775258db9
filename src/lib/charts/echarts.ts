/**
 * ECharts, trimmed to what the statistics page draws (calendar heatmap,
 * bars, lines, a pie) and drawn as SVG. Loaded with `import()` from the
 * statistics page only.
 */
import { BarChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import {
	CalendarComponent,
	GridComponent,
	LegendComponent,
	TooltipComponent,
	VisualMapComponent
} from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([
	BarChart,
	HeatmapChart,
	LineChart,
	PieChart,
	CalendarComponent,
	GridComponent,
	LegendComponent,
	TooltipComponent,
	VisualMapComponent,
	SVGRenderer
]);

export { init };
