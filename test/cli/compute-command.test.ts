// The real `zvezda compute` command (in this process, once spawned): JSON and table output, refusals with exit code 2 and nothing on stdout.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, onTestFinished } from "vitest";
import { zvezda as runZvezda, zvezdaProcess, type CliRun } from "../support/run-cli.js";
import { temporaryDir } from "../support/databases.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const examples = fileURLToPath(new URL("../fixtures/spec-examples/", import.meta.url));

/** `zvezda compute …` in this process; the first test spawns the real command line once, as a smoke test. */
const zvezda = (...args: string[]): Promise<CliRun> => runZvezda(args, {});

const close = (a: unknown, b: unknown): boolean => {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => close(x, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).sort(),
      kb = Object.keys(b).sort();
    return ka.join() === kb.join() && ka.every((k) => close((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
};

describe("zvezda compute", () => {
  for (const name of ["c05_fifty_max", "c09_vladivostok_midnight"]) {
    it(`${name}: prints the expected result on stdout`, async () => {
      const period = readFileSync(`${examples}${name}/period`, "utf8").trim();
      const run = await zvezda("compute", "--input", `${examples}${name}/dataset.json`, "--period", period);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(close(JSON.parse(run.stdout), JSON.parse(readFileSync(`${examples}${name}/expected.json`, "utf8")))).toBe(true);
    });
  }

  it("runs as a real process, as `npm run zvezda` does", async () => {
    const run = await zvezdaProcess(["compute", "--input", `${examples}c05_fifty_max/dataset.json`, "--period", "2025-Q2"], {});
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(close(JSON.parse(run.stdout), JSON.parse(readFileSync(`${examples}c05_fifty_max/expected.json`, "utf8")))).toBe(true);
  });

  it("prints a Russian table with --format table", async () => {
    const run = await zvezda(
      "compute",
      "--input",
      `${examples}c05_fifty_max/dataset.json`,
      "--period",
      "2025-Q2",
      "--methodology",
      "2022.2",
      "--format",
      "table",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Индекс клиентоцентричности");
    expect(run.stdout).toMatch(/R1-T1\s+территориальный ЦЗН\s+Т1\s+С\s+40\s+в рейтинге\s+50,00\s+100,00\s+\[50,00; 50,00\]\s+★★★★★\s+1 из 1/);
    expect(run.stdout).toContain("нет ответов");
    expect(run.stdout).toContain("Российская Федерация");
  });

  it("refuses a dataset the spec refuses: exit 2, one line naming the element, empty stdout", async () => {
    const run = await zvezda("compute", "--input", `${examples}r04_q12r_with_q12_no/dataset.json`, "--period", "2025-Q2");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr.startsWith("responses[5].answers.q12r ")).toBe(true);
  });

  it("refuses a period that does not parse", async () => {
    const run = await zvezda("compute", "--input", `${examples}c05_fifty_max/dataset.json`, "--period", "2025-Q5");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^period .*2025-Q5/);
  });

  it("refuses bad JSON, a missing file, an unknown methodology and a broken methodology file", async () => {
    const scratch = temporaryDir("zvezda-cli-");
    onTestFinished(scratch.remove);
    const dir = scratch.path;
    writeFileSync(join(dir, "bad.json"), '{"format": ');
    const methodology = JSON.parse(readFileSync(`${repo}methodology/2022.2.json`, "utf8"));
    methodology.groups[0].max = 7;
    writeFileSync(join(dir, "m.json"), JSON.stringify(methodology));
    const runs = await Promise.all([
      zvezda("compute", "--input", join(dir, "bad.json"), "--period", "2025-Q2"),
      zvezda("compute", "--input", join(dir, "absent.json"), "--period", "2025-Q2"),
      zvezda("compute", "--input", `${examples}c05_fifty_max/dataset.json`, "--period", "2025-Q2", "--methodology", "1999.9"),
      zvezda("compute", "--input", `${examples}c05_fifty_max/dataset.json`, "--period", "2025-Q2", "--methodology", join(dir, "m.json")),
      zvezda("compute", "--period", "2025-Q2"),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.length).toBeGreaterThan(0);
    }
    expect(runs[0]!.stderr).toContain("JSON");
    expect(runs[1]!.stderr).toContain("absent.json");
    expect(runs[2]!.stderr).toContain("1999.9");
    expect(runs[3]!.stderr).toContain("groups[0].max");
  });
});
