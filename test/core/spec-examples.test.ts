// Every worked example of the spec: `expected.json` reproduced within 1e-9 with exactly its keys, and every `refused`
// input refused at the element the file names (the text before its first space; `KeyError('x')` names field x).

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeFromDataset, formatProblems, parsePeriod, readDataset, type Problem } from "../../src/core/index.js";
import { assertCloseTo, examplesDir, loadSpecExamples } from "../support/spec-examples.js";
import { methodology } from "./support/fixtures.js";

const examples = loadSpecExamples();

/** The element path a `refused` file names. */
function namedElement(refusal: string): { exact: string } | { endsWith: string } {
  const first = refusal.split(" ")[0] ?? "";
  if (/^(units|responses|objective|format|period)\b/.test(first)) return { exact: first };
  const key = /KeyError\('([^']+)'\)/.exec(refusal)?.[1];
  if (!key) throw new Error(`cannot tell the element of: ${refusal}`);
  return { endsWith: `.${key}` };
}

/** The first problem of an example: the period argument first (as `compute` checks it), then the dataset. */
function firstProblem(datasetText: string, periodText: string): Problem | undefined {
  if (parsePeriod(periodText) === null) return { code: "bad_period", path: "period", value: periodText };
  const outcome = readDataset(datasetText, methodology);
  return outcome.ok ? undefined : outcome.problems[0];
}

describe("spec examples", () => {
  it("are all there (test/fixtures/spec-examples, synced by scripts/sync-spec-examples.sh)", () => {
    expect(examples.length).toBeGreaterThan(60);
    expect(examples.some((e) => e.expected === undefined)).toBe(true);
  });

  for (const example of examples) {
    if (example.expected !== undefined) {
      it(`${example.name}: computes expected.json`, () => {
        const read = readDataset(example.datasetText, methodology);
        if (!read.ok) throw new Error(formatProblems(read.problems));
        const period = parsePeriod(example.period);
        expect(period).not.toBeNull();
        const actual: unknown = JSON.parse(JSON.stringify(computeFromDataset(read.value, methodology, period!)));
        assertCloseTo(actual, example.expected);
      });
    } else {
      it(`${example.name}: refused at the element named in \`refused\``, () => {
        const refusal = readFileSync(`${examplesDir}${example.name}/refused`, "utf8").trim();
        const want = namedElement(refusal);
        const problem = firstProblem(example.datasetText, example.period);
        expect(problem, `accepted, but the spec refuses: ${refusal}`).toBeDefined();
        if ("exact" in want) expect(problem!.path).toBe(want.exact);
        else expect(problem!.path.endsWith(want.endsWith), `${problem!.path} should end with ${want.endsWith}`).toBe(true);
      });
    }
  }
});
