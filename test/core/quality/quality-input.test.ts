// The adapter from a validated dataset: hours and zones along the tree, the period by local month.

import { describe, expect, it } from "vitest";
import { assessQuality, parsePeriod, qualityInputFromDataset, type Dataset } from "../../../src/core/index.js";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { shippedSettings } from "./quality-fixtures.js";

const methodology = loadDefaultMethodology();
const dataset: Dataset = {
  format: "zvezda-dataset/1",
  units: [
    {
      id: "25",
      kind: "region",
      name: "Приморский край",
      parent: null,
      network: "centralized",
      timezone: "Asia/Vladivostok",
      hours: { mon: "08:00-17:00", sat: "10:00-14:00" },
    },
    { id: "25-M", kind: "managing", name: "Упр", parent: "25" },
    { id: "25-01", kind: "territorial", name: "Отдел", parent: "25-M" },
    { id: "77", kind: "region", name: "Москва", parent: null, network: "decentralized" },
    { id: "77-01", kind: "territorial", name: "Отдел", parent: "77", hours: { mon: "10:00-20:00" } },
  ],
  responses: [
    {
      id: "april",
      unit: "25-01",
      respondent: "seeker",
      submittedAt: "2025-03-31T14:30:00Z",
      answers: { q1: 9 },
      comments: { q1: "хорошо", q2: " " },
      meta: { channel: "kiosk", durationSec: 200, device: "k1" },
    },
    { id: "march", unit: "25-01", respondent: "seeker", submittedAt: "2025-03-31T13:30:00Z", answers: { q1: 9 } },
    { id: "gone", unit: "77-01", respondent: "seeker", submittedAt: "2025-04-03T07:15:00Z", answers: { q1: 9 }, excluded: true },
  ],
  objective: [],
};

describe("qualityInputFromDataset", () => {
  const input = qualityInputFromDataset(dataset, parsePeriod("2025-Q2")!, methodology);

  it("resolves hours from the nearest ancestor and zones from the region", () => {
    const byId = new Map(input.units.map((u) => [u.id, u]));
    expect(byId.get("25-01")?.timezone).toBe("Asia/Vladivostok");
    expect(byId.get("25-01")?.hours).toMatchObject({ mon: "08:00-17:00", tue: null, sat: "10:00-14:00" });
    expect(byId.get("77-01")?.timezone).toBe(methodology.defaultTimezone);
    expect(byId.get("77-01")?.hours.mon).toBe("10:00-20:00");
    expect(byId.get("77")?.hours.fri).toBe("09:00-18:00");
  });

  it("keeps the period's responses by local month, not the excluded ones, with meta and comment counts", () => {
    expect(input.responses.map((r) => r.id)).toEqual(["april"]);
    expect(input.responses[0]).toMatchObject({ channel: "kiosk", durationSec: 200, device: "k1", commentCount: 1, submittedAt: Date.UTC(2025, 2, 31, 14, 30) });
  });

  it("reads the kiosk time in the region's zone: 00:30 on Tuesday in Vladivostok is closed", () => {
    const report = assessQuality(input, shippedSettings());
    expect(report.responses.find((r) => r.id === "april")?.reasons.map((r) => r.code)).toContain("closed_hours_kiosk");
  });
});
