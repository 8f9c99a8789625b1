// ECharts with only what the app draws (radar, line, marker lines), so the bundle stays small.
import { LineChart, RadarChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, RadarComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([RadarChart, LineChart, RadarComponent, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

export { echarts };
export type ChartOption = Parameters<echarts.ECharts["setOption"]>[0];

// Shaded bands (a trend's periods without data).
echarts.use([MarkAreaComponent]);
