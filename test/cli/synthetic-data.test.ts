// The synthetic national dataset: deterministic, valid for the product, national in shape, realistic in its answers.

import { describe, expect, it } from "vitest";
import { computeFromDataset, formatProblems, validateDataset } from "../../src/core/index.js";
import { loadDefaultMethodology } from "../../src/cli/methodology-files.js";
import { createRng } from "../../src/cli/synthetic/prng.js";
import { generateNationalDataset } from "../../src/cli/synthetic/national-dataset.js";

const methodology = loadDefaultMethodology();
const data = generateNationalDataset({ responses: 4000, seed: 7, period: "2025-Q2", methodology });

describe("PRNG", () => {
  it("repeats its sequence for a seed and differs between seeds", () => {
    const a = createRng(1),
      b = createRng(1),
      c = createRng(2);
    const seq = (r: ReturnType<typeof createRng>) => Array.from({ length: 5 }, () => r.next());
    const first = seq(a);
    expect(seq(b)).toEqual(first);
    expect(seq(c)).not.toEqual(first);
    for (const x of seq(createRng("text seed"))) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe("generateNationalDataset", () => {
  it("is deterministic for a seed", () => {
    const again = generateNationalDataset({ responses: 4000, seed: 7, period: "2025-Q2", methodology });
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
    const other = generateNationalDataset({ responses: 50, seed: 8, period: "2025-Q2", methodology });
    expect(other.responses[0]!.answers).not.toEqual(data.responses[0]!.answers);
  });

  it("spreads the responses over several quarters ending with the period, with objective data for each, on the same tree", () => {
    const year = generateNationalDataset({ responses: 4000, seed: 7, period: "2025-Q2", periods: 4, methodology });
    expect(year.units).toEqual(data.units);
    const quarterOf = (at: string) => `${at.slice(0, 4)}-Q${Math.floor((Number(at.slice(5, 7)) - 1) / 3) + 1}`;
    const byQuarter = new Map<string, number>();
    for (const r of year.responses) byQuarter.set(quarterOf(r.submittedAt), (byQuarter.get(quarterOf(r.submittedAt)) ?? 0) + 1);
    // Submission instants are UTC; a Moscow 00:30 on 1 July is 30 June in UTC, so only the four quarters appear.
    expect([...byQuarter.keys()].sort()).toEqual(["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"]);
    for (const n of byQuarter.values()) expect(n).toBeGreaterThan(800);
    // Checklists per quarter, statistics per month.
    const objectiveQuarters = new Set(year.objective.map((e) => (e.period.includes("Q") ? e.period : quarterOf(e.period))));
    expect(objectiveQuarters).toEqual(new Set(["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"]));
    expect(validateDataset(year, methodology).ok).toBe(true);
  });

  it("produces a dataset the product accepts", () => {
    const outcome = validateDataset(JSON.parse(JSON.stringify(data)), methodology);
    if (!outcome.ok) throw new Error(formatProblems(outcome.problems));
    expect(outcome.value.responses).toHaveLength(4000);
  });

  it("has the national shape: 89 regions, both network types, ~2,500 territorial centres", () => {
    const kinds = (k: string) => data.units.filter((u) => u.kind === k);
    expect(kinds("region")).toHaveLength(89);
    expect(kinds("territorial")).toHaveLength(2500);
    const networks = new Set(kinds("region").map((r) => r.network));
    expect(networks).toEqual(new Set(["centralized", "decentralized"]));
    expect(kinds("managing").length).toBe(kinds("region").filter((r) => r.network === "centralized").length);
    expect(new Set(data.objective.map((e) => ("indicator" in e ? e.indicator : "channels")))).toEqual(
      new Set(["К1", "К3", "М1", "М2", "М3", "М4", "П2", "П3", "channels"]),
    );
  });

  it("answers realistically: follow-ups only after «да», skipped channels, notes and profiles", () => {
    const rs = data.responses;
    expect(rs.every((r) => r.submittedAt >= "2025-03-31" && r.submittedAt < "2025-07-01")).toBe(true);
    expect(rs.filter((r) => r.answers["q12r"] !== undefined).every((r) => r.answers["q12"] === "yes")).toBe(true);
    const share = (f: (r: (typeof rs)[number]) => boolean) => rs.filter(f).length / rs.length;
    expect(share((r) => r.respondent === "employer")).toBeGreaterThan(0.1);
    expect(share((r) => r.answers["q15social"] === undefined)).toBeGreaterThan(0.2);
    expect(share((r) => r.comments !== undefined)).toBeGreaterThan(0.02);
    expect(share((r) => r.profile !== undefined)).toBeGreaterThan(0.5);
    expect(share((r) => r.excluded === true)).toBeLessThan(0.03);
    const high = share((r) => typeof r.answers["q1"] === "number" && (r.answers["q1"] as number) >= 8);
    expect(high).toBeGreaterThan(0.5);
    expect(high).toBeLessThan(0.98);
  });

  it("yields a computable national picture", () => {
    const doc = computeFromDataset(data, methodology, "2025-Q2");
    const country = doc.country.find((e) => e.view === "combined")!;
    expect(country.status).toBe("ok");
    expect(country.index).toBeGreaterThan(20);
    expect(country.index).toBeLessThan(50);
  });
});
