// One ECharts canvas in a React element: created once, updated with each option, resized with its box.
import { useEffect, useRef } from "react";
import { echarts, type ChartOption } from "./echarts-setup";

export interface EChartProps {
  option: ChartOption;
  /** The chart's spoken description (the data also appear in a table next to it). */
  label: string;
  testId?: string;
}

export default function EChart({ option, label, testId }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | undefined>(undefined);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    chart.current = echarts.init(element, undefined, { renderer: "canvas" });
    const observer = new ResizeObserver(() => chart.current?.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.current?.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
    box.current?.setAttribute("data-rendered", "true");
  }, [option]);

  return <div ref={box} className="chart" role="img" aria-label={label} data-testid={testId} />;
}
