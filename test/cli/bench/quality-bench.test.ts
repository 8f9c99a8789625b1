// `bench quality` grid options: a reduced grid for iterating, and refusals that name the option in Russian.

import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "../../../src/cli/bench/quality-bench.js";

describe("bench quality grid options", () => {
  afterEach(() => vi.restoreAllMocks());

  it("runs only the chosen cells", async () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    const code = await run([
      "--responses",
      "0",
      "--simulation",
      "no",
      "--grid-sizes",
      "10",
      "--grid-shares",
      "0.1",
      "--grid-patterns",
      "fast_batch",
      "--grid-volume",
      "40",
    ]);
    expect(code).toBe(0);
    const text = lines.join("\n");
    expect(text).toMatch(/1 cells/);
    expect(text).toMatch(/10 centres × 10 % × fast_batch/);
  });

  it("refuses an unknown pattern and a share out of range", async () => {
    await expect(run(["--grid-patterns", "fast_batch,robots"])).rejects.toThrow(/неизвестный сценарий «robots»/);
    await expect(run(["--grid-shares", "1.5"])).rejects.toThrow(/--grid-shares/);
  });
});
