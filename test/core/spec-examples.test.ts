// The spec's worked examples, computed by the core exactly as `compute` does.
import { describe, expect, it } from "vitest";
import { computeFromDataset, formatProblems, parsePeriod, readDataset } from "../../src/core/index.js";
import { loadDefaultMethodology } from "../../src/cli/methodology-files.js";
import { assertCloseTo, loadSpecExamples } from "../support/spec-examples.js";

const methodology = loadDefaultMethodology();
const examples = loadSpecExamples();

describe("spec examples", () => {
  it("are all there", () => {
    expect(examples.length).toBeGreaterThan(60);
  });

  it.each(examples.map((e) => [e.name, e] as const))("%s", (_name, example) => {
    const read = readDataset(example.datasetText, methodology);
    const period = parsePeriod(example.period);
    if (example.expected === undefined) {
      const refused = !read.ok || !period;
      expect(refused).toBe(true);
      if (example.refusedAt && !read.ok) expect(formatProblems(read.problems)).toContain(example.refusedAt);
      return;
    }
    if (!read.ok) throw new Error(formatProblems(read.problems));
    expect(period).not.toBeNull();
    assertCloseTo(JSON.parse(JSON.stringify(computeFromDataset(read.value, methodology, example.period))), example.expected);
  });
});
