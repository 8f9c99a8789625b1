// Dataset validation beyond the spec examples: tree rules, responses' optional parts, objective entries, JSON text.

import { describe, expect, it } from "vitest";
import { readDataset, validateDataset } from "../../../src/core/index.js";
import { managing, methodology, office, region, type LooseJson } from "../support/fixtures.js";

const base = () => ({
  format: "zvezda-dataset/1",
  units: [region("R"), office("T", "R")] as LooseJson[],
  responses: [{ id: "a", unit: "T", respondent: "seeker", submittedAt: "2025-05-10T06:00:00Z", answers: { q1: 9 } }] as LooseJson[],
  objective: [] as LooseJson[],
});

/** The path of the first problem of a changed dataset (undefined when accepted). */
function refusedAt(change: (d: ReturnType<typeof base>) => void): string | undefined {
  const d = base();
  change(d);
  const outcome = validateDataset(d, methodology);
  return outcome.ok ? undefined : outcome.problems[0]?.path;
}

describe("dataset validation", () => {
  it("accepts the minimal dataset and drops null answers", () => {
    const d = base();
    d.responses[0]!["answers"] = { q1: 9, q2: null, q12: "no", q12r: null };
    const outcome = validateDataset(d, methodology);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.value.responses[0]!.answers).toEqual({ q1: 9, q12: "no" });
  });

  it("checks the tree", () => {
    expect(refusedAt((d) => d.units.push(office("X", "nowhere")))).toBe("units[2].parent");
    expect(refusedAt((d) => d.units.push(managing("M", "R")))).toBe("units[2].parent");
    expect(refusedAt((d) => d.units.push(office("X", "T")))).toBe("units[2].parent");
    expect(refusedAt((d) => d.units.push({ ...office("X", "R"), parent: null }))).toBe("units[2].parent");
    expect(refusedAt((d) => (d.units[0]!["parent"] = "T"))).toBe("units[0].parent");
    expect(refusedAt((d) => (d.units[1]!["timezone"] = "Europe/Moscow"))).toBe("units[1].timezone");
    expect(refusedAt((d) => (d.units[1]!["kind"] = "office"))).toBe("units[1].kind");
    expect(refusedAt((d) => (d.units[1]!["hours"] = { mon: "9-18" }))).toBe("units[1].hours.mon");
    expect(refusedAt((d) => (d.units[1]!["hours"] = { mon: "09:00-18:00", sat: null }))).toBeUndefined();
    expect(refusedAt((d) => delete d.units[0]!["timezone"])).toBeUndefined();
  });

  it("checks responses", () => {
    expect(refusedAt((d) => (d.responses[0]!["unit"] = "Z"))).toBe("responses[0].unit");
    expect(refusedAt((d) => (d.responses[0]!["respondent"] = "citizen"))).toBe("responses[0].respondent");
    expect(refusedAt((d) => (d.responses[0]!["answers"] = { q14: "other" }))).toBeUndefined();
    expect(refusedAt((d) => (d.responses[0]!["answers"] = { q13: "yes", q13r: 11 }))).toBe("responses[0].answers.q13r");
    expect(refusedAt((d) => (d.responses[0]!["answers"] = { q1: "9" }))).toBe("responses[0].answers.q1");
    expect(refusedAt((d) => (d.responses[0]!["comments"] = { q9: "долго" }))).toBeUndefined();
    expect(refusedAt((d) => (d.responses[0]!["comments"] = { q4: "нет поля примечания у q4" }))).toBe("responses[0].comments.q4");
    expect(refusedAt((d) => (d.responses[0]!["comments"] = { suggestions: 5 }))).toBe("responses[0].comments.suggestions");
  });

  it("checks profiles against the form's socio-demographic block", () => {
    expect(refusedAt((d) => (d.responses[0]!["profile"] = { gender: "female", age: "30-39", categories: ["parents_0_6", "disabled"] }))).toBeUndefined();
    expect(refusedAt((d) => (d.responses[0]!["profile"] = { gender: "x" }))).toBe("responses[0].profile.gender");
    expect(refusedAt((d) => (d.responses[0]!["profile"] = { categories: ["none", "disabled"] }))).toBe("responses[0].profile.categories[0]");
    expect(refusedAt((d) => (d.responses[0]!["profile"] = { ownership: "foreign" }))).toBe("responses[0].profile.ownership");
    expect(
      refusedAt((d) => Object.assign(d.responses[0]!, { respondent: "employer", profile: { ownership: "other", ownershipOther: "НКО" } })),
    ).toBeUndefined();
    expect(refusedAt((d) => Object.assign(d.responses[0]!, { respondent: "employer", profile: { ownership: "foreign", ownershipOther: "НКО" } }))).toBe(
      "responses[0].profile.ownershipOther",
    );
    expect(refusedAt((d) => (d.responses[0]!["meta"] = { channel: "fax" }))).toBe("responses[0].meta.channel");
    expect(refusedAt((d) => (d.responses[0]!["meta"] = { channel: "kiosk", durationSec: 95, device: "d:1" }))).toBeUndefined();
  });

  it("checks objective entries", () => {
    expect(refusedAt((d) => d.objective.push({ unit: "T", period: "2025-Q2", indicator: "Д1", met: 1, applicable: 2 }))).toBe("objective[0].indicator");
    expect(refusedAt((d) => d.objective.push({ unit: "T", period: "2025-Q2", indicator: "Щ9", met: 1, applicable: 2 }))).toBe("objective[0].indicator");
    expect(refusedAt((d) => d.objective.push({ unit: "T", period: "2025-Q2", indicator: "М5" }))).toBe("objective[0].indicator");
    expect(refusedAt((d) => d.objective.push({ unit: "T", period: "2025-Q2", indicator: "П3", events: 2, met: 1 }))).toBe("objective[0].met");
    expect(refusedAt((d) => d.objective.push({ unit: "T", period: "2025-Q2" }))).toBe("objective[0]");
    expect(refusedAt((d) => d.objective.push({ unit: "T", period: "Q2-2025", indicator: "П3", events: 2 }))).toBe("objective[0].period");
    expect(refusedAt((d) => d.objective.push({ unit: "T", period: "2025-Q2", channels: ["office", "office"] }))).toBe("objective[0].channels");
    expect(refusedAt((d) => d.objective.push({ unit: "T", period: "2025-Q2", channels: [] }))).toBeUndefined();
    expect(refusedAt((d) => d.objective.push({ unit: "T", period: "2025-Q2", indicator: "П2", vacanciesNow: 10 }))).toBe("objective[0].vacanciesYearAgo");
    expect(
      refusedAt((d) =>
        d.objective.push(
          { unit: "T", period: "2025-04", indicator: "П3", events: 1 },
          { unit: "T", period: "2025-05", indicator: "П3", events: 1 },
          { unit: "R", period: "2025-Q2", indicator: "П3", events: 1 },
        ),
      ),
    ).toBeUndefined();
  });

  it("refuses text that is not JSON, and a wrong format tag", () => {
    const broken = readDataset('{"format": ', methodology);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]!.code).toBe("invalid_json");
    expect(refusedAt((d) => (d.format = "zvezda-dataset/2"))).toBe("format");
    const duplicateKey = readDataset('{"format": "zvezda-dataset/1", "format": "x", "units": [], "responses": [], "objective": []}', methodology);
    expect(duplicateKey.ok).toBe(false);
  });

  it("tells 8 from 8.0 in JSON text", () => {
    const text = (v: string) =>
      `{"format":"zvezda-dataset/1","units":[{"id":"R","kind":"region","name":"Р","parent":null,"network":"decentralized"}],` +
      `"responses":[{"id":"a","unit":"R","respondent":"seeker","submittedAt":"2025-05-10T06:00:00Z","answers":{"q2":${v}}}],"objective":[]}`;
    expect(readDataset(text("8"), methodology).ok).toBe(true);
    expect(readDataset("\uFEFF" + text("8"), methodology).ok).toBe(true);
    for (const v of ["8.0", "8e0", "80e-1", "true", '"8"']) {
      const outcome = readDataset(text(v), methodology);
      expect(outcome.ok, v).toBe(false);
      if (!outcome.ok) expect(outcome.problems[0]!.path).toBe("responses[0].answers.q2");
    }
  });
});
