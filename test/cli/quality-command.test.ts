// The real `zvezda quality` command, spawned on a simulated dataset file: JSON report, refusals with exit code 2.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../src/cli/methodology-files.js";
import { generateQualityWorld } from "../../src/cli/synthetic/quality-simulation/quality-world.js";
import { zvezda } from "../support/run-cli.js";

interface Report {
  responses: { id: string; score: number; reasons: { code: string; text: string }[] }[];
  units: { id: string; reasons: { code: string; text: string }[] }[];
}

describe("zvezda quality", () => {
  const dir = mkdtempSync(join(tmpdir(), "zvezda-quality-"));
  const world = generateQualityWorld({ seed: "cli", methodology: loadDefaultMethodology(), territorialUnits: 60, responsesPerUnit: 80, unitsPerPattern: 2 });
  const file = join(dir, "dataset.json");
  writeFileSync(file, JSON.stringify(world.dataset));

  it("prints the flagged responses and units as JSON", { timeout: 180_000 }, async () => {
    const run = await zvezda(["quality", "--input", file, "--period", world.period], {});
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.responses.length).toBeGreaterThan(0);
    for (const r of report.responses) {
      expect(r.score).toBeGreaterThanOrEqual(0.5);
      for (const reason of r.reasons) {
        expect(typeof reason.code).toBe("string");
        expect(reason.text).toMatch(/[А-Яа-яЁё]/);
      }
    }
    const flagged = new Set(report.responses.map((r) => r.id));
    const fabricated = [...world.truth].filter(([, l]) => l.fabricated && l.pattern !== "inflated_centre").map(([id]) => id);
    expect(fabricated.filter((id) => flagged.has(id)).length / fabricated.length).toBeGreaterThanOrEqual(0.9);
    const codes = new Set(report.responses.flatMap((r) => r.reasons.map((x) => x.code)));
    for (const code of ["closed_hours_kiosk", "paced_series", "near_duplicate", "too_fast"]) expect(codes).toContain(code);
  });

  it("takes the settings version or file and refuses a period outside the grammar", { timeout: 120_000 }, async () => {
    const ok = await zvezda(["quality", "--input", file, "--period", world.period, "--settings", "2026.1"], {});
    expect(ok.code).toBe(0);
    const bad = await zvezda(["quality", "--input", file, "--period", "2025-Q5"], {});
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/период/);
    const missing = await zvezda(["quality", "--period", "2025-Q2"], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--input/);
  });
});
