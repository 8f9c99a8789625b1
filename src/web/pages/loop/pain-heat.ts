// Colours of the pain heatmap: the wider a significant gap, the deeper the red; light enough for dark text (AA).

/** The background of a cell whose gap is `gapPoints` percentage points (negative); undefined without a pain point. */
export function painColour(gapPoints: number | undefined): string | undefined {
  if (gapPoints === undefined || !Number.isFinite(gapPoints)) return undefined;
  const depth = Math.min(1, Math.max(0, (Math.abs(gapPoints) - 3) / 27));
  return `hsl(4 75% ${Math.round(93 - depth * 15)}%)`;
}

const whole = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 0 });

/** «−16» for a cell. */
export const gapLabel = (gapPoints: number): string => `${gapPoints < 0 ? "−" : ""}${whole.format(Math.abs(gapPoints))}`;
