// The worked examples of the specification (test/fixtures/spec-examples, a copy of shared/spec/examples): every folder with its dataset, period and expectation.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const examplesDir = fileURLToPath(new URL("../fixtures/spec-examples/", import.meta.url));

export interface SpecExample {
  name: string;
  datasetPath: string;
  datasetText: string;
  period: string;
  /** The expected result document, or undefined when the input must be refused. */
  expected?: unknown;
  /** The element the refusal must name (e.g. `responses[17].answers.q12r`), when the file gives one. */
  refusedAt?: string;
}

/** Every example folder; fails loudly when the fixtures folder is missing. */
export function loadSpecExamples(): SpecExample[] {
  if (!existsSync(examplesDir)) throw new Error(`spec examples not found at ${examplesDir}`);
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = examplesDir + d.name + "/";
      const datasetPath = dir + "dataset.json";
      const period = readFileSync(dir + "period", "utf8").trim();
      const example: SpecExample = { name: d.name, datasetPath, datasetText: readFileSync(datasetPath, "utf8"), period };
      if (existsSync(dir + "expected.json")) example.expected = JSON.parse(readFileSync(dir + "expected.json", "utf8"));
      else {
        const first =
          readFileSync(dir + "refused", "utf8")
            .trim()
            .split(/\s+/)[0] ?? "";
        if (/^(units|responses|objective)\[\d+\]/.test(first)) example.refusedAt = first;
      }
      return example;
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Asserts `actual` equals `expected` with numbers within `tolerance` and exactly the same keys. */
export function assertCloseTo(actual: unknown, expected: unknown, path = "$", tolerance = 1e-9): void {
  if (typeof expected === "number") {
    if (typeof actual !== "number" || !(Math.abs(actual - expected) <= tolerance)) throw new Error(`${path}: got ${String(actual)}, expected ${expected}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length)
      throw new Error(`${path}: got ${JSON.stringify(actual)}, expected ${expected.length} items`);
    expected.forEach((item, i) => assertCloseTo(actual[i], item, `${path}[${i}]`, tolerance));
    return;
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") throw new Error(`${path}: got ${JSON.stringify(actual)}, expected an object`);
    const a = Object.keys(actual).sort().join(","),
      e = Object.keys(expected).sort().join(",");
    if (a !== e) throw new Error(`${path}: keys {${a}}, expected {${e}}`);
    for (const [key, value] of Object.entries(expected)) assertCloseTo((actual as Record<string, unknown>)[key], value, `${path}.${key}`, tolerance);
    return;
  }
  if (actual !== expected) throw new Error(`${path}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}
