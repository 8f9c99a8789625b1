// Timing and memory helpers shared by the bench suites, and the figures' printed form.

/** Peak memory seen so far (sampled at each call of {@link MemoryWatch.sample}). */
export class MemoryWatch {
  peakRss = 0;
  peakHeap = 0;
  sample(): void {
    const m = process.memoryUsage();
    this.peakRss = Math.max(this.peakRss, m.rss, process.resourceUsage().maxRSS * 1024);
    this.peakHeap = Math.max(this.peakHeap, m.heapUsed);
  }
}

/** Runs `work` once and returns its result and wall time in milliseconds. */
export function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

/** `1 234 567` (thin grouping, as Russian reports print numbers). */
export const grouped = (n: number): string => Math.round(n).toLocaleString("ru-RU");

/** A duration: milliseconds below 10 s, seconds above. */
export const duration = (ms: number): string => (ms < 10_000 ? `${ms.toFixed(ms < 100 ? 1 : 0)} ms` : `${(ms / 1000).toFixed(1)} s`);

/** Bytes in MB. */
export const megabytes = (bytes: number): string => `${grouped(bytes / 1_048_576)} MB`;

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Prints aligned `label  value` lines. */
export function printFigures(title: string, rows: readonly (readonly [string, string])[]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  process.stdout.write(`${title}\n${rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join("\n")}\n`);
}
