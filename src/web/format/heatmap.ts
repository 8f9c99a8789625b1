// Heatmap colours for scores in percent of their maximum: pale red (low) through pale yellow to pale green (high),
// light enough that dark text keeps AA contrast on every one.

/** The background of a cell holding `percent` (0–100); undefined when there is no value. */
export function heatColour(percent: number | undefined): string | undefined {
  if (percent === undefined || !Number.isFinite(percent)) return undefined;
  const t = Math.min(1, Math.max(0, percent / 100));
  // Hue 0 (red) → 120 (green); high lightness keeps #1b1b1b text above 4.5:1.
  return `hsl(${Math.round(t * 120)} 70% 88%)`;
}
