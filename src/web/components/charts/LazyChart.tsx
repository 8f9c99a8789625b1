// ECharts loaded on first use, in its own chunk: the sign-in page does not pay for it.
import { Skeleton } from "@mantine/core";
import { lazy, Suspense } from "react";
import type { EChartProps } from "./EChart";

const EChart = lazy(() => import("./EChart"));

export function LazyChart(props: EChartProps) {
  return (
    <Suspense fallback={<Skeleton height={340} />}>
      <EChart {...props} />
    </Suspense>
  );
}
